package dev.kip.report;

import dev.kip.report.ReportModel.Note;
import dev.kip.report.ReportModel.NotesSection;
import java.io.IOException;
import java.util.List;

/** The person's own words from the days they marked soreness or pain, newest last, each whole (wrapped, never cut). */
final class NotesBlock {

    private static final float DATE_WIDTH = 42;

    private NotesBlock() {
    }

    static void draw(PageFlow flow, NotesSection n) throws IOException {
        if (n.notes().isEmpty() || !flow.roomFor("the notes", Type.HEADING_HEIGHT + 2 * Type.LINE)) {
            return;
        }
        Type.heading(flow, "Notes from days with soreness or pain marked");
        int shown = 0;
        for (Note note : n.notes()) {
            PdfCanvas c = flow.canvas();
            List<String> lines = c.wrap(note.about() + ": " + note.text(), flow.width() - DATE_WIDTH, Type.SMALL);
            if (!flow.room(lines.size() * Type.LINE + 1)) {
                break;
            }
            c = flow.canvas();
            c.fitted(Formats.day(note.date()), flow.left(), flow.y() + 7, DATE_WIDTH - 4, Type.SMALL_BOLD, PdfCanvas.Align.LEFT);
            c.lines(lines, flow.left() + DATE_WIDTH, flow.y() + 7, flow.width() - DATE_WIDTH, Type.LINE, Type.SMALL);
            flow.advance(lines.size() * Type.LINE + 1);
            shown++;
        }
        Paragraphs.leftOut(flow, n.leftOut() + n.notes().size() - shown, "note", "notes");
    }
}
