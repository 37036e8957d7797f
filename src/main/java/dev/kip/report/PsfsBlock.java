package dev.kip.report;

import dev.kip.domain.PsfsRating;
import dev.kip.insight.PsfsChange;
import dev.kip.insight.Source;
import dev.kip.report.PdfCanvas.Align;
import dev.kip.report.ReportModel.PsfsSection;
import dev.kip.report.Table.Cell;
import dev.kip.report.Table.Column;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * The Patient-Specific Functional Scale: each activity's first and latest rating and whether the change
 * is beyond measurement error, then the average; where the scale and its error come from, in full.
 */
final class PsfsBlock {

    private static final List<Column> COLUMNS = List.of(
            new Column("Activity (0 = unable, 10 = as before the problem)", 0.4f, Align.LEFT),
            new Column("First rating", 0.14f, Align.RIGHT),
            new Column("Latest rating", 0.14f, Align.RIGHT),
            new Column("Change", 0.32f, Align.RIGHT));

    private PsfsBlock() {
    }

    static void draw(PageFlow flow, PsfsSection psfs) throws IOException {
        PsfsChange.Summary s = psfs.summary();
        if (!flow.roomFor("the functional scale", Type.HEADING_HEIGHT + 4 * Type.LINE)) {
            return;
        }
        Type.heading(flow, "Patient-Specific Functional Scale: " + s.activities().size()
                + (s.activities().size() == 1 ? " activity" : " activities") + " the person finds hard");
        Table table = new Table(flow, COLUMNS);
        if (!table.header("the functional scale")) {
            return;
        }
        int row = 0;
        for (PsfsChange.Activity a : s.activities()) {
            if (!table.row(List.of(Cell.text(a.activity().name(), Type.SMALL), Cell.text(rating(a.first()), Type.SMALL),
                    Cell.text(rating(a.latest()), Type.SMALL),
                    change(a.change(), a.beyondError(), a.ratings().size() > 1)), row++ % 2 == 1)) {
                break;
            }
        }
        double change = s.averageChange().orElse(0);
        table.row(List.of(Cell.text("Average of the activities", Type.SMALL_BOLD),
                Cell.text(Formats.oneDecimal(s.firstAverage().orElse(0)), Type.SMALL_BOLD),
                Cell.text(Formats.oneDecimal(s.latestAverage().orElse(0)), Type.SMALL_BOLD),
                changeCell(Formats.signedOneDecimal(change), change, s.averageBeyondError(), true)), row % 2 == 1);
        Paragraphs.draw(flow, "A change of " + Formats.whole(PsfsChange.MDC_AVERAGE) + " points or more in the average, or "
                + PsfsChange.MDC_ACTIVITY + " or more in one activity, is beyond measurement error (minimal detectable change,"
                + " 90 % confidence). The scale is free to use. " + Source.STRATFORD_1995.citation() + " "
                + Source.HORN_2012.citation(), Type.SMALL_MUTED);
        flow.advance(4);
    }

    private static String rating(PsfsRating r) {
        return r.score() + " · " + Formats.day(r.date());
    }

    private static Cell change(int change, boolean beyond, boolean rated) {
        if (!rated) {
            return Cell.text("rated once", Type.SMALL_MUTED);
        }
        return changeCell((change > 0 ? "+" : change < 0 ? "−" : "") + Math.abs(change), change, beyond, false);
    }

    private static Cell changeCell(String amount, double change, boolean beyond, boolean bold) {
        // words, not ▲/▼: on this scale up is better, the opposite of pain
        String text = amount + (change > 0 ? " better" : change < 0 ? " worse" : "")
                + (beyond ? ", beyond measurement error" : ", within measurement error");
        Color color = !beyond ? Palette.MUTED : change > 0 ? Palette.BETTER : Palette.WORSE;
        return Cell.text(text, (bold || beyond ? Type.SMALL_BOLD : Type.SMALL).withColor(color));
    }
}
