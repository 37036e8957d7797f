package dev.kip.report;

import dev.kip.report.ReportModel.Note;
import dev.kip.report.ReportModel.NotesSection;
import java.io.IOException;
import java.util.List;

/** The person's own words from the days they marked soreness or pain, newest last, two lines each at most. */
final class NotesBlock {

    private static final float LINE = 9;
    private static final float DATE_WIDTH = 40;

    private NotesBlock() {
    }

    static void draw(PageFlow flow, NotesSection n) throws IOException {
        if (n.notes().isEmpty() || !flow.room(Type.HEADING_HEIGHT + 2 * LINE)) {
            return;
        }
        Type.heading(flow, "Notes from days with soreness or pain marked");
        PdfCanvas c = flow.canvas();
        int shown = 0;
        for (Note note : n.notes()) {
            String text = note.about() + ": " + note.text();
            List<String> lines = c.wrap(text, flow.width() - DATE_WIDTH, Type.SMALL, 2);
            if (!flow.room(lines.size() * LINE + 1)) {
                break;
            }
            c.text(Formats.day(note.date()), flow.left(), flow.y() + 7, Type.SMALL_BOLD);
            for (int i = 0; i < lines.size(); i++) {
                c.text(lines.get(i), flow.left() + DATE_WIDTH, flow.y() + 7 + i * LINE, Type.SMALL);
            }
            flow.advance(lines.size() * LINE + 1);
            shown++;
        }
        int left = n.leftOut() + n.notes().size() - shown;
        if (left > 0 && flow.room(LINE)) {
            c = flow.canvas();
            c.text(left + (left == 1 ? " more note" : " more notes") + " not shown (all in Kip).", flow.left(),
                    flow.y() + 7, Type.SMALL_MUTED);
            flow.advance(LINE);
        }
    }
}
