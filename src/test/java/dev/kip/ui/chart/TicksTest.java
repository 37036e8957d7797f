package dev.kip.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void aNiceScaleWidensToWholeSteps() {
        // (3033 − 0) / 5 = 606.6 a step: 1, 2, 2.5, 5 × 100 are too small, so 1000; 3033 rounds up to 4000
        assertThat(Ticks.nice(0, 3033, 5)).isEqualTo(new Ticks.Scale(0, 4000, 1000));
        // (101 − 92.3) / 5 = 1.74: step 2; 92.3 down to 92, 101 up to 102
        assertThat(Ticks.nice(92.3, 101, 5)).isEqualTo(new Ticks.Scale(92, 102, 2));
        // (8.1 − 5.9) / 5 = 0.44: step 0.5
        assertThat(Ticks.nice(5.9, 8.1, 5)).isEqualTo(new Ticks.Scale(5.5, 8.5, 0.5));
        // 2.5 steps: (12 − 0) / 5 = 2.4
        assertThat(Ticks.nice(0, 12, 5)).isEqualTo(new Ticks.Scale(0, 12.5, 2.5));
    }

    @Test
    void aSingleValueGetsRoomAroundIt() {
        // 5 ± 1 (at least 1, else 10 %): (6 − 4) / 5 = 0.4 → step 0.5
        assertThat(Ticks.nice(5, 5, 5)).isEqualTo(new Ticks.Scale(4, 6, 0.5));
        assertThat(Ticks.nice(200, 200, 5)).isEqualTo(new Ticks.Scale(180, 220, 10));
    }

    @Test
    void ticksRunFromMinToMaxWithAPlainZero() {
        assertThat(new Ticks.Scale(-1, 1, 0.5).ticks()).containsExactly(-1.0, -0.5, 0.0, 0.5, 1.0);
        assertThat(new Ticks.Scale(-0.3, 0.3, 0.1).ticks()).contains(0.0).hasSize(7);
        assertThat(new Ticks.Scale(0, 10, 5).ticks()).containsExactly(0.0, 5.0, 10.0);
    }

    @Test
    void fourWeeksAreTickedEveryMonday() {
        // Mon 2 Nov 2026 to Sun 29 Nov
        assertThat(Ticks.dates(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 29))).extracting(Ticks.DateTick::label)
                .containsExactly("2 Nov", "9 Nov", "16 Nov", "23 Nov");
        // 8 weeks: every other Monday, from the first one on or after the start
        assertThat(Ticks.dates(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 25))).extracting(Ticks.DateTick::date)
                .containsExactly(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 11, 16));
    }

    @Test
    void twelveWeeksAreTickedAtMonthStartsWithTheYearOnTheFirst() {
        assertThat(Ticks.dates(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 12, 7))).extracting(Ticks.DateTick::label)
                .containsExactly("Oct 2026", "Nov", "Dec");
        assertThat(Ticks.dates(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 2, 1))).extracting(Ticks.DateTick::label)
                .containsExactly("Nov 2026", "Dec", "Jan 2027", "Feb");
    }

    @Test
    void yearsAreTickedOnTheFirstOfJanuaryEveryOtherYearBeyondEight() {
        assertThat(Ticks.dates(LocalDate.of(2020, 3, 1), LocalDate.of(2023, 3, 1))).extracting(Ticks.DateTick::label)
                .containsExactly("2021", "2022", "2023");
        assertThat(Ticks.dates(LocalDate.of(2016, 12, 8), LocalDate.of(2026, 12, 7))).extracting(Ticks.DateTick::label)
                .containsExactly("2017", "2019", "2021", "2023", "2025");
    }
}
