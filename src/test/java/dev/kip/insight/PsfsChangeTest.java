package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kip.domain.PsfsActivity;
import dev.kip.domain.PsfsRating;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the PSFS change: minimal detectable change 2 on the average, 3 on one activity (Stratford et al. 1995). */
class PsfsChangeTest {
    private static final LocalDate W1 = LocalDate.of(2026, 1, 5);
    private static final LocalDate W4 = W1.plusWeeks(3);
    private static final PsfsActivity SQUAT = new PsfsActivity(1L, "squat to depth", W1, null);
    private static final PsfsActivity MEETING = new PsfsActivity(2L, "sit through a meeting", W1, null);
    private static final PsfsActivity SLEEP = new PsfsActivity(3L, "sleep on my left side", W1, null);

    private static PsfsRating r(LocalDate d, PsfsActivity a, int score) {
        return new PsfsRating(d, a.id(), score);
    }

    @Test
    void threeActivitiesOverFourWeeks() {
        // squat 2 → 6 (+4, beyond 3); meeting 5 → 6 (+1); sleep 4 → 5 (+1). Average 3.67 → 5.67: +2.0, beyond 2.
        List<PsfsRating> ratings = List.of(r(W1, SQUAT, 2), r(W1, MEETING, 5), r(W1, SLEEP, 4),
                r(W1.plusWeeks(1), SQUAT, 4), r(W4, SQUAT, 6), r(W4, MEETING, 6), r(W4, SLEEP, 5));
        PsfsChange.Summary s = PsfsChange.of(List.of(SQUAT, MEETING, SLEEP), ratings, W4);

        assertThat(s.activities()).extracting(a -> a.activity().name()).containsExactly("squat to depth", "sit through a meeting",
                "sleep on my left side");
        PsfsChange.Activity squat = s.activities().get(0);
        assertThat(squat.ratings()).hasSize(3);
        assertThat(squat.change()).isEqualTo(4);
        assertThat(squat.beyondError()).isTrue();
        assertThat(s.activities().get(1).beyondError()).isFalse();
        assertThat(s.firstAverage().getAsDouble()).isCloseTo(11 / 3.0, within(1e-9));
        assertThat(s.latestAverage().getAsDouble()).isCloseTo(17 / 3.0, within(1e-9));
        assertThat(s.averageChange().getAsDouble()).isCloseTo(2.0, within(1e-9));
        assertThat(s.averageBeyondError()).isTrue();
        assertThat(s.latestDate()).isEqualTo(W4);
    }

    @Test
    void smallChangesAndWorseningOnes() {
        // squat 6 → 4 (−2, within error); meeting 7 → 4 (−3, beyond: worse). Average 6.5 → 4.0: −2.5, beyond.
        List<PsfsRating> ratings = List.of(r(W1, SQUAT, 6), r(W1, MEETING, 7), r(W4, SQUAT, 4), r(W4, MEETING, 4));
        PsfsChange.Summary s = PsfsChange.of(List.of(SQUAT, MEETING, SLEEP), ratings, W4);
        assertThat(s.activities()).hasSize(2);
        assertThat(s.activities().get(0).beyondError()).isFalse();
        assertThat(s.activities().get(1).change()).isEqualTo(-3);
        assertThat(s.activities().get(1).beyondError()).isTrue();
        assertThat(s.averageChange().getAsDouble()).isCloseTo(-2.5, within(1e-9));
        assertThat(s.averageBeyondError()).isTrue();
    }

    @Test
    void ratingsAfterTheDayAskedAreLeftOut() {
        List<PsfsRating> ratings = List.of(r(W1, SQUAT, 2), r(W4, SQUAT, 9));
        PsfsChange.Summary s = PsfsChange.of(List.of(SQUAT), ratings, W4.minusDays(1));
        assertThat(s.activities().get(0).change()).isZero();
        assertThat(s.averageBeyondError()).isFalse();
        assertThat(PsfsChange.of(List.of(SQUAT), List.of(), W4).isEmpty()).isTrue();
    }
}
