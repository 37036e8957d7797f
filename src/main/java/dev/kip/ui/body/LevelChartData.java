package dev.kip.ui.body;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.SymptomKind;
import dev.kip.insight.BodyFlags;
import dev.kip.insight.DayValue;
import dev.kip.style.Role;
import dev.kip.ui.chart.Axis;
import dev.kip.ui.chart.Reference;
import dev.kip.ui.chart.Series;
import dev.kip.ui.chart.Ticks;
import dev.kip.ui.chart.TimeData;
import dev.kip.ui.chart.ValueAxis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The Body view's history chart: one region's soreness and pain over the last {@value #DAYS} days
 * on the fixed 0–10 scale. Soreness is a solid line, pain a dashed one, so they read apart without
 * colour; a day without a mark breaks the line. The dashed line is the lasting-soreness flag's
 * threshold ({@link BodyFlags#SORENESS_ABOVE}), the "above 3" of the streak under the chart.
 */
final class LevelChartData {
    static final int DAYS = 90;
    private static final Ticks.Scale LEVELS = new Ticks.Scale(0, 10, 5);

    private LevelChartData() {
    }

    /** The marks of {@code regionId} (others are ignored) for the {@value #DAYS} days ending at {@code lastDay}; none for no region. */
    static TimeData of(LocalDate lastDay, String regionId, List<BodyMark> marks) {
        LocalDate first = lastDay.minusDays(DAYS - 1L);
        boolean chosen = regionId != null && !regionId.isEmpty();
        List<Series> series = new ArrayList<>();
        if (chosen) {
            series.add(series(SymptomKind.SORENESS, "Soreness", Role.SORENESS, false, first, lastDay, regionId, marks));
            series.add(series(SymptomKind.PAIN, "Pain", Role.PAIN, true, first, lastDay, regionId, marks));
        }
        String title = chosen ? BodyRegions.require(regionId).name() + ", last " + DAYS + " days" : "Last " + DAYS + " days";
        return new TimeData(title, first, lastDay, series,
                List.of(new Reference("above " + BodyFlags.SORENESS_ABOVE, BodyFlags.SORENESS_ABOVE, Axis.LEFT, Role.AXIS)),
                new ValueAxis("Level", v -> String.format(Locale.ROOT, "%.0f", v), LEVELS), ValueAxis.NONE,
                chosen ? "No soreness or pain marked here in these " + DAYS + " days." : "Choose a region to see its history.");
    }

    private static Series series(SymptomKind kind, String name, Role color, boolean dashed, LocalDate first, LocalDate last,
                                 String regionId, List<BodyMark> marks) {
        TreeMap<LocalDate, Integer> byDay = new TreeMap<>();
        for (BodyMark m : marks) {
            if (m.kind() == kind && m.regionId().equals(regionId) && !m.date().isBefore(first) && !m.date().isAfter(last)) {
                byDay.merge(m.date(), m.level(), Math::max);
            }
        }
        List<DayValue> points = byDay.entrySet().stream().map(e -> new DayValue(e.getKey(), e.getValue())).toList();
        return new Series(name, points, Axis.LEFT, color, new Series.Line(1, dashed), "days", v -> String.format(Locale.ROOT, "%.0f", v));
    }
}
