package dev.kip.journal;

import dev.kip.domain.Exercise;
import dev.kip.domain.LiftSet;
import dev.kip.domain.RegionLoad;
import dev.kip.domain.SetType;
import dev.kip.domain.Workout;
import dev.kip.domain.WorkoutSummary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Round trips of workouts, sets and exercises through a temporary journal, and the Training view's SQL aggregates. */
class TrainingQueriesTest {
    private static final LocalDate D1 = LocalDate.of(2025, 3, 3);
    private static final LocalDate D2 = LocalDate.of(2025, 3, 6);

    @TempDir
    Path dir;
    private Journal journal;
    private WorkoutStore workouts;
    private ExerciseStore exercises;
    private TrainingQueries queries;
    private long press;
    private long curl;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("journal.db"));
        workouts = new WorkoutStore(journal);
        exercises = new ExerciseStore(journal);
        queries = new TrainingQueries(journal);
        press = exercises.save(new Exercise(null, "Test Press", List.of(new RegionLoad("FRONT.CHEST.L", 1.0)))).id();
        curl = exercises.save(new Exercise(null, "Test Curl", List.of())).id();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private Workout workout(LocalDate date, Integer minutes, Double srpe, LiftSet... sets) {
        return workouts.insert(new Workout(null, date, LocalTime.of(18, 30), minutes, srpe, true, "", "heavy day", null, null, List.of(sets)));
    }

    @Test
    void aWorkoutWithItsSetsRoundTripsAndUpdatesAndDeletes() {
        Workout w = workout(D1, 60, 7.5,
                new LiftSet(press, 1, SetType.WARM_UP, 40.0, 10, null, null),
                new LiftSet(press, 2, SetType.WORKING, 102.0582, 5, 8.5, 2),
                new LiftSet(curl, 1, SetType.FAILURE, null, 12, null, 0));
        Workout back = workouts.find(w.id()).orElseThrow();
        assertThat(back).isEqualTo(w);

        Workout edited = w.withSets(List.of(new LiftSet(press, 1, SetType.DROP, 80.0, 8, null, null)));
        workouts.update(edited);
        assertThat(workouts.find(w.id()).orElseThrow().sets()).containsExactly(new LiftSet(press, 1, SetType.DROP, 80.0, 8, null, null));

        assertThat(workouts.delete(w.id())).isTrue();
        assertThat(workouts.find(w.id())).isEmpty();
        assertThat(queries.exerciseHistory(press)).isEmpty();
    }

    @Test
    void renamingAnExerciseKeepsItsHistory() {
        workout(D1, 60, 7.0, new LiftSet(press, 1, SetType.WORKING, 100.0, 5, null, null));
        exercises.save(new Exercise(press, "Paused Press", List.of(new RegionLoad("FRONT.CHEST.R", 0.5))));
        assertThat(exercises.byId(press).orElseThrow().name()).isEqualTo("Paused Press");
        assertThat(exercises.byId(press).orElseThrow().regions()).containsExactly(new RegionLoad("FRONT.CHEST.R", 0.5));
        assertThat(queries.exerciseHistory(press)).hasSize(1);
        assertThat(queries.summaries().get(0).exercises()).isEqualTo("Paused Press");
        assertThatThrownBy(() -> exercises.save(new Exercise(null, "paused press", List.of())))
                .hasMessageContaining("already exists");
    }

    @Test
    void summariesListNewestFirstWithSetCountsAndExerciseNamesInLoggedOrder() {
        Workout older = workout(D1, 60, 7.0, new LiftSet(curl, 1, SetType.WORKING, 20.0, 10, null, null),
                new LiftSet(press, 1, SetType.WORKING, 100.0, 5, null, null), new LiftSet(curl, 2, SetType.WORKING, 20.0, 9, null, null));
        Workout newer = workout(D2, null, null);
        List<WorkoutSummary> list = queries.summaries();
        assertThat(list).extracting(WorkoutSummary::id).containsExactly(newer.id(), older.id());
        assertThat(list.get(1).setCount()).isEqualTo(3);
        assertThat(list.get(1).exercises()).isEqualTo("Test Curl, Test Press");
        assertThat(list.get(0).setCount()).isZero();
        assertThat(list.get(0).exercises()).isEmpty();
    }

    /** The Training view puts a saved workout's line in its list from the workout itself: it must match the query's. */
    @Test
    void aSummaryMadeFromAWorkoutIsTheQuerysAndSortsInTheQuerysOrder() {
        Workout older = workout(D1, 60, 7.0, new LiftSet(curl, 1, SetType.WORKING, 20.0, 10, null, null),
                new LiftSet(press, 1, SetType.WORKING, 100.0, 5, null, null), new LiftSet(curl, 2, SetType.WORKING, 20.0, 9, null, null));
        workouts.insert(new Workout(null, D2, null, null, null, false, "", "", null, null, List.of()));
        workout(D2, 30, 6.0, new LiftSet(press, 1, SetType.WORKING, 90.0, 5, null, null));
        workout(D2, 45, 6.0);
        List<WorkoutSummary> list = queries.summaries();
        assertThat(list).isSortedAccordingTo(WorkoutSummary.NEWEST_FIRST);
        java.util.Map<Long, String> names = java.util.Map.of(press, "Test Press", curl, "Test Curl");
        assertThat(WorkoutSummary.of(older, names)).isEqualTo(list.get(list.size() - 1));
    }

    @Test
    void theNewestSummariesAreTheFirstLinesOfAllOfThem() {
        // Same days, workouts without a start or without sets: the order's ties are broken the same way in both.
        for (int i = 0; i < 12; i++) {
            LocalDate day = D1.plusDays(i / 3);
            if (i % 4 == 0) {
                workouts.insert(new Workout(null, day, null, null, null, false, "", "", null, null, List.of()));
            } else {
                workout(day, 40 + i, 7.0, new LiftSet(i % 2 == 0 ? press : curl, 1, SetType.WORKING, 50.0 + i, 5, null, null),
                        new LiftSet(press, 2, SetType.WORKING, 60.0, 3, null, null));
            }
        }
        List<WorkoutSummary> all = queries.summaries();
        assertThat(queries.workoutCount()).isEqualTo(12);
        for (int count : new int[]{0, 1, 5, 12, 40}) {
            assertThat(queries.newestSummaries(count)).as("newest %d", count).isEqualTo(all.subList(0, Math.min(count, 12)));
        }
        assertThatThrownBy(() -> queries.newestSummaries(-1)).hasMessageContaining("expected 0 or more");
    }

    @Test
    void exerciseHistoryHoldsOnlyThatExercisesSetsOldestFirst() {
        workout(D2, 60, 7.0, new LiftSet(press, 1, SetType.WORKING, 105.0, 5, null, null),
                new LiftSet(curl, 1, SetType.WORKING, 30.0, 10, null, null));
        workout(D1, 60, 7.0, new LiftSet(press, 1, SetType.WORKING, 100.0, 5, null, null));
        List<Workout> history = queries.exerciseHistory(press);
        assertThat(history).extracting(Workout::date).containsExactly(D1, D2);
        assertThat(history.get(1).sets()).extracting(LiftSet::exerciseId).containsOnly(press);
    }

    @Test
    void dailyLoadIsSessionRpeTimesMinutesSummedPerDaySkippingUnknownLoads() {
        workout(D1, 60, 7.0);  // 420
        workout(D1, 30, 5.0);  // 150 → 570 on D1
        workout(D2, 45, null); // no RPE: no known load
        assertThat(queries.dailyLoad()).containsExactly(java.util.Map.entry(D1, 570.0));
    }

    @Test
    void theLastSessionOfAnExerciseIsTheNewestBeforeTheWorkoutWithOnlyItsSets() {
        Workout first = workout(D1, 60, 7.0, new LiftSet(press, 1, SetType.WORKING, 100.0, 5, null, null));
        Workout second = workout(D2, 60, 7.0, new LiftSet(curl, 1, SetType.WORKING, 20.0, 12, null, null),
                new LiftSet(press, 1, SetType.WARM_UP, 60.0, 8, null, null), new LiftSet(press, 2, SetType.WORKING, 102.5, 5, 8.0, null));
        Workout later = workout(D2.plusDays(3), 60, 7.0, new LiftSet(curl, 1, SetType.WORKING, 22.5, 10, null, null));

        // A new workout (no id) after all of them: the press of D2, without the curl.
        Workout last = queries.previousSession(press, D2.plusDays(5), null).orElseThrow();
        assertThat(last.id()).isEqualTo(second.id());
        assertThat(last.sets()).extracting(LiftSet::weightKg, LiftSet::reps, LiftSet::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(60.0, 8, SetType.WARM_UP), org.assertj.core.groups.Tuple.tuple(102.5, 5, SetType.WORKING));
        // Editing D2's workout: last time is D1's; editing D1's: there is none.
        assertThat(queries.previousSession(press, D2, second.id()).orElseThrow().id()).isEqualTo(first.id());
        assertThat(queries.previousSession(press, D1, first.id())).isEmpty();
        // A new workout on D2 itself counts D2's saved workout as last time.
        assertThat(queries.previousSession(press, D2, null).orElseThrow().id()).isEqualTo(second.id());
        assertThat(queries.previousSession(curl, D2.plusDays(5), null).orElseThrow().id()).isEqualTo(later.id());
    }
}
