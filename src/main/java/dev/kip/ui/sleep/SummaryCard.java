package dev.kip.ui.sleep;

import dev.kip.domain.Night;
import dev.kip.insight.DurationFormat;
import dev.kip.insight.Evidence;
import dev.kip.insight.SleepAverages;
import dev.kip.insight.SleepFigures;
import dev.kip.insight.SleepFlag;
import dev.kip.insight.SleepSummary;
import dev.kip.text.DateText;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * How sleep is going, in one card: last night against the 14-night average, the sleep debt,
 * regularity, and each of last night's flags with why it matters and its source.
 */
public final class SummaryCard extends VBox {
    private final Map<Evidence, Tooltip> tooltips = new EnumMap<>(Evidence.class);

    public SummaryCard() {
        getStyleClass().addAll("card", "sleep-summary");
        setSpacing(8);
    }

    /** @param lastNight the night keyed {@code s.asOf()}, for its quality rating (the figures hold none) */
    public void show(SleepSummary s, Optional<Night> lastNight) {
        getChildren().clear();
        getChildren().add(wrapped(styled(new Label("Last night, " + DateText.day(s.asOf())), "title-4")));
        if (s.fortnight().isEmpty()) {
            getChildren().add(muted("No nights in the last 14 days yet. Log a night to see how you are sleeping."));
            return;
        }
        getChildren().add(comparison(s, lastNight));
        getChildren().add(line("sleep-debt", "Sleep debt: " + (s.debtMin() == 0 ? "none"
                : DurationFormat.text(s.debtMin())) + " over 14 nights (target "
                + DurationFormat.text(s.targetMin()) + " a night)"));
        if (s.debtMin() >= 60) {
            getChildren().add(why(Evidence.PROTEIN_SYNTHESIS));
        }
        getChildren().add(line("regularity", "Regularity: wake time " + spread(s.wakeSdMin()) + ", bedtime "
                + spread(s.bedtimeSdMin()) + " (SD, 14 nights)"));
        if (s.lastNight().isPresent()) {
            if (s.lastNightFlags().isEmpty()) {
                getChildren().add(styled(new Label("✓ No flags last night."), "flag-ok"));
            }
            for (SleepFlag flag : s.lastNightFlags()) {
                Label title = styled(new Label("⚑ " + flag.label()), "flag-watch");
                title.getStyleClass().add("flag-title");
                Label whyLine = wrapped(new Label(flag.whyItMatters()));
                getChildren().addAll(title, whyLine, source(flag.evidence()));
            }
        }
    }

    private GridPane comparison(SleepSummary s, Optional<Night> lastNight) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        grid.getStyleClass().add("summary-grid");
        SleepAverages avg = s.fortnight().orElseThrow();
        SleepFigures last = s.lastNight().orElse(null);
        // In a narrow column the headings wrap; the names and figures below them stay whole.
        grid.addRow(0, new Label(), wrapped(muted("Last night")), wrapped(muted("14-night average (" + avg.nights() + ")")));
        grid.addRow(1, whole(muted("Asleep")), whole(strong(last == null ? "not logged" : DurationFormat.text(last.tstMin()))),
                whole(strong(DurationFormat.text(avg.tstMin()))));
        grid.addRow(2, whole(muted("Efficiency")), whole(strong(last == null ? "–" : percent(last.sePct()))),
                whole(strong(percent(avg.sePct()))));
        grid.addRow(3, whole(muted("Quality")), whole(strong(lastNight.map(n -> n.quality() + " / 5").orElse("–"))),
                whole(strong(String.format(Locale.ROOT, "%.1f / 5", avg.quality()))));
        return grid;
    }

    private static Label whole(Label l) {
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static String spread(OptionalDouble sd) {
        return sd.isPresent() ? "± " + DurationFormat.text(sd.getAsDouble()) : "– (needs 3 nights)";
    }

    private static String percent(double pct) {
        return String.format(Locale.ROOT, "%.0f %%", pct);
    }

    private Label why(Evidence e) {
        Label l = wrapped(muted("Why it matters: " + e.why()));
        l.setTooltip(tooltip(e));
        return l;
    }

    private Label source(Evidence e) {
        Label l = muted("Source: " + e.sourceNames());
        l.setTooltip(tooltip(e));
        return l;
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

    private static Label line(String id, String text) {
        Label l = wrapped(new Label(text));
        l.setId(id);
        return l;
    }

    /** Wrapping labels in a VBox must not be squeezed below their wrapped height (they would end in "…"). */
    private static Label wrapped(Label l) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label strong(String text) {
        return styled(new Label(text), "text-bold");
    }

    private static Label muted(String text) {
        return styled(new Label(text), "text-muted");
    }

    private static Label styled(Label l, String style) {
        l.getStyleClass().add(style);
        return l;
    }
}
