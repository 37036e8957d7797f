package dev.kip.ui.training;

import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.SessionPain;
import dev.kip.domain.Workout;
import dev.kip.journal.SessionPainStore;
import dev.kip.journal.WorkoutStore;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

/** The workout editor's optional "pain during this session": saved with the workout, shown when it is opened again. */
@ExtendWith(ApplicationExtension.class)
class SessionPainViewTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 14);
    private static final BodyRegion LEFT_KNEE = BodyRegions.require("FRONT.KNEE.L");

    @TempDir
    static Path dir;
    private ViewHarness harness;
    private WorkoutStore workouts;
    private SessionPainStore pains;

    @Start
    void start(Stage stage) {
        harness = ViewHarness.open(dir.resolve("journal-" + System.nanoTime() + ".db"), Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        workouts = new WorkoutStore(harness.journal());
        pains = new SessionPainStore(harness.journal());
        ViewHarness.showOn(stage, new ViewLoader(harness.factory()).load("/dev/kip/ui/training/Training.fxml").root(), 1200, 780);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void aWorkoutSavedWithPainFourInTheKneeKeepsItAndShowsItWhenOpenedAgain(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WorkoutEditor editor = robot.lookup(".workout-editor").queryAs(WorkoutEditor.class);
        assertThat(editor.pain.isExpanded()).isFalse();
        robot.write("Bench Press").type(KeyCode.ENTER).write("100").type(KeyCode.TAB).write("5");
        robot.interact(() -> {
            editor.pain.setExpanded(true);
            editor.painRegion.setValue(LEFT_KNEE);
        });
        robot.clickOn("#pain-level").write("4");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Workout saved = workouts.latest(TODAY, 1).get(0);
        assertThat(saved.date()).isEqualTo(TODAY);
        assertThat(pains.of(saved.id())).containsExactly(new SessionPain(LEFT_KNEE.id(), 4));

        // A new workout starts without it; opening the saved one shows it again.
        robot.clickOn("#new-workout");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.painLevel.getText()).isEmpty();
        assertThat(editor.pain.isExpanded()).isFalse();
        ListView<?> list = robot.lookup("#workout-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        WorkoutEditor reopened = robot.lookup(".workout-editor").queryAs(WorkoutEditor.class);
        assertThat(reopened.workoutId()).isEqualTo(saved.id());
        assertThat(reopened.pain.isExpanded()).isTrue();
        assertThat(reopened.painRegion.getValue()).isEqualTo(LEFT_KNEE);
        assertThat(reopened.painLevel.getText()).isEqualTo("4");
    }

    @Test
    void aWorkoutSavedWithoutPainRecordsNone(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Bench Press").type(KeyCode.ENTER).write("100").type(KeyCode.TAB).write("5");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pains.of(workouts.latest(TODAY, 1).get(0).id())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "11 | Pain during this session: expected a level from 0 to 10, got 11",
        "x  | Pain during this session: expected a whole number, got 'x'",
    })
    void aBadLevelIsRefusedNamingTheField(String level, String message, FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WorkoutEditor editor = robot.lookup(".workout-editor").queryAs(WorkoutEditor.class);
        robot.write("Bench Press").type(KeyCode.ENTER).write("100").type(KeyCode.TAB).write("5");
        robot.interact(() -> {
            editor.painRegion.setValue(LEFT_KNEE);
            editor.painLevel.setText(level);
        });
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".problem").queryAllAs(Label.class)).extracting(Label::getText).containsExactly(message);
        assertThat(editor.pain.isExpanded()).isTrue();
        assertThat(robot.lookup("#save-workout").queryButton().isDisabled()).isTrue();
        assertThat(workouts.count()).isZero();
    }
}
