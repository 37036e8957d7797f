package dev.kip.report;

import dev.kip.report.PdfCanvas.Style;
import java.io.IOException;
import java.util.List;

/** Running text down the flow: wrapped to the full width, whole, or left out when the pages are full. */
final class Paragraphs {

    private Paragraphs() {
    }

    /** The text wrapped to the flow's width; false (nothing drawn) when it has no room. */
    static boolean draw(PageFlow flow, String text, Style style) throws IOException {
        float line = style.size() + 1.5f;
        List<String> lines = flow.canvas().wrap(text, flow.width(), style);
        if (!flow.room(lines.size() * line + 1)) {
            return false;
        }
        flow.canvas().lines(lines, flow.left(), flow.y() + style.size() - 1, flow.width(), line, style);
        flow.advance(lines.size() * line + 1);
        return true;
    }

    /** "+ 3 more pain regions not shown (all in Kip)." when {@code count} rows were left out. */
    static void leftOut(PageFlow flow, int count, String one, String many) throws IOException {
        if (count > 0) {
            draw(flow, "+ " + count + " more " + (count == 1 ? one : many) + " not shown (all in Kip).", Type.SMALL_MUTED);
        }
    }
}
