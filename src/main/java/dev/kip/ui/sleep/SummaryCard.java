package dev.kip.ui.sleep;

import dev.kip.domain.Night;
import dev.kip.insight.DurationFormat;
import dev.kip.insight.Evidence;
import dev.kip.insight.SleepAverages;
import dev.kip.insight.SleepFigures;
import dev.kip.insight.SleepFlag;
import dev.kip.insight.SleepSummary;
import dev.kip.text.DateText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * How sleep is going, in one card: last night against the 14-night average, the sleep debt,
 * regularity, and each of last night's flags with why it matters and its source. A save usually
 * changes figures, not which lines the card holds: then the card only puts the new texts on the
 * labels it has (new labels would each need their CSS and layout worked out again).
 */
public final class SummaryCard extends VBox {
    private final Map<Evidence, Tooltip> tooltips = new EnumMap<>(Evidence.class);
    /** The lines shown, one per child, and the comparison grid's cells when it is shown. */
    private List<Line> shown = List.of();
    private final List<Label> gridCells = new ArrayList<>();

    public SummaryCard() {
        getStyleClass().addAll("card", "sleep-summary");
        setSpacing(8);
    }

    /** One child of the card: a label (its text, style, id, the source its tooltip cites, whether it wraps) or the grid. */
    private record Line(String text, String style, String id, Evidence source, boolean wraps, List<String> grid) {
        static Line of(String text, String style) {
            return new Line(text, style, null, null, false, null);
        }

        /** The same kind of node in the same place: only the text may differ. */
        boolean sameShape(Line o) {
            return Objects.equals(style, o.style) && Objects.equals(id, o.id) && source == o.source && wraps == o.wraps
                    && (grid == null) == (o.grid == null);
        }
    }

    /** @param lastNight the night keyed {@code s.asOf()}, for its quality rating (the figures hold none) */
    public void show(SleepSummary s, Optional<Night> lastNight) {
        List<Line> lines = lines(s, lastNight);
        if (lines.size() != shown.size() || !sameShapes(lines, shown)) {
            getChildren().setAll(lines.stream().map(this::node).toList());
        } else {
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line.grid() == null) {
                    ((Label) getChildren().get(i)).setText(line.text());
                } else {
                    for (int c = 0; c < gridCells.size(); c++) {
                        gridCells.get(c).setText(line.grid().get(c));
                    }
                }
            }
        }
        shown = lines;
    }

    private static boolean sameShapes(List<Line> a, List<Line> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameShape(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private List<Line> lines(SleepSummary s, Optional<Night> lastNight) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Last night, " + DateText.day(s.asOf()), "title-4", null, null, true, null));
        if (s.fortnight().isEmpty()) {
            lines.add(new Line("No nights in the last 14 days yet. Log a night to see how you are sleeping.", "text-muted",
                    null, null, false, null));
            return lines;
        }
        lines.add(new Line(null, "summary-grid", null, null, false, comparison(s, lastNight)));
        lines.add(new Line("Sleep debt: " + (s.debtMin() == 0 ? "none" : DurationFormat.text(s.debtMin())) + " over 14 nights (target "
                + DurationFormat.text(s.targetMin()) + " a night)", null, "sleep-debt", null, true, null));
        if (s.debtMin() >= 60) {
            lines.add(new Line("Why it matters: " + Evidence.PROTEIN_SYNTHESIS.why(), "text-muted", null, Evidence.PROTEIN_SYNTHESIS,
                    true, null));
        }
        lines.add(new Line("Regularity: wake time " + spread(s.wakeSdMin()) + ", bedtime " + spread(s.bedtimeSdMin())
                + " (SD, 14 nights)", null, "regularity", null, true, null));
        if (s.lastNight().isPresent()) {
            if (s.lastNightFlags().isEmpty()) {
                lines.add(Line.of("✓ No flags last night.", "flag-ok"));
            }
            for (SleepFlag flag : s.lastNightFlags()) {
                lines.add(Line.of("⚑ " + flag.label(), "flag-watch flag-title"));
                lines.add(new Line(flag.whyItMatters(), null, null, null, true, null));
                lines.add(new Line("Source: " + flag.evidence().sourceNames(), "text-muted", null, flag.evidence(), false, null));
            }
        }
        return lines;
    }

    /** The grid's texts, row by row: the heading row, then asleep, efficiency and quality. */
    private static List<String> comparison(SleepSummary s, Optional<Night> lastNight) {
        SleepAverages avg = s.fortnight().orElseThrow();
        SleepFigures last = s.lastNight().orElse(null);
        return List.of("", "Last night", "14-night average (" + avg.nights() + ")",
                "Asleep", last == null ? "not logged" : DurationFormat.text(last.tstMin()), DurationFormat.text(avg.tstMin()),
                "Efficiency", last == null ? "–" : percent(last.sePct()), percent(avg.sePct()),
                "Quality", lastNight.map(n -> n.quality() + " / 5").orElse("–"), String.format(Locale.ROOT, "%.1f / 5", avg.quality()));
    }

    private Node node(Line line) {
        if (line.grid() != null) {
            return grid(line.grid());
        }
        Label l = new Label(line.text());
        if (line.style() != null) {
            l.getStyleClass().addAll(line.style().split(" "));
        }
        if (line.id() != null) {
            l.setId(line.id());
        }
        if (line.wraps()) {
            // Wrapping labels in a VBox must not be squeezed below their wrapped height (they would end in "…").
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        if (line.source() != null) {
            l.setTooltip(tooltip(line.source()));
        }
        return l;
    }

    /** Row headings and the first row muted, figures bold; the corner cell empty. */
    private GridPane grid(List<String> texts) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        grid.getStyleClass().add("summary-grid");
        gridCells.clear();
        for (int i = 0; i < texts.size(); i++) {
            int row = i / 3;
            int col = i % 3;
            Label cell = new Label(texts.get(i));
            if (i > 0) {
                cell.getStyleClass().add(row == 0 || col == 0 ? "text-muted" : "text-bold");
            }
            // In a narrow column the headings wrap; the names and figures below them stay whole.
            if (row == 0) {
                cell.setWrapText(true);
                cell.setMinHeight(Region.USE_PREF_SIZE);
            } else {
                cell.setMinWidth(Region.USE_PREF_SIZE);
            }
            grid.add(cell, col, row);
            gridCells.add(cell);
        }
        return grid;
    }

    private static String spread(OptionalDouble sd) {
        return sd.isPresent() ? "± " + DurationFormat.text(sd.getAsDouble()) : "– (needs 3 nights)";
    }

    private static String percent(double pct) {
        return String.format(Locale.ROOT, "%.0f %%", pct);
    }

    /** One tooltip per source, kept across refreshes: a Tooltip is a popup window and costly to make. */
    private Tooltip tooltip(Evidence e) {
        return tooltips.computeIfAbsent(e, k -> {
            Tooltip t = new Tooltip(k.whyWithReferences());
            t.setWrapText(true);
            t.setMaxWidth(460);
            return t;
        });
    }
}
