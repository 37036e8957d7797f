package dev.kip.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.kip.domain.LiftSet;
import dev.kip.domain.Routine;
import dev.kip.domain.SetType;
import dev.kip.domain.Workout;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalException;
import dev.kip.journal.RoutineStore;
import dev.kip.journal.WorkoutStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routines on a temporary journal: stored, saved from a workout, started, repeated, edited and deleted. */
class RoutinesTest {
    private static final LocalDate MON = LocalDate.of(2025, 5, 12);

    @TempDir
    Path dir;
    private Journal journal;
    private TrainingService service;
    private WorkoutStore workouts;
    private RoutineStore store;
    private final List<Change> published = new ArrayList<>();
    private long squat;
    private long bench;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("journal.db"));
        workouts = new WorkoutStore(journal);
        store = new RoutineStore(journal);
        Changes changes = Changes.direct();
        changes.subscribe(java.util.EnumSet.allOf(Change.class), published::add);
        service = new TrainingService(journal, new SettingsService(journal, Changes.direct()), changes,
                Clock.fixed(MON.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        ExerciseStore exercises = new ExerciseStore(journal);
        squat = exercises.byName("Back Squat").orElseThrow().id();
        bench = exercises.byName("Bench Press").orElseThrow().id();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private Workout logged(LocalDate date, String name, LiftSet... sets) {
        return workouts.insert(new Workout(null, date, LocalTime.of(7, 0), 60, 7.0, false, name, "", null, null, List.of(sets)));
    }

    @Test
    void aRoutineRoundTripsIsRenamedEditedAndDeletedWithItsExercises() {
        Routine saved = store.save(new Routine(null, " Squat day ", List.of(new Routine.Target(squat, 3, 5, 140.0),
                new Routine.Target(bench, 3, null, null))));
        assertThat(store.all()).containsExactly(new Routine(saved.id(), "Squat day", saved.exercises()));

        store.save(new Routine(saved.id(), "Legs", List.of(new Routine.Target(bench, 5, 5, 100.0))));
        assertThat(store.all()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Legs");
            assertThat(r.exercises()).containsExactly(new Routine.Target(bench, 5, 5, 100.0));
        });

        assertThatThrownBy(() -> store.save(new Routine(null, "LEGS", List.of(new Routine.Target(squat, 1, 1, null)))))
                .isInstanceOf(JournalException.class).hasMessage("A routine called 'LEGS' already exists.");
        assertThat(store.delete(saved.id())).isTrue();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void aWorkoutSavedAsARoutineKeepsItsWorkSetsMostCommonRepsAndTopWeight() {
        Workout w = logged(MON.minusDays(2), "", new LiftSet(squat, 1, SetType.WARM_UP, 60.0, 8, null, null),
                new LiftSet(squat, 2, SetType.WORKING, 140.0, 5, 8.0, null), new LiftSet(squat, 3, SetType.WORKING, 142.5, 5, 9.0, null),
                new LiftSet(squat, 4, SetType.WORKING, 140.0, 4, 9.5, null), new LiftSet(bench, 1, SetType.WORKING, null, 12, null, null));

        Routine r = service.saveRoutineFrom(w.id(), "Squat day");
        assertThat(r.exercises()).containsExactly(new Routine.Target(squat, 3, 5, 142.5), new Routine.Target(bench, 1, 12, null));
        assertThat(published).containsExactly(Change.ROUTINES);
        assertThat(service.plans().routines()).containsExactly(r);

        // Started today: three working sets of 5 at 142.5 kg, then the bench set; named after the routine.
        Workout started = service.start(r);
        assertThat(started.id()).isNull();
        assertThat(started.date()).isEqualTo(MON);
        assertThat(started.name()).isEqualTo("Squat day");
        assertThat(started.sets()).extracting(LiftSet::exerciseId, LiftSet::type, LiftSet::weightKg, LiftSet::reps).containsExactly(
                tuple(squat, SetType.WORKING, 142.5, 5), tuple(squat, SetType.WORKING, 142.5, 5), tuple(squat, SetType.WORKING, 142.5, 5),
                tuple(bench, SetType.WORKING, null, 12));
    }

    @Test
    void repeatingTheLastWorkoutOrTheLastOfANameCopiesItsSetsForToday() {
        logged(MON.minusDays(9), "Legs", new LiftSet(squat, 1, SetType.WORKING, 130.0, 5, 8.0, 2));
        logged(MON.minusDays(5), "Legs", new LiftSet(squat, 1, SetType.WARM_UP, 60.0, 5, null, null),
                new LiftSet(squat, 2, SetType.WORKING, 135.0, 5, 8.5, 1));
        logged(MON.minusDays(3), "Push", new LiftSet(bench, 1, SetType.WORKING, 100.0, 5, 8.0, null));
        assertThat(service.plans().recentNames()).containsExactly("Push", "Legs");

        Workout legs = service.repeat("Legs").orElseThrow();
        assertThat(legs.id()).isNull();
        assertThat(legs.date()).isEqualTo(MON);
        assertThat(legs.name()).isEqualTo("Legs");
        assertThat(legs.durationMin()).as("today's to say").isNull();
        assertThat(legs.sets()).extracting(LiftSet::type, LiftSet::weightKg, LiftSet::reps, LiftSet::rpe).containsExactly(
                tuple(SetType.WARM_UP, 60.0, 5, null), tuple(SetType.WORKING, 135.0, 5, null));
        assertThat(service.repeat(null).orElseThrow().name()).isEqualTo("Push");
        assertThat(service.repeat("Pull")).isEmpty();
    }

    @Test
    void aRoutineWithoutANameOrExercisesIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> service.saveRoutine(new Routine(null, " ", List.of(new Routine.Target(squat, 3, 5, null)))))
                .hasMessage("Routine name: expected a name, such as 'Squat day'");
        assertThatThrownBy(() -> service.saveRoutine(new Routine(null, "Empty", List.of())))
                .hasMessage("Routine 'Empty': expected at least one exercise");
        assertThat(store.all()).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void deletingAnExerciseThatNoSetUsesTakesItOutOfTheRoutines() {
        ExerciseStore exercises = new ExerciseStore(journal);
        long zercher = exercises.save(new dev.kip.domain.Exercise(null, "Zercher Squat", List.of())).id();
        Routine r = service.saveRoutine(new Routine(null, "Odd", List.of(new Routine.Target(zercher, 3, 5, null),
                new Routine.Target(squat, 3, 5, null))));
        exercises.delete(zercher);
        assertThat(store.all()).singleElement().extracting(Routine::exercises).asList()
                .containsExactly(new Routine.Target(squat, 3, 5, null));
        assertThat(service.deleteRoutine(r.id())).isTrue();
    }
}
