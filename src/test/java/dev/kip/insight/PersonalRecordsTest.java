package dev.kip.insight;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.kip.domain.Settings.E1rmFormula.EPLEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * A squat history (exercise 7):
 * <pre>
 * day 1, workout 1: warm-up 60×5; 100×5 (e1RM 116.67), 100×5, 105×3 (e1RM 115.5)   → baseline, no records
 * day 2, workout 2: warm-up 140×1 (heavier than anything: doesn't count);
 *                   105×3 (ties heaviest and reps at 105: no record);
 *                   100×6 (6 > 5 reps at 100; e1RM 100 × 1.2 = 120 > 116.67)          → 2 records
 * day 3, workout 3: 107.5×2 (heavier than 105; e1RM 114.67 < 120; first set at 107.5)  → heaviest only
 * </pre>
 */
class PersonalRecordsTest {

    private static final LocalDate DAY1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate DAY2 = LocalDate.of(2024, 1, 4);
    private static final LocalDate DAY3 = LocalDate.of(2024, 1, 8);

    private static DatedSet squat(LocalDate date, long workout, SetType type, double kg, int reps) {
        return new DatedSet(date, workout, new LiftSet(7, 1, type, kg, reps, null, null));
    }

    private static final List<DatedSet> SESSION1 = List.of(
            squat(DAY1, 1, SetType.WARM_UP, 60, 5),
            squat(DAY1, 1, SetType.WORKING, 100, 5),
            squat(DAY1, 1, SetType.WORKING, 100, 5),
            squat(DAY1, 1, SetType.WORKING, 105, 3));
    private static final List<DatedSet> SESSION2 = List.of(
            squat(DAY2, 2, SetType.WARM_UP, 140, 1),
            squat(DAY2, 2, SetType.WORKING, 105, 3),
            squat(DAY2, 2, SetType.WORKING, 100, 6));
    private static final List<DatedSet> SESSION3 = List.of(
            squat(DAY3, 3, SetType.WORKING, 107.5, 2));

    private static List<DatedSet> concat(List<DatedSet> a, List<DatedSet> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void theFirstSessionIsABaselineNotARecord() {
        assertThat(PersonalRecords.recordsSetBy(SESSION1, List.of(), EPLEY)).isEmpty();
    }

    @Test
    void setsClimbingWithinTheFirstDayAreNotRecordsEvenAcrossTwoWorkouts() {
        List<DatedSet> morning = List.of(squat(DAY1, 1, SetType.WORKING, 80, 5));
        List<DatedSet> evening = List.of(squat(DAY1, 2, SetType.WORKING, 90, 8));
        assertThat(PersonalRecords.recordsSetBy(evening, morning, EPLEY)).isEmpty();
    }

    @Test
    void moreRepsAtAWeightAndABetterE1rmAreRecordsButTiesAndWarmUpsAreNot() {
        List<RecordEvent> events = PersonalRecords.recordsSetBy(SESSION2, SESSION1, EPLEY);

        assertThat(events).extracting(RecordEvent::kind, e -> e.by().set().weightKg(), e -> e.by().workoutId())
                .containsExactly(
                        tuple(RecordKind.BEST_E1RM, 100.0, 2L),
                        tuple(RecordKind.MOST_REPS_AT_WEIGHT, 100.0, 2L));
        assertThat(events.get(0).value()).isCloseTo(120.0, within(1e-9));
        assertThat(events.get(0).previous()).isCloseTo(116.67, within(0.005));
        assertThat(events.get(1).value()).isEqualTo(6.0);
        assertThat(events.get(1).previous()).isEqualTo(5.0);
    }

    @Test
    void aNewHeaviestWeight() {
        List<RecordEvent> events = PersonalRecords.recordsSetBy(SESSION3, concat(SESSION1, SESSION2), EPLEY);

        assertThat(events).extracting(RecordEvent::kind, RecordEvent::value, RecordEvent::previous)
                .containsExactly(tuple(RecordKind.HEAVIEST_WEIGHT, 107.5, 105.0));
        assertThat(events.get(0).by().date()).isEqualTo(DAY3);
    }

    @Test
    void loggingSetsOneByOneGivesTheSameRecordsAsAllAtOnce() {
        List<DatedSet> history = new ArrayList<>(SESSION1);
        List<RecordEvent> oneByOne = new ArrayList<>();
        for (DatedSet s : concat(SESSION2, SESSION3)) {
            oneByOne.addAll(PersonalRecords.recordsSetBy(List.of(s), history, EPLEY));
            history.add(s);
        }
        assertThat(oneByOne).isEqualTo(PersonalRecords.recordsSetBy(concat(SESSION2, SESSION3), SESSION1, EPLEY));
        assertThat(oneByOne).hasSize(3);
    }

    @Test
    void theBestsTableKeepsTheFirstSetToReachEachBest() {
        CurrentBests bests = PersonalRecords.currentBests(concat(concat(SESSION3, SESSION1), SESSION2), EPLEY);

        assertThat(bests.heaviest()).extracting(Best::value, Best::date, Best::workoutId).containsExactly(107.5, DAY3, 3L);
        assertThat(bests.bestE1rm().value()).isCloseTo(120.0, within(1e-9));
        assertThat(bests.bestE1rm().reps()).isEqualTo(6);
        // 60 (warm-up) and 140 (warm-up) are not weights of the table; the tie 105×3 on day 2 keeps day 1.
        assertThat(bests.mostRepsByWeight()).containsOnlyKeys(100.0, 105.0, 107.5);
        assertThat(bests.mostRepsByWeight().get(100.0)).extracting(Best::reps, Best::date).containsExactly(6, DAY2);
        assertThat(bests.mostRepsByWeight().get(105.0)).extracting(Best::reps, Best::date).containsExactly(3, DAY1);
    }

    @Test
    void onlyWarmUpsGiveAnEmptyTable() {
        CurrentBests bests = PersonalRecords.currentBests(List.of(squat(DAY1, 1, SetType.WARM_UP, 60, 5)), EPLEY);
        assertThat(bests.heaviestSet()).isEmpty();
        assertThat(bests.bestE1rmSet()).isEmpty();
        assertThat(bests.mostRepsByWeight()).isEmpty();
    }

    @Test
    void aHighRepSetDoesNotSetAnE1rmRecord() {
        // 80 × 20: Epley 80 × (1 + 20/30) = 133.33 > 116.67, but above 12 reps the estimate is too loose.
        // Nor is it a reps record: nothing was lifted at 80 kg before.
        List<DatedSet> highReps = List.of(squat(DAY2, 2, SetType.WORKING, 80, 20));
        assertThat(PersonalRecords.recordsSetBy(highReps, SESSION1, EPLEY)).isEmpty();
    }

    @Test
    void weightsAreComparedToTheHundredth() {
        // 100.004 kg is 100.00 kg: no heavier weight; 6 reps at it beat 5 reps at 100.
        List<DatedSet> next = List.of(squat(DAY2, 2, SetType.WORKING, 100.004, 6));
        assertThat(PersonalRecords.recordsSetBy(next, List.of(squat(DAY1, 1, SetType.WORKING, 100, 5)), EPLEY))
                .extracting(RecordEvent::kind)
                .containsExactly(RecordKind.BEST_E1RM, RecordKind.MOST_REPS_AT_WEIGHT);
    }

    @Test
    void mixingExercisesIsRejected() {
        DatedSet bench = new DatedSet(DAY2, 2, new LiftSet(8, 1, SetType.WORKING, 80.0, 5, null, null));
        assertThatThrownBy(() -> PersonalRecords.recordsSetBy(List.of(bench), SESSION1, EPLEY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mixes exercises 7 and 8");
    }
}
