package dev.kip.report;

import dev.kip.insight.RuleResult.State;
import dev.kip.report.PdfCanvas.Align;
import dev.kip.report.ReportModel.RecoverySection;
import dev.kip.report.ReportModel.RuleSummary;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/** The recovery check: each warning sign's state on the last day, how often it fired over the range, and why. */
final class RecoveryBlock {

    private static final float LINE = 8.5f;
    private static final float[] COLUMNS = {0.17f, 0.08f, 0.13f, 0.62f};
    private static final String[] HEADERS = {"Warning sign", "Last day", "Days act · watch", "On the last day"};

    private RecoveryBlock() {
    }

    static void draw(PageFlow flow, RecoverySection r) throws IOException {
        if (!flow.room(Type.HEADING_HEIGHT + 4 * LINE)) {
            return;
        }
        Type.heading(flow, "Recovery check (warning signs from the evidence, not a diagnosis)");
        PdfCanvas c = flow.canvas();
        float w = flow.width();
        List<String> suggestion = c.wrap("On " + r.asOf() + ": " + r.suggestion(), w, Type.TEXT, 2);
        for (String line : suggestion) {
            c.text(line, flow.left(), flow.y() + 7.5f, Type.TEXT);
            flow.advance(10);
        }
        flow.advance(2);
        float[] xs = new float[COLUMNS.length];
        float x = flow.left();
        for (int i = 0; i < COLUMNS.length; i++) {
            xs[i] = x + 2;
            x += COLUMNS[i] * w;
        }
        for (int i = 0; i < HEADERS.length; i++) {
            c.fitted(HEADERS[i], xs[i], flow.y() + 7, COLUMNS[i] * w - 6, Type.SMALL_BOLD, Align.LEFT);
        }
        c.line(flow.left(), flow.y() + 10, flow.left() + w, flow.y() + 10, Palette.GRID, 0.4f);
        flow.advance(11.5f);
        for (RuleSummary rule : r.rules()) {
            List<String> detail = c.wrap(rule.detailAtEnd(), COLUMNS[3] * w - 4, Type.SMALL_MUTED, 2);
            float h = Math.max(1, detail.size()) * LINE + 2;
            if (!flow.room(h)) {
                break;
            }
            float base = flow.y() + 7;
            c.fitted(rule.label(), xs[0], base, COLUMNS[0] * w - 6, Type.SMALL_BOLD, Align.LEFT);
            c.fitted(stateText(rule.stateAtEnd()), xs[1], base, COLUMNS[1] * w - 6,
                    Type.SMALL_BOLD.withColor(stateColor(rule.stateAtEnd())), Align.LEFT);
            c.fitted(rule.actDays() + " · " + rule.watchDays() + " of " + rule.daysChecked(), xs[2], base,
                    COLUMNS[2] * w - 6, Type.SMALL, Align.LEFT);
            for (int i = 0; i < detail.size(); i++) {
                c.text(detail.get(i), xs[3], base + i * LINE, Type.SMALL_MUTED);
            }
            flow.advance(h);
        }
        flow.advance(4);
    }

    private static String stateText(State s) {
        return switch (s) {
            case ACT -> "● Act";
            case WATCH -> "◐ Watch";
            case OK -> "○ OK";
            case NOT_ENOUGH_DATA -> "– No data";
        };
    }

    private static Color stateColor(State s) {
        return switch (s) {
            case ACT -> Palette.WORSE;
            case WATCH -> Palette.WATCH;
            case OK -> Palette.BETTER;
            case NOT_ENOUGH_DATA -> Palette.MUTED;
        };
    }
}
