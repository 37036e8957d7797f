package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.SetType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrainingRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 14);

    @Test
    void weightsFromZeroToOneTonneAreFine() {
        assertThat(TrainingRules.weight(0.0)).isEmpty();
        assertThat(TrainingRules.weight(1000.0)).isEmpty();
        assertThat(TrainingRules.weight(null)).isEmpty();
        assertThat(TrainingRules.weight(-0.5)).contains("Weight: expected 0 to 1000 kg");
        assertThat(TrainingRules.weight(1000.01)).contains("Weight: expected 0 to 1000 kg");
        assertThat(TrainingRules.weight(Double.NaN)).contains("Weight: expected 0 to 1000 kg");
    }

    @Test
    void aWorkingSetNeedsAtLeastOneRepOtherSetsMayHaveNone() {
        assertThat(TrainingRules.reps(0, SetType.WORKING, false)).contains("Reps: a working set needs at least 1 rep");
        assertThat(TrainingRules.reps(null, SetType.WORKING, false)).contains("Reps: a working set needs at least 1 rep");
        assertThat(TrainingRules.reps(1, SetType.WORKING, false)).isEmpty();
        assertThat(TrainingRules.reps(0, SetType.FAILURE, false)).isEmpty();
        assertThat(TrainingRules.reps(-1, SetType.WARM_UP, false)).contains("Reps: expected 0 to 1000");
    }

    @Test
    void aHoldOrARunIsAWorkingSetWithoutReps() {
        assertThat(TrainingRules.reps(null, SetType.WORKING, true)).isEmpty();
        assertThat(TrainingRules.reps(-1, SetType.WORKING, true)).contains("Reps: expected 0 to 1000");
    }

    @Test
    void rpeIsOneToTenInHalvesAndRirZeroToTen() {
        assertThat(TrainingRules.rpe(1.0)).isEmpty();
        assertThat(TrainingRules.rpe(9.5)).isEmpty();
        assertThat(TrainingRules.rpe(10.0)).isEmpty();
        assertThat(TrainingRules.rpe(0.5)).isPresent();
        assertThat(TrainingRules.rpe(8.25)).contains("RPE: expected 1 to 10, in steps of 0.5");
        assertThat(TrainingRules.rpe(10.5)).isPresent();
        assertThat(TrainingRules.rir(0)).isEmpty();
        assertThat(TrainingRules.rir(10)).isEmpty();
        assertThat(TrainingRules.rir(11)).contains("RIR: expected 0 to 10 reps in reserve");
        assertThat(TrainingRules.rir(-1)).isPresent();
    }

    @Test
    void sessionRpeIsCr10FromZeroAndDurationIsWithinADay() {
        assertThat(TrainingRules.sessionRpe(0.0)).isEmpty();
        assertThat(TrainingRules.sessionRpe(10.5)).contains("Session RPE: expected 0 to 10 (CR-10), in steps of 0.5");
        assertThat(TrainingRules.duration(1440)).isEmpty();
        assertThat(TrainingRules.duration(1441)).contains("Duration: expected 0 to 1440 minutes");
    }

    @Test
    void todayIsFineTomorrowIsNotAndADateIsRequired() {
        assertThat(TrainingRules.date(TODAY, TODAY)).isEmpty();
        assertThat(TrainingRules.date(TODAY.plusDays(1), TODAY)).contains("Date: a workout cannot be in the future (today is Wed 14 May 2025)");
        assertThat(TrainingRules.date(null, TODAY)).contains("Date: expected a date such as Wed 14 May 2025");
    }
}
