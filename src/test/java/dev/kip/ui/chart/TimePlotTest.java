package dev.kip.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kip.insight.DayValue;
import dev.kip.style.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimePlotTest {
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    private static Series line(Axis axis, double... values) {
        List<DayValue> points = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new DayValue(NOV_1.plusDays(i), values[i]));
        }
        return new Series("s", points, axis, Role.SLEEP_MEAN, new Series.Line(3, false), "nights", v -> "" + v);
    }

    private static TimeData data(List<Series> series, List<Reference> references, ValueAxis left) {
        return new TimeData("t", NOV_1, NOV_30, series, references, left, ValueAxis.NONE, "nothing");
    }

    @Test
    void eachDayIsAColumnAndAPointSitsInItsMiddle() {
        // 30 days on 300 px: 10 px a day
        TimePlot p = TimePlot.of(data(List.of(line(Axis.LEFT, 7)), List.of(), ValueAxis.NONE), 50, 350, 30, 230);
        assertThat(p.dayWidth()).isEqualTo(10);
        assertThat(p.edge(NOV_1)).isEqualTo(50);
        assertThat(p.x(NOV_1)).isEqualTo(55);
        assertThat(p.x(NOV_30)).isEqualTo(345);
        assertThat(p.edge(NOV_30.plusDays(1))).isEqualTo(350);
        assertThat(p.dayAt(50)).isEqualTo(NOV_1);
        assertThat(p.dayAt(59.9)).isEqualTo(NOV_1);
        assertThat(p.dayAt(60)).isEqualTo(NOV_1.plusDays(1));
        assertThat(p.dayAt(349.9)).isEqualTo(NOV_30);
    }

    @Test
    void aFittedScaleHoldsTheValuesAndReferencesWithFivePerCentToSpare() {
        // 6.0 … 8.0 and a target at 8.5: range 2.5, pad 0.125 → nice(5.875, 8.625): 0.55 a step → 1, 5 to 9
        TimeData d = data(List.of(line(Axis.LEFT, 6, 7, 8)), List.of(new Reference("target", 8.5, Axis.LEFT, Role.TARGET)),
                ValueAxis.fitted("Sleep (h)", v -> String.format(Locale.ROOT, "%.1f", v)));
        TimePlot p = TimePlot.of(d, 50, 350, 30, 230);
        assertThat(p.leftScale()).isEqualTo(new Ticks.Scale(5, 9, 1));
        assertThat(p.rightScale()).as("nothing on the right").isNull();
        assertThat(p.values(Axis.RIGHT)).isNull();
        // 200 px for 4 h: 7 h is 2 h above the bottom → 230 − 2 / 4 × 200 = 130
        assertThat(p.y(7, Axis.LEFT)).isCloseTo(130, within(1e-9));
        assertThat(p.y(9, Axis.LEFT)).isCloseTo(30, within(1e-9));
    }

    @Test
    void barsStandOnZero() {
        Series bars = new Series("load", List.of(new DayValue(NOV_1, 700), new DayValue(NOV_1.plusDays(7), 2500)), Axis.LEFT,
                Role.LOAD, new Series.Bars(7), "weeks", v -> "" + v);
        // 700 … 2500 → nice(0, 2500): 500 a step, 0 to 2500
        assertThat(TimePlot.scale(data(List.of(bars), List.of(), ValueAxis.NONE), Axis.LEFT)).isEqualTo(new Ticks.Scale(0, 2500, 500));
    }

    @Test
    void aFixedScaleIsKeptWhateverTheData() {
        Ticks.Scale levels = new Ticks.Scale(0, 10, 5);
        TimeData d = data(List.of(line(Axis.LEFT, 2, 3)), List.of(), new ValueAxis("Level", v -> "" + v, levels));
        assertThat(TimePlot.scale(d, Axis.LEFT)).isSameAs(levels);
    }

    @Test
    void eachSideHasItsOwnScale() {
        TimeData d = new TimeData("t", NOV_1, NOV_30, List.of(line(Axis.LEFT, 6, 8), line(Axis.RIGHT, 90, 100)), List.of(),
                ValueAxis.fitted("l", v -> ""), ValueAxis.fitted("r", v -> ""), "");
        TimePlot p = TimePlot.of(d, 50, 350, 30, 230);
        // left: pad 0.1 → nice(5.9, 8.1): 5.5 to 8.5 by 0.5; right: pad 0.5 → nice(89.5, 100.5): 2.2 a step → 2.5, 87.5 to 102.5
        assertThat(p.leftScale()).isEqualTo(new Ticks.Scale(5.5, 8.5, 0.5));
        assertThat(p.rightScale()).isEqualTo(new Ticks.Scale(87.5, 102.5, 2.5));
        assertThat(p.y(8.5, Axis.LEFT)).isEqualTo(p.y(102.5, Axis.RIGHT));
    }
}
