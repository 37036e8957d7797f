package dev.kip.ui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kip.insight.DayValue;
import dev.kip.ui.chart.Axis;
import dev.kip.ui.chart.Series;
import dev.kip.ui.chart.Ticks;
import dev.kip.ui.chart.TimeData;
import dev.kip.ui.chart.TimePlot;
import java.time.LocalDate;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LoadChartDataTest {
    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);
    private static final LocalDate NOV_9 = LocalDate.of(2026, 11, 9);
    private static final LocalDate NOV_16 = LocalDate.of(2026, 11, 16);

    private static TreeMap<LocalDate, Double> weeks(double a, double b, double c) {
        TreeMap<LocalDate, Double> weekly = new TreeMap<>();
        weekly.put(NOV_2, a);
        weekly.put(NOV_9, b);
        weekly.put(NOV_16, c);
        return weekly;
    }

    @Test
    void aBarPerWeekFromMondayToSunday() {
        TimeData d = LoadChartData.of(weeks(1000, 0, 2500));
        assertThat(d.from()).isEqualTo(NOV_2);
        assertThat(d.to()).isEqualTo(LocalDate.of(2026, 11, 22));
        Series s = d.series().get(0);
        assertThat(s.mark()).isEqualTo(new Series.Bars(7));
        assertThat(s.points()).containsExactly(new DayValue(NOV_2, 1000), new DayValue(NOV_9, 0), new DayValue(NOV_16, 2500));
        assertThat(d.summary()).isEqualTo("Session load per week, 3 weeks, from 1,000 AU to 2,500 AU, highest 2,500 AU");
    }

    @Test
    void barsCoverTheirWeekAndRiseFromZero() {
        // 21 days on 210 px: 10 px a day. 0 … 2500 → nice(0, 2500): 500 a step, 0 to 2500 on 250 px.
        TimePlot p = TimePlot.of(LoadChartData.of(weeks(1000, 0, 2500)), 0, 210, 10, 260);
        assertThat(p.leftScale()).isEqualTo(new Ticks.Scale(0, 2500, 500));
        assertThat(p.edge(NOV_16)).isEqualTo(140);
        assertThat(p.edge(NOV_16.plusDays(7))).isEqualTo(210);
        assertThat(p.y(0, Axis.LEFT)).isEqualTo(260);
        assertThat(p.y(1000, Axis.LEFT)).isCloseTo(160, within(1e-9)); // 260 − 1000 / 2500 × 250
        assertThat(p.y(2500, Axis.LEFT)).isCloseTo(10, within(1e-9));
    }

    @Test
    void weeksWithoutLoadSaySo() {
        TimeData d = LoadChartData.of(weeks(0, 0, 0));
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.summary()).isEqualTo("Session load per week: No session load (session RPE and duration) in these 3 weeks.");
    }
}
