package dev.kip.report;

import dev.kip.insight.Source;
import java.io.IOException;
import java.util.List;

/** The full references of the studies the recovery check's rules and advice rest on, right under the check. */
final class SourcesBlock {

    private static final float LINE = 8;

    private SourcesBlock() {
    }

    static void draw(PageFlow flow, List<Source> sources) throws IOException {
        if (sources.isEmpty() || !flow.room(LINE * 3)) {
            return;
        }
        PdfCanvas c = flow.canvas();
        c.text("Sources of the recovery check", flow.left(), flow.y() + 7, Type.SMALL_BOLD);
        flow.advance(LINE + 1);
        for (Source s : sources) {
            List<String> lines = c.wrap(s.citation(), flow.width() - 8, Type.SMALL_MUTED, 2);
            if (!flow.room(lines.size() * LINE)) {
                break;
            }
            c = flow.canvas();
            c.text("•", flow.left(), flow.y() + 7, Type.SMALL_MUTED);
            for (int i = 0; i < lines.size(); i++) {
                c.text(lines.get(i), flow.left() + 8, flow.y() + 7 + i * LINE, Type.SMALL_MUTED);
            }
            flow.advance(lines.size() * LINE);
        }
        flow.advance(4);
    }
}
