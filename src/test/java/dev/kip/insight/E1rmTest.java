package dev.kip.insight;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SessionBest;
import dev.kip.domain.SetType;
import dev.kip.domain.Settings;
import dev.kip.domain.TopSet;
import dev.kip.domain.Workout;
import org.junit.jupiter.api.Test;

import static dev.kip.domain.Settings.E1rmFormula.BRZYCKI;
import static dev.kip.domain.Settings.E1rmFormula.EPLEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class E1rmTest {

    private static LiftSet set(SetType type, Double kg, Integer reps) {
        return new LiftSet(1, 1, type, kg, reps, null, null);
    }

    @Test
    void epleyHundredForFive() {
        // 100 × (1 + 5/30) = 100 × 1.1667 = 116.67
        assertThat(E1rm.estimate(100, 5, EPLEY).getAsDouble()).isCloseTo(116.67, within(0.005));
    }

    @Test
    void brzyckiHundredForFive() {
        // 100 × 36 / (37 − 5) = 3600 / 32 = 112.5
        assertThat(E1rm.estimate(100, 5, BRZYCKI).getAsDouble()).isEqualTo(112.5);
    }

    @Test
    void aSingleIsItsOwnMaxUnderBothFormulas() {
        // Raw Epley would give 100 × 31/30 = 103.33; a logged single is taken as the 1RM itself.
        assertThat(E1rm.estimate(100, 1, EPLEY).getAsDouble()).isEqualTo(100.0);
        assertThat(E1rm.estimate(100, 1, BRZYCKI).getAsDouble()).isEqualTo(100.0);
        // Two reps still estimate more than the weight: 100 × 32/30 = 106.67 and 100 × 36/35 = 102.86.
        assertThat(E1rm.estimate(100, 2, EPLEY).getAsDouble()).isCloseTo(106.67, within(0.005));
        assertThat(E1rm.estimate(100, 2, BRZYCKI).getAsDouble()).isCloseTo(102.86, within(0.005));
    }

    @Test
    void formulaComesFromSettings() {
        LiftSet working = set(SetType.WORKING, 100.0, 5);
        assertThat(E1rm.of(working, Settings.DEFAULTS.e1rmFormula()).getAsDouble()).isCloseTo(116.67, within(0.005));
    }

    @Test
    void warmUpsAndIncompleteSetsNeverCount() {
        assertThat(E1rm.of(set(SetType.WARM_UP, 140.0, 1), EPLEY)).isEmpty();
        assertThat(E1rm.of(set(SetType.WORKING, null, 10), EPLEY)).isEmpty();
        assertThat(E1rm.of(set(SetType.WORKING, 0.0, 10), EPLEY)).isEmpty();
        assertThat(E1rm.of(set(SetType.WORKING, 100.0, 0), EPLEY)).isEmpty();
        assertThat(E1rm.of(set(SetType.WORKING, 100.0, -3), EPLEY)).isEmpty();
        assertThat(E1rm.of(set(SetType.WORKING, 100.0, null), EPLEY)).isEmpty();
    }

    @Test
    void dropAndFailureSetsCount() {
        // 80 × (1 + 10/30) = 106.67
        assertThat(E1rm.of(set(SetType.DROP, 80.0, 10), EPLEY).getAsDouble()).isCloseTo(106.67, within(0.005));
        assertThat(E1rm.of(set(SetType.FAILURE, 80.0, 10), EPLEY).getAsDouble()).isCloseTo(106.67, within(0.005));
    }

    @Test
    void brzyckiIsUndefinedFromThirtySevenReps() {
        // 36 reps: 100 × 36 / 1 = 3600 (defined, though meaningless: it is low confidence)
        assertThat(E1rm.estimate(100, 36, BRZYCKI).getAsDouble()).isEqualTo(3600.0);
        assertThat(E1rm.estimate(100, 37, BRZYCKI)).isEmpty();
        assertThat(E1rm.estimate(100, 50, BRZYCKI)).isEmpty();
        // Epley has no such pole: 100 × (1 + 37/30) = 223.33
        assertThat(E1rm.estimate(100, 37, EPLEY).getAsDouble()).isCloseTo(223.33, within(0.005));
    }

    @Test
    void lowConfidenceAboveTwelveReps() {
        assertThat(E1rm.isLowConfidence(12)).isFalse();
        assertThat(E1rm.isLowConfidence(13)).isTrue();
        assertThat(E1rm.isLowConfidence(1)).isFalse();
    }

    @Test
    void aSetWithoutTypeIsRejectedWithItsPlace() {
        assertThatThrownBy(() -> E1rm.of(new LiftSet(4, 2, null, 100.0, 5, null, null), EPLEY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("set 2 of exercise 4")
                .hasMessageContaining("set type");
    }

    @Test
    void sessionBestsTakeTheBestWorkSetOfEachSessionAndNeverAWarmUp() {
        java.time.LocalDate d1 = java.time.LocalDate.of(2026, 3, 2);
        java.time.LocalDate d2 = d1.plusDays(3);
        // D1: warm-up 150 × 1 (ignored), 100 × 5 → Epley 100 × (1 + 5/30) = 116.67, 110 × 1 → a single is itself: 110.
        // D2: 90 × 15 → 90 × 1.5 = 135 (low confidence: 15 > 12 reps); Brzycki: 90 × 36 / 22 = 147.27.
        java.util.List<Workout> sessions = java.util.List.of(
                workout(1L, d1, new LiftSet(7, 1, SetType.WARM_UP, 150.0, 1, null, null),
                        new LiftSet(7, 2, SetType.WORKING, 100.0, 5, null, null), new LiftSet(7, 3, SetType.WORKING, 110.0, 1, null, null)),
                workout(2L, d2, new LiftSet(7, 1, SetType.DROP, 90.0, 15, null, null),
                        new LiftSet(8, 1, SetType.WORKING, 30.0, 10, null, null)));
        java.util.List<SessionBest> epley = E1rm.sessionBests(sessions, java.util.Set.of(7L), EPLEY);
        assertThat(epley).extracting(SessionBest::workoutId).containsExactly(1L, 2L);
        assertThat(epley.get(0).bestE1rm()).isCloseTo(116.667, within(0.001));
        assertThat(epley.get(0).weightKg()).isEqualTo(100.0);
        assertThat(epley.get(0).reps()).isEqualTo(5);
        assertThat(epley.get(1).bestE1rm()).isCloseTo(135.0, within(1e-9));
        assertThat(epley.get(1).reps()).isEqualTo(15);
        // Brzycki on D1: 100 × 36/32 = 112.5 beats the 110 single.
        java.util.List<SessionBest> brzycki = E1rm.sessionBests(sessions, java.util.Set.of(7L), BRZYCKI);
        assertThat(brzycki.get(0).bestE1rm()).isCloseTo(112.5, within(1e-9));
        assertThat(brzycki.get(1).bestE1rm()).isCloseTo(147.273, within(0.001));
    }

    @Test
    void sessionBestsFromTopSetsSkipWhatTheFormulaCannotEstimate() {
        java.time.LocalDate d = java.time.LocalDate.of(2026, 3, 2);
        java.util.List<TopSet> tops = java.util.List.of(new TopSet(d, 1, 7, 40, 50.0), new TopSet(d, 2, 7, 3, 100.0),
                new TopSet(d, 2, 7, 40, 60.0));
        // Brzycki is undefined from 37 reps: workout 1 has no best under it, workout 2 keeps its set of 3.
        assertThat(E1rm.sessionBests(tops, BRZYCKI)).extracting(SessionBest::workoutId, SessionBest::reps)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 3));
        // Epley: 60 × (1 + 40/30) = 140 beats 100 × 1.1 = 110.
        assertThat(E1rm.sessionBests(tops, EPLEY)).extracting(SessionBest::workoutId, SessionBest::weightKg)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 50.0), org.assertj.core.groups.Tuple.tuple(2L, 60.0));
    }

    private static Workout workout(long id, java.time.LocalDate date, LiftSet... sets) {
        return new Workout(id, date, null, 60, 7.0, false, "", "", null, null, java.util.List.of(sets));
    }
}
