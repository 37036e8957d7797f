package dev.kip.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Settings;
import dev.kip.domain.Workout;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.WorkoutStore;
import dev.kip.ui.HeldJournalWork;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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
 * Typing in the workout editor is never replaced unasked: choosing another workout in the list (mouse or
 * arrow key) or starting a new one first asks to save it, let it go or stay.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedWorkoutTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 14);

    @TempDir
    static Path dir;
    private ViewHarness harness;
    private WorkoutStore workouts;
    private long newer;
    private long older;
    private final HeldJournalWork journalWork = new HeldJournalWork();

    @Start
    void start(Stage stage) {
        harness = ViewHarness.open(dir.resolve("journal-" + System.nanoTime() + ".db"),
                Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), journalWork.executor());
        workouts = new WorkoutStore(harness.journal());
        long bench = new ExerciseStore(harness.journal()).byName("Bench Press").orElseThrow().id();
        older = workouts.insert(new Workout(null, TODAY.minusDays(7), LocalTime.of(18, 0), 60, 7.0, false, "", "", null, null,
                List.of(new LiftSet(bench, 1, SetType.WORKING, 100.0, 5, null, null)))).id();
        newer = workouts.insert(new Workout(null, TODAY.minusDays(3), LocalTime.of(18, 0), 50, 7.0, false, "", "", null, null,
                List.of(new LiftSet(bench, 1, SetType.WORKING, 102.5, 5, null, null)))).id();
        ViewHarness.showOn(stage, new ViewLoader(harness.factory()).load("/dev/kip/ui/training/Training.fxml").root(), 1200, 780);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private static Node line(FxRobot robot, int index) {
        return robot.from(robot.lookup("#workout-list").queryAs(ListView.class)).lookup(".workout-what").nth(index).query();
    }

    private static ListView<?> list(FxRobot robot) {
        return robot.lookup("#workout-list").queryAs(ListView.class);
    }

    private static WorkoutEditor editor(FxRobot robot) {
        return robot.lookup(".workout-editor").queryAs(WorkoutEditor.class);
    }

    /** Opens the newer workout (the list's first line) and types into its first set's reps (stored: 5). */
    private void typeIntoNewer(FxRobot robot, String reps) {
        robot.clickOn(line(robot, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(question(robot)).as("nothing typed yet: nothing to ask").isEmpty();
        assertThat(editor(robot).workoutId()).isEqualTo(newer);
        robot.doubleClickOn(reps(robot)).write(reps);
    }

    private static TextField reps(FxRobot robot) {
        return robot.lookup(".set-reps").queryAllAs(TextField.class).iterator().next();
    }

    private static Optional<DialogPane> question(FxRobot robot) {
        return robot.lookup(".dialog-pane").tryQueryAs(DialogPane.class);
    }

    private static void answer(FxRobot robot, String button) {
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && button.equals(b.getText())).queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int storedReps(long id) {
        return workouts.find(id).orElseThrow().sets().get(0).reps();
    }

    @Test
    void anotherWorkoutChosenWithTheMouseAsksFirstAndDoesAsAnswered(FxRobot robot) {
        typeIntoNewer(robot, "6");
        robot.clickOn(line(robot, 1));
        assertThat(question(robot)).hasValueSatisfying(q -> assertThat(q.getHeaderText()).isEqualTo("Save your changes to this workout?"));

        answer(robot, "Cancel");
        assertThat(question(robot)).isEmpty();
        assertThat(editor(robot).workoutId()).isEqualTo(newer);
        assertThat(reps(robot).getText()).isEqualTo("6");
        assertThat(list(robot).getSelectionModel().getSelectedIndex()).isZero();

        robot.clickOn(line(robot, 1));
        answer(robot, "Don't save");
        assertThat(editor(robot).workoutId()).isEqualTo(older);
        assertThat(list(robot).getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(storedReps(newer)).isEqualTo(5);

        typeIntoNewer(robot, "6");
        robot.clickOn(line(robot, 1));
        answer(robot, "Save");
        assertThat(storedReps(newer)).isEqualTo(6);
        assertThat(editor(robot).workoutId()).isEqualTo(older);
        assertThat(list(robot).getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(question(robot)).isEmpty();
    }

    @Test
    void aSaveRefusedAsTypedStaysOnTheWorkoutAndSaysWhy(FxRobot robot) {
        typeIntoNewer(robot, "five");
        robot.clickOn(line(robot, 1));
        answer(robot, "Save");
        assertThat(question(robot)).isEmpty();
        assertThat(editor(robot).workoutId()).isEqualTo(newer);
        assertThat(list(robot).getSelectionModel().getSelectedIndex()).isZero();
        assertThat(reps(robot).getText()).isEqualTo("five");
        assertThat(robot.lookup("#workout-problems .problem").queryAllAs(Label.class)).isNotEmpty();
        assertThat(storedReps(newer)).isEqualTo(5);
    }

    @Test
    void theArrowKeyInTheListAsksAsTheMouseDoes(FxRobot robot) {
        typeIntoNewer(robot, "6");
        robot.clickOn(line(robot, 0)).type(KeyCode.DOWN);
        assertThat(question(robot)).isPresent();
        answer(robot, "Cancel");
        assertThat(editor(robot).workoutId()).isEqualTo(newer);
        assertThat(list(robot).getSelectionModel().getSelectedIndex()).isZero();

        robot.clickOn(line(robot, 0)).type(KeyCode.DOWN);
        answer(robot, "Don't save");
        assertThat(editor(robot).workoutId()).isEqualTo(older);
    }

    @Test
    void aNewWorkoutAsksFirstAndNothingTypedAsksNothing(FxRobot robot) {
        typeIntoNewer(robot, "6");
        robot.clickOn("#new-workout");
        assertThat(question(robot)).isPresent();
        answer(robot, "Cancel");
        assertThat(editor(robot).workoutId()).isEqualTo(newer);
        assertThat(reps(robot).getText()).isEqualTo("6");

        // Repeating the last workout (Ctrl+R) starts a new one too.
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        assertThat(question(robot)).isPresent();
        answer(robot, "Cancel");
        assertThat(editor(robot).workoutId()).isEqualTo(newer);
        assertThat(reps(robot).getText()).isEqualTo("6");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        answer(robot, "Don't save");
        assertThat(editor(robot).workoutId()).isNull();
        assertThat(list(robot).getSelectionModel().getSelectedItem()).isNull();

        // Typed back as stored: nothing to ask.
        typeIntoNewer(robot, "5");
        robot.clickOn(line(robot, 1));
        assertThat(question(robot)).isEmpty();
        assertThat(editor(robot).workoutId()).isEqualTo(older);
        robot.clickOn("#new-workout");
        assertThat(question(robot)).isEmpty();
        assertThat(editor(robot).workoutId()).isNull();
    }

    @Test
    void aSaveTheJournalFinishesAfterTheNextWorkoutOpenedLeavesTheEditorThere(FxRobot robot) {
        typeIntoNewer(robot, "6");
        journalWork.hold();
        robot.clickOn(line(robot, 1));
        answer(robot, "Save");
        robot.interact(journalWork::release);
        assertThat(storedReps(newer)).isEqualTo(6);
        assertThat(editor(robot).workoutId()).isEqualTo(older);
        assertThat(list(robot).getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(editor(robot).hasUnsavedTyping()).isFalse();
    }

    @Test
    void newUnitsAskBeforeTheEditorIsBuiltAgainAndTypingKeptWaitsForTheNextWorkout(FxRobot robot) {
        typeIntoNewer(robot, "6");
        WorkoutEditor typedIn = editor(robot);
        Settings pounds = new Settings(Settings.MassUnit.LB, Settings.TempUnit.C, true, 480, Settings.E1rmFormula.EPLEY, "",
                Settings.Theme.LIGHT, Settings.Paper.A4, 0.1);
        Platform.runLater(() -> harness.context().settings().settingsProperty().set(pounds));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(question(robot)).hasValueSatisfying(q -> assertThat(q.getHeaderText()).isEqualTo("Save your changes to this workout?"));
        answer(robot, "Cancel");
        assertThat(editor(robot)).isSameAs(typedIn);
        assertThat(reps(robot).getText()).isEqualTo("6");
        assertThat(robot.lookup(".set-weight").queryAs(TextField.class).getText()).as("still as it was built").isEqualTo("102.5");

        // The next workout shown is in the new units.
        robot.clickOn(line(robot, 1));
        answer(robot, "Don't save");
        assertThat(editor(robot).workoutId()).isEqualTo(older);
        assertThat(robot.lookup(".set-weight").queryAs(TextField.class).getText()).isEqualTo("220.5");
    }
}
