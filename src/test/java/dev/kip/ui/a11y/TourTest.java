package dev.kip.ui.a11y;

import dev.kip.domain.Settings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;

/** The wiring every test of the whole window shares: TestFX's stage, a folder for the journal, and the tour, closed after each test. */
@ExtendWith(ApplicationExtension.class)
abstract class TourTest {
    @TempDir
    Path dir;
    final ShellTour tour = new ShellTour();

    @AfterEach
    void close(FxRobot robot) {
        tour.close(robot);
    }

    /** Opens the window on a copy of the demo journal. */
    void open(FxRobot robot, Settings.Theme theme, double fontScale) {
        open(robot, ShellTour.demoJournal(dir), theme, fontScale);
    }

    /** Opens the window on {@code journal}, in the stage TestFX registered for this test. */
    void open(FxRobot robot, Path journal, Settings.Theme theme, double fontScale) {
        tour.open(robot, FxToolkit.toolkitContext().getRegisteredStage(), journal, theme, fontScale);
    }
}
