package dev.kip.report;

import dev.kip.insight.Evidence;
import dev.kip.insight.PainMonitoring;
import dev.kip.insight.PainMonitoring.Condition;
import dev.kip.insight.Source;
import dev.kip.report.PdfCanvas.Align;
import dev.kip.report.ReportModel.Header;
import dev.kip.report.ReportModel.Monitoring;
import dev.kip.report.ReportModel.PainRow;
import dev.kip.report.ReportModel.PainSection;
import dev.kip.report.Table.Cell;
import dev.kip.report.Table.Column;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Page 1 leads with pain: a row per region with pain in the range, worst first (onset, peak and latest
 * with their days, the level over the range, the details given, the pain-monitoring model), what each
 * marker means, and the model's source in full.
 */
final class PainBlock {

    private static final float LINE_HEIGHT = 22;
    private static final List<Column> COLUMNS = List.of(
            new Column("Region", 0.16f, Align.LEFT),
            new Column("Onset", 0.12f, Align.LEFT),
            new Column("Peak", 0.09f, Align.LEFT),
            new Column("Latest", 0.09f, Align.LEFT),
            new Column("Level over the range (0–10)", 0.14f, Align.LEFT),
            new Column("Details given last", 0.16f, Align.LEFT),
            new Column("Pain-monitoring model after sessions that loaded it", 0.24f, Align.LEFT));

    private PainBlock() {
    }

    static void draw(PageFlow flow, PainSection pain, Header h) throws IOException {
        if (!flow.roomFor("pain", Type.HEADING_HEIGHT + 2 * Type.LINE)) {
            return;
        }
        int n = pain.rows().size();
        if (n == 0) {
            Type.heading(flow, "Pain: none marked in this range");
            return;
        }
        Type.heading(flow, "Pain: " + n + (n == 1 ? " region" : " regions") + " with pain in this range, worst first");
        Table table = new Table(flow, COLUMNS);
        if (!table.header("pain")) {
            return;
        }
        int shown = 0;
        for (PainRow r : pain.rows()) {
            if (!table.row(cells(r, h), shown % 2 == 1)) {
                break;
            }
            shown++;
        }
        Paragraphs.leftOut(flow, n - shown, "pain region", "pain regions");
        Paragraphs.draw(flow, "▲ new: no pain marked in the " + ReportModel.NEW_AFTER_DAYS + " days before the range; "
                + "\"before the range\": pain marked in those days. Peak and latest: level and day. "
                + "Pain-monitoring model (" + Evidence.PAIN_MONITORING.sourceNames() + "), as commonly described: "
                + rules() + ". Within: all three held; outside: one or more broken; not complete: a reading missing.",
                Type.SMALL_MUTED);
        Paragraphs.draw(flow, Source.SILBERNAGEL_2007.citation(), Type.SMALL_MUTED);
        flow.advance(4);
    }

    private static List<Cell> cells(PainRow r, Header h) {
        String onset = r.onset().map(d -> "▲ new " + Formats.day(d)).orElse("before the range");
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(r.regionName(), Type.SMALL_BOLD));
        cells.add(Cell.text(onset, r.isNew() ? Type.SMALL_BOLD.withColor(Palette.WORSE) : Type.SMALL));
        cells.add(Cell.text(r.peak() + " · " + Formats.day(r.peakDate()), Type.SMALL_BOLD));
        cells.add(Cell.text(r.latest() + " · " + Formats.day(r.latestDate()), Type.SMALL));
        cells.add(Cell.picture((c, x, y, w, height) -> Charts.levelLine(c, x, y + 1, w, Math.min(height, LINE_HEIGHT) - 3,
                h.from(), h.to(), r.levels(), Palette.PAIN), LINE_HEIGHT));
        cells.add(Cell.text(r.details().isBlank() ? "–" : r.details(), Type.SMALL));
        cells.add(Cell.text(monitoring(r.monitoring()), Type.SMALL));
        return cells;
    }

    /** "9 sessions: 5 within, 2 outside, 2 not complete. Last, 28 Nov, outside: during 6 (above 5); not rated: next morning." */
    static String monitoring(Monitoring m) {
        if (m.checked() == 0) {
            return "no session in the range loaded it";
        }
        List<String> counts = new ArrayList<>();
        if (m.within() > 0) {
            counts.add(m.within() + " within");
        }
        if (m.outside() > 0) {
            counts.add(m.outside() + " outside");
        }
        if (m.incomplete() > 0) {
            counts.add(m.incomplete() + " not complete");
        }
        String head = m.checked() + (m.checked() == 1 ? " session: " : " sessions: ") + String.join(", ", counts) + ".";
        return m.latest().map(c -> head + " Last, " + Formats.day(c.sessionDate()) + ", " + state(c) + ": " + readings(c) + ".")
                .orElse(head);
    }

    /** The latest check in few words: "during 6 (above 5), next morning 4 (usual 2), week +1.5; not rated: during". */
    private static String readings(PainMonitoring.Check c) {
        List<String> parts = new ArrayList<>();
        c.during().ifPresent(d -> parts.add("during " + d + (c.broken().contains(Condition.DURING)
                ? " (above " + PainMonitoring.DURING_LIMIT + ")" : "")));
        c.nextMorning().ifPresent(n -> parts.add("next morning " + n + " (usual " + c.usual() + ")"));
        if (c.weekMean().isPresent() && c.weekBefore().isPresent()) {
            parts.add(c.broken().contains(Condition.WEEK_TO_WEEK)
                    ? "week " + Formats.signedOneDecimal(c.weekMean().getAsDouble() - c.weekBefore().getAsDouble())
                    : "no weekly rise");
        }
        List<String> missing = new ArrayList<>();
        if (c.missing().contains(Condition.DURING)) {
            missing.add("during");
        }
        if (c.missing().contains(Condition.NEXT_MORNING)) {
            missing.add("next morning");
        }
        if (c.missing().contains(Condition.WEEK_TO_WEEK)) {
            missing.add("week before");
        }
        String given = String.join(", ", parts);
        String notRated = missing.isEmpty() ? "" : "not rated: " + String.join(", ", missing);
        return given.isEmpty() ? notRated : notRated.isEmpty() ? given : given + "; " + notRated;
    }

    private static String state(PainMonitoring.Check c) {
        return switch (c.state()) {
            case WITHIN -> "within";
            case OUTSIDE -> "outside";
            case INCOMPLETE -> "not complete";
        };
    }

    /** The model's three conditions in words. */
    private static String rules() {
        return Arrays.stream(PainMonitoring.Condition.values()).map(PainMonitoring.Condition::rule)
                .collect(Collectors.joining(", "));
    }
}
