package dev.kip.ui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Workout;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.WorkoutStore;
import dev.kip.ui.ViewHarness;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
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
 * The workout list beside the editor keeps its width, within a pixel, under the mouse: when a workout is opened from
 * the list, when a new one is started, and when the window grows (the editor takes the room).
 */
@ExtendWith(ApplicationExtension.class)
class WorkoutListWidthTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 14);
    @TempDir
    static Path dir;
    private ViewHarness harness;
    /** A window of its own, closed after: the shared one would keep the width this test gives it in the next tests. */
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        harness = ViewHarness.open(dir.resolve("journal-" + System.nanoTime() + ".db"),
                Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        long squat = new ExerciseStore(harness.journal()).byName("Back Squat").orElseThrow().id();
        new WorkoutStore(harness.journal()).insert(new Workout(null, TODAY.minusDays(3), LocalTime.of(18, 0), 45, 7.0, false, "",
                "Squat day", null, null, List.of(
                        new LiftSet(squat, 1, SetType.WARM_UP, 60.0, 5, null, null),
                        new LiftSet(squat, 2, SetType.WORKING, 100.0, 5, 8.0, null),
                        new LiftSet(squat, 3, SetType.WORKING, 100.0, 5, 8.5, null))));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
        harness.close();
    }

    @Test
    void theListKeepsItsWidthWhileTheEditorChangesAndTheWindowGrows(FxRobot robot) {
        harness.show(robot, stage, "/dev/kip/ui/training/Training.fxml", 1366, 768);
        WaitForAsyncUtils.waitForFxEvents();
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        Node list = split.getItems().get(0);
        double width = list.getLayoutBounds().getWidth();
        double divider = split.getDividerPositions()[0];

        robot.clickOn(robot.lookup("#workout-list .list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#delete-workout").query().isVisible()).as("the workout is open").isTrue();
        assertThat(list.getLayoutBounds().getWidth()).as("list width after opening a workout").isCloseTo(width, within(1.0));
        assertThat(split.getDividerPositions()[0] * split.getWidth()).isCloseTo(divider * split.getWidth(), within(1.0));

        robot.clickOn("#new-workout");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getLayoutBounds().getWidth()).as("list width after New").isCloseTo(width, within(1.0));

        double editor = split.getItems().get(1).getLayoutBounds().getWidth();
        robot.interact(() -> stage.setWidth(1920));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getLayoutBounds().getWidth()).as("list width in a wider window").isCloseTo(width, within(1.0));
        assertThat(split.getItems().get(1).getLayoutBounds().getWidth()).as("the editor takes the room").isGreaterThan(editor + 500);
    }
}
