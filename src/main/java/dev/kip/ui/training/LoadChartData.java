package dev.kip.ui.training;

import dev.kip.insight.DayValue;
import dev.kip.style.Role;
import dev.kip.ui.chart.Axis;
import dev.kip.ui.chart.Series;
import dev.kip.ui.chart.TimeData;
import dev.kip.ui.chart.ValueAxis;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;

/** The Load tab's chart: session load (session RPE × minutes) per week, a bar from each Monday to its Sunday. */
final class LoadChartData {
    static final String TITLE = "Session load per week";

    private LoadChartData() {
    }

    /** {@code weekly}: the load of each week by its Monday, weeks without load at 0. */
    static TimeData of(NavigableMap<LocalDate, Double> weekly) {
        LocalDate from = weekly.isEmpty() ? LocalDate.now() : weekly.firstKey();
        LocalDate to = weekly.isEmpty() ? from : weekly.lastKey().plusDays(6);
        List<DayValue> weeks = weekly.entrySet().stream().map(e -> new DayValue(e.getKey(), e.getValue())).toList();
        boolean any = weeks.stream().anyMatch(w -> w.value() > 0);
        return new TimeData(TITLE, from, to,
                any ? List.of(new Series("Session load", weeks, Axis.LEFT, Role.LOAD, new Series.Bars(7), "weeks",
                        v -> String.format(Locale.ROOT, "%,.0f AU", v))) : List.of(),
                List.of(), ValueAxis.fitted("Load (AU)", v -> String.format(Locale.ROOT, "%,.0f", v)), ValueAxis.NONE,
                "No session load (session RPE and duration) in these " + weekly.size() + " weeks.");
    }
}
