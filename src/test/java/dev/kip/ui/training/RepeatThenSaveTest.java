package dev.kip.ui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Workout;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.WorkoutStore;
import dev.kip.service.JournalExecutor;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+R, then Ctrl+S before the repeated workout has come from the journal thread (a busy journal):
 * the journal work waits in a queue until the test lets it run, so the race is real. The save waits
 * for the workout and saves it whole, never the empty form it replaces.
 */
@ExtendWith(ApplicationExtension.class)
class RepeatThenSaveTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 14);

    /** The journal thread's queue: nothing in it runs until {@link #release} runs it. */
    private final Deque<Runnable> held = new ArrayDeque<>();
    @TempDir
    static Path dir;
    private ViewHarness harness;
    private WorkoutStore workouts;
    private long squat;

    @Start
    void start(Stage stage) {
        harness = ViewHarness.open(dir.resolve("journal-" + System.nanoTime() + ".db"),
                Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), new JournalExecutor(held::add, Runnable::run));
        workouts = new WorkoutStore(harness.journal());
        squat = new ExerciseStore(harness.journal()).byName("Back Squat").orElseThrow().id();
        workouts.insert(new Workout(null, TODAY.minusDays(3), LocalTime.of(18, 0), 45, 7.0, false, "", "Squat day", null, null, List.of(
                new LiftSet(squat, 1, SetType.WORKING, 100.0, 5, null, null),
                new LiftSet(squat, 2, SetType.WORKING, 100.0, 5, null, null),
                new LiftSet(squat, 3, SetType.WORKING, 100.0, 5, null, null))));
        ViewHarness.showOn(stage, new ViewLoader(harness.factory()).load("/dev/kip/ui/training/Training.fxml").root(), 1200, 780);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    /** Runs the journal thread's queue on the FX thread, as the window would get the results, until it is empty. */
    private void release(FxRobot robot) {
        while (!held.isEmpty()) {
            robot.interact(held.poll());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlSBeforeTheRepeatedWorkoutArrivesSavesItWhenItComes(FxRobot robot) {
        release(robot); // the view's first read: the list and an empty workout
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(held).as("the repeat is still being read").isNotEmpty();
        assertThat(workouts.count()).as("nothing saved before the workout is there").isEqualTo(1);

        release(robot);
        assertThat(workouts.count()).isEqualTo(2);
        Workout saved = workouts.latest(TODAY, 1).get(0);
        assertThat(saved.date()).isEqualTo(TODAY);
        assertThat(saved.sets()).extracting(LiftSet::exerciseId, LiftSet::weightKg, LiftSet::reps)
                .containsExactly(tuple(squat, 100.0, 5), tuple(squat, 100.0, 5), tuple(squat, 100.0, 5));
    }
}
