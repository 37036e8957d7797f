package dev.kip.ui.sleep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Night;
import dev.kip.insight.ScoredNight;
import dev.kip.journal.NightStore;
import dev.kip.service.JournalExecutor;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * The Sleep view shows nothing until the newest nights are read, shows them in one frame, and the older
 * nights, read once that frame is laid out, join the list without moving the selection.
 */
@ExtendWith(ApplicationExtension.class)
class SleepFirstFrameTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final int NIGHTS = 100;

    @TempDir
    static Path dir;
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private ViewHarness harness;
    private ViewLoader.Loaded<SleepController> view;

    @Start
    void start(Stage stage) {
        harness = ViewHarness.open(dir.resolve("j-" + System.nanoTime() + ".db"),
                Clock.fixed(TODAY.atTime(7, 30).atZone(ZONE).toInstant(), ZONE), new JournalExecutor(pending::add, Runnable::run));
        NightStore nights = new NightStore(harness.journal());
        for (int i = 0; i < NIGHTS; i++) {
            nights.put(new Night(TODAY.minusDays(i), LocalTime.of(23, 0), LocalTime.of(23, 10), 10, 1, 10,
                    LocalTime.of(6, 50), LocalTime.of(7, 0), 4, 4, false, "", ZONE));
        }
        view = new ViewLoader(harness.factory()).load("/dev/kip/ui/sleep/Sleep.fxml");
        ViewHarness.showOn(stage, view.root(), 1200, 860);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void theNewestNightsShowFirstAndTheOlderOnesJoinTheListBelowThem(FxRobot robot) {
        assertThat(view.root().getChildrenUnmodifiable()).as("nothing shown before the diary is in").isEmpty();

        robot.interact(pending.poll()); // the newest nights
        TableView<?> table = robot.lookup("#nights").queryAs(TableView.class);
        assertThat(view.controller().isLoaded()).isTrue();
        assertThat(view.root().getChildrenUnmodifiable()).isNotEmpty();
        assertThat(table.getItems()).hasSize(60);
        assertThat(table.getSelectionModel().getSelectedIndex()).as("today's night, being edited").isZero();
        assertThat(robot.lookup("#sleep-summary").tryQuery()).isPresent();

        // The device's record of today, then (after the first frame is laid out) the older nights.
        for (int step = 0; step < 10 && (!pending.isEmpty() || table.getItems().size() < NIGHTS); step++) {
            WaitForAsyncUtils.waitForFxEvents();
            while (!pending.isEmpty()) {
                robot.interact(pending.poll());
            }
        }
        assertThat(table.getItems()).hasSize(NIGHTS);
        assertThat(robot.lookup(".title-4").queryAllAs(Label.class)).extracting(Label::getText).contains("Past nights (100)");
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(((ScoredNight) table.getItems().get(NIGHTS - 1)).night().date()).isEqualTo(TODAY.minusDays(NIGHTS - 1));
    }
}
