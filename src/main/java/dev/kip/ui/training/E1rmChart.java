package dev.kip.ui.training;

import dev.kip.domain.Settings;
import dev.kip.insight.DayValue;
import dev.kip.insight.E1rm;
import dev.kip.insight.TrendSeries;
import dev.kip.insight.Units;
import dev.kip.journal.SessionE1rm;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * e1RM per session over time. Built for ten years of sessions: no animation, no per-point
 * symbols, and a series longer than the chart is wide is thinned to each bucket's low and high.
 * Sessions whose best set had more than 12 reps are a second, dashed series: low confidence.
 */
final class E1rmChart extends LineChart<Number, Number> {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final int MIN_BUCKETS = 150;

    E1rmChart() {
        super(new NumberAxis(), new NumberAxis());
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(true);
        getStyleClass().add("e1rm-chart");
        NumberAxis x = (NumberAxis) getXAxis();
        x.setForceZeroInRange(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return MONTH.format(LocalDate.ofEpochDay(epochDay.longValue()));
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("the axis is not edited");
            }
        });
        ((NumberAxis) getYAxis()).setForceZeroInRange(false);
    }

    /** Plots the sessions (oldest first) in the person's unit. */
    void show(List<SessionE1rm> sessions, Settings settings) {
        getYAxis().setLabel("e1RM (" + settings.massUnit().name().toLowerCase(Locale.ROOT) + ", "
                + (settings.e1rmFormula() == Settings.E1rmFormula.EPLEY ? "Epley" : "Brzycki") + ")");
        int buckets = Math.max(MIN_BUCKETS, (int) getWidth() / 2);
        XYChart.Series<Number, Number> all = series("e1RM per session", sessions, settings, buckets);
        XYChart.Series<Number, Number> loose = series("best set over " + E1rm.LOW_CONFIDENCE_ABOVE_REPS + " reps (low confidence)",
                sessions.stream().filter(s -> E1rm.isLowConfidence(s.reps())).toList(), settings, buckets);
        ObservableList<Series<Number, Number>> data = FXCollections.observableArrayList();
        data.add(all);
        if (!loose.getData().isEmpty()) {
            data.add(loose);
        }
        setData(data);
    }

    private static XYChart.Series<Number, Number> series(String name, List<SessionE1rm> sessions, Settings settings, int buckets) {
        List<DayValue> values = new ArrayList<>(sessions.size());
        for (SessionE1rm session : sessions) {
            values.add(new DayValue(session.date(), Units.fromKg(session.e1rmKg(), settings.massUnit())));
        }
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        for (DayValue v : TrendSeries.downsample(values, buckets)) {
            points.add(new XYChart.Data<>(v.date().toEpochDay(), v.value()));
        }
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        s.getData().setAll(points);
        return s;
    }
}
