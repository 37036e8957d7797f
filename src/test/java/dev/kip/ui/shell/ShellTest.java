package dev.kip.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.app.AppContext;
import dev.kip.journal.Journal;
import dev.kip.ui.common.JournalExecutor;
import dev.kip.ui.common.JournalSwitcher;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShellTest {
    @TempDir
    static Path dir;
    private AppContext context;
    private Journal journal;

    @Start
    void start(Stage stage) {
        dev.kip.ui.common.Themes.apply(dev.kip.domain.Settings.Theme.LIGHT);
        journal = Journal.open(dir.resolve("shell-" + System.nanoTime() + ".db"));
        JournalSwitcher switcher = new JournalSwitcher() {
            @Override
            public void open(Path p) {
            }

            @Override
            public List<Path> recentJournals() {
                return List.of(journal.file());
            }

            @Override
            public void quit() {
            }
        };
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T06:30:00Z"), ZoneId.of("Europe/Berlin"));
        context = new AppContext(journal, false, JournalExecutor.sameThread(), switcher, clock);
        StackPane root = new StackPane(new ViewLoader(context.controllerFactory()).load("/dev/kip/ui/shell/Shell.fxml").root());
        stage.setScene(new Scene(root, 1100, 750));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void opensOnTodayAndNamesTheJournal(FxRobot robot) {
        assertThat(robot.lookup("#view-today").tryQuery()).isPresent();
        assertThat(robot.lookup("#status-journal").queryAs(Label.class).getText()).startsWith("Journal: ").endsWith(".db");
        assertThat(robot.lookup("#view-today .title-1").queryAs(Label.class).getText()).contains("Monday 23 November");
    }

    @Test
    void eachShortcutShowsItsView(FxRobot robot) {
        String[] ids = {"#view-today", "#view-sleep", "#view-body", "#view-training", "#view-trends", "#view-report"};
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6};
        for (int i = ids.length - 1; i >= 0; i--) {
            robot.press(KeyCode.CONTROL, digits[i]).release(digits[i], KeyCode.CONTROL);
            assertThat(robot.lookup(ids[i]).tryQuery()).as("Ctrl+%d shows %s", i + 1, ids[i]).isPresent();
            for (int j = 0; j < ids.length; j++) {
                if (j != i) {
                    assertThat(robot.lookup(ids[j]).tryQuery()).as("only one view at a time").isEmpty();
                }
            }
        }
    }

    @Test
    void navigationButtonsAndTodaysShortcutsSwitchViews(FxRobot robot) {
        robot.clickOn("#nav-training");
        assertThat(robot.lookup("#view-training").tryQuery()).isPresent();
        robot.clickOn("#nav-today");
        robot.clickOn("#log-night");
        assertThat(robot.lookup("#view-sleep").tryQuery()).isPresent();
    }

    @Test
    void todayShowsWhatWasSavedWhileAnotherViewWasOpen(FxRobot robot) {
        assertThat(robot.lookup("#today-summary").queryAs(Label.class).getText()).contains("Your journal is empty");
        robot.clickOn("#nav-body");
        robot.interact(() -> new dev.kip.journal.NightStore(journal).insert(new dev.kip.domain.Night(
                java.time.LocalDate.of(2026, 11, 23), java.time.LocalTime.of(23, 0), java.time.LocalTime.of(23, 10), 10, 1, 5,
                java.time.LocalTime.of(6, 50), java.time.LocalTime.of(7, 0), 4, 4, false, "")));
        robot.clickOn("#nav-today");
        assertThat(robot.lookup("#today-summary").queryAs(Label.class).getText()).contains("1 nights");
    }
}
