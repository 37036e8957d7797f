package dev.kip.insight;

import dev.kip.domain.SessionBest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class PerformanceTest {

    private static final LocalDate DAY0 = LocalDate.of(2024, 3, 1);
    private static final long SQUAT = 1;
    private static final long BENCH = 2;
    private static final long DEADLIFT = 3;
    private static final long CURL = 9;

    private static SessionBest best(int day, long workout, long exercise, double e1rm) {
        return new SessionBest(DAY0.plusDays(day), workout, exercise, e1rm, e1rm, 1);
    }

    @Test
    void aSessionFiftySixDaysLaterStillSeesTheFirst() {
        // Day 56: window is days 0 … 55, day 0 inside → 110 / 100 × 100 = 110 %
        List<SessionPerformance> p = Performance.forLift(List.of(best(0, 1, SQUAT, 100), best(56, 2, SQUAT, 110)), SQUAT);
        assertThat(p).extracting(SessionPerformance::date, SessionPerformance::workoutId)
                .containsExactly(tuple(DAY0.plusDays(56), 2L));
        assertThat(p.get(0).pct()).isCloseTo(110.0, within(1e-9));
    }

    @Test
    void aSessionFiftySevenDaysLaterHasNothingToCompareWith() {
        // Day 57: window is days 1 … 56, day 0 outside → left out (and day 0 itself has no history)
        assertThat(Performance.forLift(List.of(best(0, 1, SQUAT, 100), best(57, 2, SQUAT, 90)), SQUAT)).isEmpty();
    }

    @Test
    void theWindowBestSlidesOnWhenItExpires() {
        // day 0: 100 (no history)            → left out
        // day 10: 120 vs max(100) = 100      → 120 %
        // day 20: 90 vs max(100, 120) = 120  → 75 %
        // day 67: window 11 … 66 keeps only day 20 → 100 / 90 = 111.11 %
        List<SessionBest> series = List.of(best(67, 4, SQUAT, 100), best(0, 1, SQUAT, 100), best(10, 2, SQUAT, 120),
                best(20, 3, SQUAT, 90));
        assertThat(Performance.forLift(series, SQUAT)).extracting(SessionPerformance::workoutId, SessionPerformance::pct)
                .containsExactly(tuple(2L, 120.0), tuple(3L, 75.0), tuple(4L, 100.0 * 100 / 90));
    }

    @Test
    void sessionsOnTheSameDayDoNotSeeEachOther() {
        // day 5 holds two workouts: each is compared with day 0 only (105 %, 110 %), not 110 with 105.
        List<SessionBest> series = List.of(best(0, 1, SQUAT, 100), best(5, 2, SQUAT, 105), best(5, 3, SQUAT, 110));
        assertThat(Performance.forLift(series, SQUAT)).extracting(SessionPerformance::pct)
                .containsExactly(105.0, 110.0);
    }

    @Test
    void otherExercisesAreIgnored() {
        List<SessionBest> series = List.of(best(0, 1, BENCH, 200), best(1, 2, SQUAT, 100), best(3, 3, SQUAT, 50));
        assertThat(Performance.forLift(series, SQUAT)).extracting(SessionPerformance::pct).containsExactly(50.0);
    }

    @Test
    void strengthIndexIsTheMeanOverTheMainLiftsWithAValue() {
        // w1 day 0: squat 100, bench 80, curl 30                     → no history: left out
        // w2 day 7: squat 105 (105 %), bench 76 (95 %), curl (not main) → (105 + 95) / 2 = 100
        // w3 day 14: deadlift 150 (first ever: no value), bench 84 vs max(80, 76) = 80 (105 %) → 105
        // w4 day 15: deadlift 140 vs 150 (93.33 %)                     → 93.33
        List<SessionBest> series = List.of(
                best(0, 1, SQUAT, 100), best(0, 1, BENCH, 80), best(0, 1, CURL, 30),
                best(7, 2, SQUAT, 105), best(7, 2, BENCH, 76), best(7, 2, CURL, 33),
                best(14, 3, DEADLIFT, 150), best(14, 3, BENCH, 84),
                best(15, 4, DEADLIFT, 140));
        List<SessionPerformance> index = Performance.strengthIndex(series, Set.of(SQUAT, BENCH, DEADLIFT));

        assertThat(index).extracting(SessionPerformance::workoutId).containsExactly(2L, 3L, 4L);
        assertThat(index.get(0).pct()).isCloseTo(100.0, within(1e-9));
        assertThat(index.get(1).pct()).isCloseTo(105.0, within(1e-9));
        assertThat(index.get(2).pct()).isCloseTo(93.333, within(0.001));
        assertThat(index.get(0).date()).isEqualTo(DAY0.plusDays(7));
    }

    @Test
    void tenYearsMatchANaiveRescanOfEveryWindow() {
        // ~2,000 sessions × 5 lifts over 10 years; the sliding window must agree with the obvious O(n²) scan.
        SplittableRandom random = new SplittableRandom(5);
        List<SessionBest> series = new ArrayList<>();
        long workout = 0;
        for (int day = 0; day < 3650; day += 1 + random.nextInt(3)) {
            workout++;
            for (long lift = 1; lift <= 5; lift++) {
                if (random.nextInt(4) > 0) {
                    series.add(best(day, workout, lift, 60 + lift * 20 + random.nextDouble(-15, 15) + day / 100.0));
                }
            }
        }
        for (long lift = 1; lift <= 5; lift++) {
            assertThat(Performance.forLift(series, lift)).isEqualTo(naive(series, lift));
        }
    }

    private static List<SessionPerformance> naive(List<SessionBest> series, long lift) {
        List<SessionPerformance> result = new ArrayList<>();
        for (SessionBest s : series) {
            if (s.exerciseId() != lift) {
                continue;
            }
            double max = series.stream()
                    .filter(o -> o.exerciseId() == lift && o.date().isBefore(s.date())
                            && !o.date().isBefore(s.date().minusDays(56)))
                    .mapToDouble(SessionBest::bestE1rm).max().orElse(Double.NaN);
            if (!Double.isNaN(max)) {
                result.add(new SessionPerformance(s.date(), s.workoutId(), s.bestE1rm() * 100 / max));
            }
        }
        return result;
    }

    @Test
    void aSessionBestMustBePositive() {
        assertThatThrownBy(() -> best(0, 12, SQUAT, 0))
                .hasMessageContaining("workout 12").hasMessageContaining("positive");
    }
}
