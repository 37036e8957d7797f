package dev.kip.ui.training;

import dev.kip.domain.Exercise;
import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Workout;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.WorkoutStore;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merging a wrongly imported exercise in the Lifts tab: "Squat (Barbell)" (one session) goes into
 * Back Squat (one session), then Undo puts it back.
 */
@ExtendWith(ApplicationExtension.class)
class MergeExerciseViewTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 14);

    @TempDir
    static Path dir;
    private ViewHarness harness;

    @Start
    void start(Stage stage) {
        harness = ViewHarness.open(dir.resolve("journal-" + System.nanoTime() + ".db"), Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        ExerciseStore exercises = new ExerciseStore(harness.journal());
        WorkoutStore workouts = new WorkoutStore(harness.journal());
        long squat = exercises.byName("Back Squat").orElseThrow().id();
        long imported = exercises.save(new Exercise(null, "Squat (Barbell)", List.of())).id();
        workouts.insert(new Workout(null, TODAY.minusDays(7), LocalTime.of(18, 0), 60, 7.0, false, "", "", null, null, List.of(
                new LiftSet(squat, 1, SetType.WORKING, 140.0, 5, 8.0, null))));
        workouts.insert(new Workout(null, TODAY.minusDays(3), LocalTime.of(18, 0), 60, 7.0, false, "", "", null, null, List.of(
                new LiftSet(imported, 1, SetType.WORKING, 142.5, 5, 8.0, null))));
        ViewHarness.showOn(stage, new ViewLoader(harness.factory()).load("/dev/kip/ui/training/Training.fxml").root(), 1200, 780);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void mergesAnExerciseIntoAnotherSaysWhatMovesAndUndoPutsItBack(FxRobot robot) {
        LiftsPane lifts = openLifts(robot, "Squat (Barbell)");
        assertThat(lifts.confidence.getText()).startsWith("1 session;");

        pickMergeTarget(robot, "Back Squat");
        DialogPane confirm = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(d -> d.lookup("#merge-dialog") == null && d.getId() == null).findFirst().orElseThrow();
        assertThat(robot.from(confirm).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("Move 1 session of 'Squat (Barbell)' into 'Back Squat'; 'Squat (Barbell)' becomes a name Back Squat is also known as."));
        robot.clickOn(button(robot, "Merge"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lifts.exercises.getItems()).extracting(Exercise::name).doesNotContain("Squat (Barbell)");
        assertThat(lifts.title.getText()).isEqualTo("Back Squat");
        assertThat(lifts.confidence.getText()).startsWith("2 sessions;");
        assertThat(lifts.merged.getText()).isEqualTo("Merged 'Squat (Barbell)' into 'Back Squat'.");

        robot.clickOn(lifts.undoMerge);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lifts.exercises.getItems()).extracting(Exercise::name).contains("Squat (Barbell)");
        assertThat(lifts.title.getText()).isEqualTo("Squat (Barbell)");
        assertThat(lifts.confidence.getText()).startsWith("1 session;");
        assertThat(lifts.undoMerge.getParent().isVisible()).isFalse();
    }

    @Test
    void anExerciseIsNotMergedIntoItself(FxRobot robot) {
        LiftsPane lifts = openLifts(robot, "Back Squat");
        pickMergeTarget(robot, "Back Squat");
        assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("'Back Squat' cannot be merged into itself"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lifts.exercises.getItems()).extracting(Exercise::name).contains("Back Squat");
        assertThat(lifts.merged.getText()).isEmpty();
    }

    private static LiftsPane openLifts(FxRobot robot, String exercise) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        LiftsPane lifts = robot.lookup("#lifts-pane").queryAs(LiftsPane.class);
        // Finds it by keyboard, as a lifter would: type in the search box, Enter takes the first match.
        robot.clickOn(lifts.filter).write(exercise).type(KeyCode.ENTER);
        assertThat(lifts.title.getText()).isEqualTo(exercise);
        return lifts;
    }

    /** Clicks "Merge into…", picks {@code target} in the dialog's list with Down and presses Enter. */
    private static void pickMergeTarget(FxRobot robot, String target) {
        robot.clickOn("#merge-exercise");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> choice = robot.lookup("#merge-dialog .combo-box").queryAs(ComboBox.class);
        robot.clickOn(choice);
        robot.type(KeyCode.ESCAPE);
        for (int i = 0; i < 100 && !target.equals(choice.getValue()); i++) {
            robot.type(KeyCode.DOWN);
        }
        assertThat(choice.getValue()).isEqualTo(target);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
