package dev.kip.ui.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.BodyMark;
import dev.kip.domain.SymptomKind;
import dev.kip.insight.DayValue;
import dev.kip.style.Role;
import dev.kip.ui.chart.Axis;
import dev.kip.ui.chart.Reference;
import dev.kip.ui.chart.Series;
import dev.kip.ui.chart.Ticks;
import dev.kip.ui.chart.TimeData;
import dev.kip.ui.chart.TimePlot;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelChartDataTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final String QUADS = "FRONT.QUADRICEPS.R";

    private static BodyMark mark(LocalDate day, String region, SymptomKind kind, int level) {
        return new BodyMark(day, region, kind, level, "", false);
    }

    /** Right quads sore 5 and 6 on 20–21 Nov, pain 2 on 1 Oct and 3 on 1 Aug (before the 90 days: 26 Aug – 23 Nov); the left knee sore 2. */
    private static final List<BodyMark> MARKS = List.of(
            mark(LocalDate.of(2026, 8, 1), QUADS, SymptomKind.PAIN, 3),
            mark(LocalDate.of(2026, 10, 1), QUADS, SymptomKind.PAIN, 2),
            mark(LocalDate.of(2026, 11, 20), QUADS, SymptomKind.SORENESS, 5),
            mark(LocalDate.of(2026, 11, 21), QUADS, SymptomKind.SORENESS, 6),
            mark(MONDAY, "FRONT.KNEE.L", SymptomKind.SORENESS, 2));

    @Test
    void oneRegionsLevelsOverNinetyDaysSorenessSolidPainDashed() {
        TimeData d = LevelChartData.of(MONDAY, QUADS, MARKS);
        assertThat(d.from()).isEqualTo(LocalDate.of(2026, 8, 26));
        assertThat(d.to()).isEqualTo(MONDAY);
        assertThat(d.series()).extracting(Series::name, Series::mark, Series::color).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Soreness", new Series.Line(1, false), Role.SORENESS),
                org.assertj.core.groups.Tuple.tuple("Pain", new Series.Line(1, true), Role.PAIN));
        assertThat(d.series().get(0).points()).containsExactly(
                new DayValue(LocalDate.of(2026, 11, 20), 5), new DayValue(LocalDate.of(2026, 11, 21), 6));
        assertThat(d.series().get(1).points()).containsExactly(new DayValue(LocalDate.of(2026, 10, 1), 2));
        assertThat(d.references()).containsExactly(new Reference("above 3", 3, Axis.LEFT, Role.AXIS));
        assertThat(d.left().fixed()).isEqualTo(new Ticks.Scale(0, 10, 5));
        assertThat(d.summary()).isEqualTo("Right quadriceps, last 90 days: Soreness, 2 days, from 5 to 6, highest 6; Pain, 1 day, 2");
    }

    @Test
    void theScaleStaysZeroToTenAndADayIsAColumn() {
        // 90 days on 900 px: 10 px a day; 0–10 on 100 px
        TimePlot p = TimePlot.of(LevelChartData.of(MONDAY, QUADS, MARKS), 0, 900, 0, 100);
        assertThat(p.x(MONDAY)).isEqualTo(895);
        assertThat(p.x(LocalDate.of(2026, 11, 21))).isEqualTo(875);
        assertThat(p.y(6, Axis.LEFT)).isEqualTo(40);
        assertThat(p.y(0, Axis.LEFT)).isEqualTo(100);
    }

    @Test
    void theHighestMarkOfADayIsDrawn() {
        TimeData d = LevelChartData.of(MONDAY, QUADS, List.of(mark(MONDAY, QUADS, SymptomKind.SORENESS, 3),
                mark(MONDAY, QUADS, SymptomKind.SORENESS, 6)));
        assertThat(d.series().get(0).points()).containsExactly(new DayValue(MONDAY, 6));
    }

    @Test
    void withoutARegionOrMarksTheChartSaysWhy() {
        assertThat(LevelChartData.of(MONDAY, "", MARKS).summary()).isEqualTo("Last 90 days: Choose a region to see its history.");
        assertThat(LevelChartData.of(MONDAY, "BACK.CALF.L", MARKS).summary())
                .isEqualTo("Left calf, last 90 days: No soreness or pain marked here in these 90 days.");
    }
}
