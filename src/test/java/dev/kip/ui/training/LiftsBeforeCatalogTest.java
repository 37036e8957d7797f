package dev.kip.ui.training;

import dev.kip.ui.HeldJournalWork;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.common.ViewLoader;
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
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A quick click on Lifts while the journal thread is still reading the catalog: the list fills once it comes. */
@ExtendWith(ApplicationExtension.class)
class LiftsBeforeCatalogTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 14);

    private final HeldJournalWork journalWork = new HeldJournalWork();
    @TempDir
    static Path dir;
    private ViewHarness harness;

    @Start
    void start(Stage stage) {
        harness = ViewHarness.open(dir.resolve("journal-" + System.nanoTime() + ".db"), Clock.fixed(TODAY.atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                journalWork.executor());
        journalWork.hold();
        ViewHarness.showOn(stage, new ViewLoader(harness.factory()).load("/dev/kip/ui/training/Training.fxml").root(), 1200, 780);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void theListFillsWhenTheCatalogArrivesAfterTheTabWasChosen(FxRobot robot) {
        robot.clickOn("Lifts");
        ListView<?> list = robot.lookup("#exercise-list").queryListView();
        assertThat(list.getItems()).as("nothing read yet").isEmpty();

        robot.interact(journalWork::release);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).as("the catalog, once read").isNotEmpty();
    }
}
