package dev.kip.ui.training;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Workout;
import dev.kip.domain.WorkoutSummary;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.TrainingQueries;
import dev.kip.journal.WorkoutStore;
import dev.kip.ui.HeldJournalWork;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.common.ViewLoader;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long training history: the list's first frame holds the newest 100 workouts and says how many there are in
 * all; the older ones join below right after, while a workout chosen meanwhile stays chosen. The journal thread's
 * jobs are run one at a time, so the test sees the list between the two reads.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingFirstLinesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 14);
    private static final int WORKOUTS = 130;

    private final HeldJournalWork journalWork = new HeldJournalWork();
    @TempDir
    static Path dir;
    private ViewHarness harness;

    @Start
    void start(Stage stage) {
        harness = ViewHarness.open(dir.resolve("journal-" + System.nanoTime() + ".db"),
                Clock.fixed(TODAY.atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), journalWork.executor());
        long bench = new ExerciseStore(harness.journal()).byName("Bench Press").orElseThrow().id();
        WorkoutStore workouts = new WorkoutStore(harness.journal());
        for (int i = 0; i < WORKOUTS; i++) {
            workouts.insert(new Workout(null, TODAY.minusDays(2L * i + 1), LocalTime.of(18, 0), 60, 7.0, false, "", "", null, null,
                    List.of(new LiftSet(bench, 1, SetType.WORKING, 60.0 + i, 5, null, null))));
        }
        journalWork.hold();
        ViewHarness.showOn(stage, new ViewLoader(harness.factory()).load("/dev/kip/ui/training/Training.fxml").root(), 1200, 780);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void theNewestHundredComeFirstTheRestJoinBelowAndTheChosenWorkoutStaysChosen(FxRobot robot) {
        ListView<WorkoutSummary> list = robot.lookup("#workout-list").queryListView();
        Label count = robot.lookup("#workoutCount").queryAs(Label.class);
        runNext(robot); // the view's first read
        assertThat(list.getItems()).hasSize(100);
        assertThat(count.getText()).as("every workout counted from the first frame").isEqualTo("130");
        assertThat(journalWork.waiting()).as("the rest asked for once the first frame is laid out").isEqualTo(1);

        robot.clickOn(robot.lookup(".list-cell").nth(2).queryLabeled());
        WorkoutSummary chosen = list.getItems().get(2);
        while (journalWork.waiting() > 0) {
            runNext(robot); // the rest of the list, then the chosen workout
        }
        List<WorkoutSummary> all = new TrainingQueries(harness.journal()).summaries();
        assertThat(list.getItems()).isEqualTo(all);
        assertThat(all.get(WORKOUTS - 1).date()).isEqualTo(TODAY.minusDays(2L * WORKOUTS - 1));
        assertThat(count.getText()).isEqualTo("130");
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo(chosen);
        assertThat(robot.lookup("#workout-date").queryAs(DatePicker.class).getValue()).as("the chosen workout in the editor")
                .isEqualTo(chosen.date());
    }

    private void runNext(FxRobot robot) {
        robot.interact(journalWork::runNext);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
