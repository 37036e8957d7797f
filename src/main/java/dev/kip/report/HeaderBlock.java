package dev.kip.report;

import dev.kip.report.ReportModel.Header;
import java.io.IOException;
import java.util.List;

/**
 * The top of page 1: what this is, for whom, which days, when it was made, that it is self-reported,
 * then the person's own question for the physiotherapist and their treatment notes, when given.
 */
final class HeaderBlock {

    private static final float BOX_PAD = 5;
    private static final float TEXT_LINE = 11;

    private HeaderBlock() {
    }

    static void draw(PageFlow flow, Header h) throws IOException {
        PdfCanvas c = flow.canvas();
        float x = flow.left();
        float w = flow.width();
        c.fitted("Recovery summary", x, flow.y() + 15, w * 0.45f, Type.TITLE, PdfCanvas.Align.LEFT);
        if (!h.name().isBlank()) {
            c.fitted(h.name(), x + w * 0.45f, flow.y() + 15, w * 0.55f, Type.TITLE.withSize(13), PdfCanvas.Align.RIGHT);
        }
        String range = h.from() + " to " + h.to() + "  (" + h.days() + (h.days() == 1 ? " day" : " days") + ", "
                + Formats.dayWithYear(h.from()) + " – " + Formats.dayWithYear(h.to()) + ")";
        c.fitted(range, x, flow.y() + 29, w * 0.7f, Type.BOLD, PdfCanvas.Align.LEFT);
        c.fitted("Generated " + h.generated(), x + w * 0.7f, flow.y() + 29, w * 0.3f, Type.TEXT, PdfCanvas.Align.RIGHT);
        flow.advance(33);
        List<String> disclaimer = c.wrap(ReportModel.DISCLAIMER + ". Soreness and pain are the person's own 0–10 ratings;"
                + " sleep is from their morning diary; training from their log. Nothing here is a diagnosis.", w, Type.SMALL_MUTED);
        c.lines(disclaimer, x, flow.y() + 7, w, Type.LINE, Type.SMALL_MUTED);
        flow.advance(disclaimer.size() * Type.LINE + 4);
        box(flow, "My question for you", h.question());
        box(flow, "Medication and other treatment", h.treatment());
    }

    /** A shaded box with a bold caption and the person's words, wrapped whole. */
    private static void box(PageFlow flow, String caption, String text) throws IOException {
        if (text.isBlank()) {
            return;
        }
        PdfCanvas c = flow.canvas();
        float inner = flow.width() - 2 * BOX_PAD;
        String lead = caption + ": ";
        float leadW = c.width(lead, Type.BOLD);
        List<String> lines = c.wrap(text, inner - leadW, Type.TEXT);
        float height = lines.size() * TEXT_LINE + 2 * BOX_PAD - 2;
        if (!flow.room(height + 4)) {
            return;
        }
        c = flow.canvas();
        c.fillRect(flow.left(), flow.y(), flow.width(), height, Palette.PANEL);
        float base = flow.y() + BOX_PAD + 6.5f;
        c.text(lead, flow.left() + BOX_PAD, base, leadW, Type.BOLD);
        c.lines(lines, flow.left() + BOX_PAD + leadW, base, inner - leadW, TEXT_LINE, Type.TEXT);
        flow.advance(height + 4);
    }

    static void emptyNotice(PageFlow flow, Header h) throws IOException {
        flow.canvas().fitted("No entries between " + h.from() + " and " + h.to()
                        + ": no nights, workouts or body marks were logged in this range.",
                flow.left(), flow.y() + 14, flow.width(), Type.TEXT.withSize(10), PdfCanvas.Align.LEFT);
        flow.advance(24);
    }
}
