package dev.kip.insight;

import dev.kip.domain.Workout;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

class TrainingLoadTest {

    private static final LocalDate D = LocalDate.of(2024, 6, 30);

    private static Workout workout(LocalDate date, Double rpe, Integer minutes) {
        return new Workout(1L, date, null, minutes, rpe, false, "", "", null, null, List.of());
    }

    @Test
    void sessionLoadIsRpeTimesMinutes() {
        assertThat(TrainingLoad.sessionLoad(workout(D, 7.0, 60))).hasValue(420.0);
        assertThat(TrainingLoad.sessionLoad(workout(D, 6.5, 50))).hasValue(325.0);
        assertThat(TrainingLoad.sessionLoad(workout(D, null, 60))).isEmpty();
        assertThat(TrainingLoad.sessionLoad(workout(D, 7.0, null))).isEmpty();
    }

    @Test
    void impossibleRpeOrDurationIsRejected() {
        assertThatThrownBy(() -> TrainingLoad.sessionLoad(workout(D, 11.0, 60)))
                .hasMessageContaining("2024-06-30").hasMessageContaining("session RPE");
        assertThatThrownBy(() -> TrainingLoad.sessionLoad(workout(D, 5.0, -1)))
                .hasMessageContaining("duration");
        assertThatThrownBy(() -> TrainingLoad.ofDailyLoads(Map.of(D, -5.0)))
                .hasMessageContaining("load on 2024-06-30");
    }

    @Test
    void weeklyTotalsFollowIsoWeeksStartingMonday() {
        // 2024-01-01 is a Monday. Week of 1 Jan: Mon 7×60 = 420, Sun 7 Jan 5×40 = 200 → 620.
        // Week of 8 Jan: Mon 8×30 = 240 (and an RPE-less session that adds nothing). Week of 15 Jan: rest → 0.
        // Week of 22 Jan: Wed 24 Jan 6×50 = 300.
        TrainingLoad load = TrainingLoad.of(List.of(
                workout(LocalDate.of(2024, 1, 1), 7.0, 60),
                workout(LocalDate.of(2024, 1, 7), 5.0, 40),
                workout(LocalDate.of(2024, 1, 8), 8.0, 30),
                workout(LocalDate.of(2024, 1, 9), null, 90),
                workout(LocalDate.of(2024, 1, 24), 6.0, 50)));

        assertThat(load.weeklyTotals()).containsExactly(
                entry(LocalDate.of(2024, 1, 1), 620.0),
                entry(LocalDate.of(2024, 1, 8), 240.0),
                entry(LocalDate.of(2024, 1, 15), 0.0),
                entry(LocalDate.of(2024, 1, 22), 300.0));
        assertThat(TrainingLoad.weekStart(LocalDate.of(2024, 1, 7))).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void steadyLoadGivesARatioOfOne() {
        // 100 a day for 28 days: acute 700, chronic 2800 / 4 = 700 → 1.0
        Acwr acwr = TrainingLoad.ofDailyLoads(daily(D.minusDays(27), D, 100)).acwr(D).orElseThrow();
        assertThat(acwr.acute()).isEqualTo(700.0);
        assertThat(acwr.chronicWeekly()).isEqualTo(700.0);
        assertThat(acwr.ratio()).isEqualTo(1.0);
        assertThat(acwr.isHigh()).isFalse();
        assertThat(acwr.description()).isEqualTo("This week's load is 1.0 × your average week of the last four: about as usual.");
    }

    /**
     * 21 days of 100 (D−27 … D−7) then 7 days of a (D−6 … D):
     * ratio = 7a / ((2100 + 7a) / 4) = 28a / (2100 + 7a), which is 1.5 exactly at a = 180.
     */
    private static Acwr spike(double a) {
        Map<LocalDate, Double> loads = daily(D.minusDays(27), D.minusDays(7), 100);
        loads.putAll(daily(D.minusDays(6), D, a));
        return TrainingLoad.ofDailyLoads(loads).acwr(D).orElseThrow();
    }

    @Test
    void exactlyOnePointFiveIsNotHigh() {
        // a = 180: acute 1260, chronic (2100 + 1260) / 4 = 840, 1260 / 840 = 1.5
        Acwr acwr = spike(180);
        assertThat(acwr.acute()).isEqualTo(1260.0);
        assertThat(acwr.chronicWeekly()).isEqualTo(840.0);
        assertThat(acwr.ratio()).isEqualTo(1.5);
        assertThat(acwr.isHigh()).isFalse();
    }

    @Test
    void justAboveOnePointFiveIsASharpRise() {
        // a = 181: acute 1267, chronic 3367 / 4 = 841.75, ratio 1.50520
        Acwr acwr = spike(181);
        assertThat(acwr.ratio()).isCloseTo(1.50520, within(0.00001));
        assertThat(acwr.isHigh()).isTrue();
        assertThat(acwr.description()).contains("1.5 ×", "a sharp rise").doesNotContainIgnoringCase("injur");
    }

    @Test
    void justBelowOnePointFiveIsNotHigh() {
        // a = 179: acute 1253, chronic 3353 / 4 = 838.25, ratio 1.49478
        Acwr acwr = spike(179);
        assertThat(acwr.ratio()).isCloseTo(1.49478, within(0.00001));
        assertThat(acwr.isHigh()).isFalse();
    }

    @Test
    void undefinedWhenThe28DaysHoldNoLoad() {
        // One session 28 days before D: outside D's window (D−27 … D), inside D−1's (D−28 … D−1).
        TrainingLoad load = TrainingLoad.ofDailyLoads(Map.of(D.minusDays(28), 400.0));
        assertThat(load.acwr(D)).isEmpty();
        Acwr dayBefore = load.acwr(D.minusDays(1)).orElseThrow();
        assertThat(dayBefore.acute()).isZero();
        assertThat(dayBefore.chronicWeekly()).isEqualTo(100.0);
        assertThat(dayBefore.ratio()).isZero();
        assertThat(TrainingLoad.ofDailyLoads(Map.of()).acwr(D)).isEmpty();
    }

    @Test
    void seriesHasTheDefinedDaysOfTheRangeInOrder() {
        // Load on D−40 and D−10. Window of day t is t−27 … t.
        // D−40 counts for days D−40 … D−13; D−10 from D−10 on. Days D−12 and D−11 have no load in reach.
        TrainingLoad load = TrainingLoad.ofDailyLoads(Map.of(D.minusDays(40), 280.0, D.minusDays(10), 140.0));
        List<Acwr> series = load.acwrSeries(D.minusDays(14), D);

        assertThat(series).extracting(Acwr::date).containsExactly(
                D.minusDays(14), D.minusDays(13), D.minusDays(10), D.minusDays(9), D.minusDays(8), D.minusDays(7),
                D.minusDays(6), D.minusDays(5), D.minusDays(4), D.minusDays(3), D.minusDays(2), D.minusDays(1), D);
        // On D−4: acute 140 (D−10 … D−4), chronic 140 / 4 = 35 → 4.0; on D−3 the session has left the acute week → 0.
        assertThat(series).filteredOn(a -> a.date().equals(D.minusDays(4))).singleElement()
                .extracting(Acwr::ratio).isEqualTo(4.0);
        assertThat(series).filteredOn(a -> a.date().equals(D.minusDays(3))).singleElement()
                .extracting(Acwr::ratio).isEqualTo(0.0);
        for (Acwr a : series) {
            assertThat(load.acwr(a.date())).contains(a);
        }
    }

    @Test
    void aReversedRangeIsRejected() {
        assertThatThrownBy(() -> TrainingLoad.ofDailyLoads(Map.of()).acwrSeries(D, D.minusDays(1)))
                .hasMessageContaining("before");
    }

    private static Map<LocalDate, Double> daily(LocalDate from, LocalDate to, double load) {
        Map<LocalDate, Double> m = new HashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            m.put(d, load);
        }
        return m;
    }
}
