package dev.kip.insight;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Settings;
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
}
