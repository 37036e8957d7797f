package dev.kip.report;

import dev.kip.report.ReportModel.Header;
import java.io.IOException;

/** The top of page 1: what this is, for whom, which days, when it was made, and that it is self-reported. */
final class HeaderBlock {

    private HeaderBlock() {
    }

    static void draw(PageFlow flow, Header h) throws IOException {
        PdfCanvas c = flow.canvas();
        float x = flow.left();
        float w = flow.width();
        c.fitted("Recovery summary", x, flow.y() + 14, w * 0.45f, Type.TITLE, PdfCanvas.Align.LEFT);
        if (!h.name().isBlank()) {
            c.fitted(h.name(), x + w * 0.45f, flow.y() + 14, w * 0.55f, Type.TITLE.withSize(13), PdfCanvas.Align.RIGHT);
        }
        String range = h.from() + " to " + h.to() + "  (" + h.days() + (h.days() == 1 ? " day" : " days") + ", "
                + Formats.dayWithYear(h.from()) + " – " + Formats.dayWithYear(h.to()) + ")";
        c.fitted(range, x, flow.y() + 27, w * 0.7f, Type.BOLD, PdfCanvas.Align.LEFT);
        c.fitted("Generated " + h.generated(), x + w * 0.7f, flow.y() + 27, w * 0.3f, Type.TEXT, PdfCanvas.Align.RIGHT);
        c.fitted(ReportModel.DISCLAIMER + ". Soreness and pain are the person's own 0–10 ratings; sleep is from their"
                + " morning diary; training from their log.", x, flow.y() + 38, w, Type.SMALL_MUTED, PdfCanvas.Align.LEFT);
        flow.advance(46);
    }

    static void emptyNotice(PageFlow flow, Header h) throws IOException {
        flow.canvas().fitted("No entries between " + h.from() + " and " + h.to()
                        + ": no nights, workouts or body marks were logged in this range.",
                flow.left(), flow.y() + 14, flow.width(), Type.TEXT.withSize(10), PdfCanvas.Align.LEFT);
        flow.advance(24);
    }
}
