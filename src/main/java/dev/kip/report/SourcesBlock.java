package dev.kip.report;

import dev.kip.insight.Source;
import java.io.IOException;
import java.util.List;

/** The full references of the studies the recovery check's rules and advice rest on, right under the check. */
final class SourcesBlock {

    private SourcesBlock() {
    }

    static void draw(PageFlow flow, List<Source> sources) throws IOException {
        if (sources.isEmpty() || !flow.roomFor("the recovery check's sources", Type.LINE * 3)) {
            return;
        }
        flow.canvas().fitted("Sources of the recovery check", flow.left(), flow.y() + 8, flow.width(), Type.SMALL_BOLD,
                PdfCanvas.Align.LEFT);
        flow.advance(Type.LINE + 1);
        int shown = 0;
        for (Source s : sources) {
            if (!Paragraphs.draw(flow, "• " + s.citation(), Type.SMALL_MUTED)) {
                break;
            }
            shown++;
        }
        Paragraphs.leftOut(flow, sources.size() - shown, "source", "sources");
        flow.advance(4);
    }
}
