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

    private static final float[] COLUMNS = {0.18f, 0.09f, 0.14f, 0.59f};
    private static final String[] HEADERS = {"Warning sign", "Last day", "Days act · watch", "On the last day"};

    private RecoveryBlock() {
    }

    static void draw(PageFlow flow, RecoverySection r) throws IOException {
        if (!flow.roomFor("the recovery check", Type.HEADING_HEIGHT + 4 * Type.LINE)) {
            return;
        }
        Type.heading(flow, "Recovery check (warning signs from the evidence, not a diagnosis)");
        Paragraphs.draw(flow, "On " + r.asOf() + ": " + r.suggestion(), Type.TEXT);
        flow.advance(2);
        List<Table.Column> columns = new java.util.ArrayList<>();
        for (int i = 0; i < HEADERS.length; i++) {
            columns.add(new Table.Column(HEADERS[i], COLUMNS[i], Align.LEFT));
        }
        Table table = new Table(flow, columns);
        if (!table.header("the recovery check")) {
            return;
        }
        int shown = 0;
        for (RuleSummary rule : r.rules()) {
            if (!table.row(List.of(Table.Cell.text(rule.label(), Type.SMALL_BOLD),
                    Table.Cell.text(stateText(rule.stateAtEnd()), Type.SMALL_BOLD.withColor(stateColor(rule.stateAtEnd()))),
                    Table.Cell.text(rule.actDays() + " · " + rule.watchDays() + " of " + rule.daysChecked(), Type.SMALL),
                    Table.Cell.text(rule.detailAtEnd(), Type.SMALL_MUTED)), false)) {
                break;
            }
            shown++;
        }
        Paragraphs.leftOut(flow, r.rules().size() - shown, "warning sign", "warning signs");
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
