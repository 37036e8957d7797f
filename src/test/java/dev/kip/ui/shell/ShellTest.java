package dev.kip.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.app.AppContext;
import dev.kip.domain.DiaryEntry;
import dev.kip.journal.Journal;
import dev.kip.service.JournalExecutor;
import dev.kip.service.SleepService;
import dev.kip.ui.NoSwitching;
import dev.kip.ui.common.JournalSwitcher;
import dev.kip.ui.common.KipView;
import dev.kip.ui.common.ViewLoader;
import dev.kip.ui.exchange.ImportDialog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
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
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ShellTest {
    @TempDir
    static Path dir;
    private AppContext context;
    private Journal journal;
    private ShellController shell;

    @Start
    void start(Stage stage) {
        dev.kip.ui.common.Themes.apply(dev.kip.domain.Settings.Theme.LIGHT);
        journal = Journal.open(dir.resolve("shell-" + System.nanoTime() + ".db"));
        JournalSwitcher switcher = new NoSwitching(journal.file());
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T06:30:00Z"), ZoneId.of("Europe/Berlin"));
        context = new AppContext(journal, false, JournalExecutor.sameThread(), switcher, clock);
        ViewLoader.Loaded<ShellController> loaded = new ViewLoader(context.controllerFactory()).load("/dev/kip/ui/shell/Shell.fxml");
        shell = loaded.controller();
        StackPane root = new StackPane(loaded.root());
        stage.setScene(new Scene(root, 1100, 750));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** The shell builds every view after Today; the report's preview (a PDF drawn twice) waits until someone opens it. */
    @Test
    void theReportsPreviewIsMadeWhenTheReportIsFirstOpenedNotWhenItIsBuilt(FxRobot robot) throws Exception {
        CompletableFuture<Void> built = new CompletableFuture<>();
        robot.interact(() -> shell.prebuildOthers().whenComplete((done, failed) -> built.complete(null)));
        built.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#view-report").tryQuery()).isPresent();
        assertThat(robot.lookup("#report-page-1").tryQuery()).isEmpty();

        robot.interact(() -> shell.show(KipView.REPORT));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#report-page-1").tryQuery()).isPresent();
    }

    @Test
    void opensOnTodayAndNamesTheJournal(FxRobot robot) {
        assertThat(robot.lookup("#view-today").match(NodeQueryUtils.isVisible()).tryQuery()).isPresent();
        assertThat(robot.lookup("#status-journal").queryAs(Label.class).getText()).startsWith("Journal: ").endsWith(".db");
        assertThat(robot.lookup("#view-today .title-1").queryAs(Label.class).getText()).contains("Monday 23 November");
    }

    @Test
    void eachShortcutShowsItsView(FxRobot robot) {
        String[] ids = {"#view-today", "#view-sleep", "#view-body", "#view-training", "#view-trends", "#view-report"};
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6};
        for (int i = ids.length - 1; i >= 0; i--) {
            robot.press(KeyCode.CONTROL, digits[i]).release(digits[i], KeyCode.CONTROL);
            assertThat(robot.lookup(ids[i]).match(NodeQueryUtils.isVisible()).tryQuery()).as("Ctrl+%d shows %s", i + 1, ids[i]).isPresent();
            for (int j = 0; j < ids.length; j++) {
                if (j != i) {
                    // Built views stay in the scene, hidden and out of layout.
                    assertThat(robot.lookup(ids[j]).match(NodeQueryUtils.isVisible()).tryQuery()).as("only one view at a time").isEmpty();
                    robot.lookup(ids[j]).tryQuery().ifPresent(hidden -> assertThat(hidden.isManaged()).isFalse());
                }
            }
        }
    }

    @Test
    void theMenuBarAndTheIconsReplaceTheirPlaceholdersRightAfterTheFirstFrame(FxRobot robot) throws Exception {
        // Built but not yet shown: an empty bar and empty icon slots, as in the first frame.
        javafx.scene.layout.BorderPane unshown = org.testfx.util.WaitForAsyncUtils.asyncFx(() ->
                (javafx.scene.layout.BorderPane) new ViewLoader(context.controllerFactory()).load("/dev/kip/ui/shell/Shell.fxml").root()).get();
        assertThat(unshown.getTop().getStyleClass()).contains("menu-bar-placeholder");
        assertThat(((ToggleButton) unshown.lookup("#nav-sleep")).getGraphic().getStyleClass()).contains("nav-icon-slot");
        // The shell on screen: the real ones.
        assertThat(robot.lookup(".menu-bar-placeholder").tryQuery()).isEmpty();
        assertThat(robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus()).hasSize(3);
        assertThat(robot.lookup("#nav-sleep").queryAs(ToggleButton.class).getGraphic()).isInstanceOf(org.kordamp.ikonli.javafx.FontIcon.class);
    }

    @Test
    void typingAfterASwitchNeverReachesTheHiddenView(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        javafx.scene.control.TextField bed = robot.lookup("#view-sleep #bed").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(bed).eraseText(bed.getText().length()).write("2300");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.write("99");
        // Focus left the field as the view was hidden (which tidied the time), and "99" went elsewhere.
        assertThat(bed.getText()).isEqualTo("23:00");
        assertThat(bed.isFocused()).isFalse();
    }

    @Test
    void trainingWaitsWithTheCursorInTheFirstEmptyExerciseEachTimeItIsShown(FxRobot robot) {
        for (int i = 0; i < 2; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
            javafx.scene.control.TextField exercise = robot.lookup("#view-training .exercise-name").queryAs(javafx.scene.control.TextField.class);
            // The scene's focus owner: whether the window itself has the system's focus is not the point.
            assertThat(exercise.getScene().getFocusOwner()).as("shown %d time(s)", i + 1).isSameAs(exercise);
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        }
    }

    @Test
    void arrowKeysInTheNavigationSwitchTheViewWithTheHighlight(FxRobot robot) {
        robot.interact(() -> robot.lookup("#nav-today").query().requestFocus());
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN).press(KeyCode.DOWN).release(KeyCode.DOWN);
        assertThat(robot.lookup("#view-body").match(NodeQueryUtils.isVisible()).tryQuery()).isPresent();
        ToggleButton body = robot.lookup("#nav-body").queryAs(ToggleButton.class);
        assertThat(body.isSelected()).isTrue();
        assertThat(body.isFocused()).isTrue();
        robot.press(KeyCode.UP).release(KeyCode.UP);
        assertThat(robot.lookup("#view-sleep").match(NodeQueryUtils.isVisible()).tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-sleep").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.press(KeyCode.END).release(KeyCode.END);
        assertThat(robot.lookup("#view-report").match(NodeQueryUtils.isVisible()).tryQuery()).isPresent();
        robot.press(KeyCode.UP).release(KeyCode.UP);
        assertThat(robot.lookup("#nav-trends").queryAs(ToggleButton.class).isFocused()).isTrue();
    }

    @Test
    void navigationButtonsAndTodaysShortcutsSwitchViews(FxRobot robot) {
        robot.clickOn("#nav-training");
        assertThat(robot.lookup("#view-training").match(NodeQueryUtils.isVisible()).tryQuery()).isPresent();
        robot.clickOn("#nav-today");
        robot.clickOn("#log-night");
        assertThat(robot.lookup("#view-sleep").match(NodeQueryUtils.isVisible()).tryQuery()).isPresent();
    }

    @Test
    void todayShowsWhatWasSavedWhileAnotherViewWasOpen(FxRobot robot) {
        assertThat(robot.lookup("#today-summary").queryAs(Label.class).getText()).contains("Your journal is empty");
        robot.clickOn("#nav-body");
        // Saved as the Sleep view saves it: through the service, which tells the views.
        robot.interact(() -> context.controllerFactory().get(SleepService.class).add(new DiaryEntry(new dev.kip.domain.Night(
                java.time.LocalDate.of(2026, 11, 23), java.time.LocalTime.of(23, 0), java.time.LocalTime.of(23, 10), 10, 1, 5,
                java.time.LocalTime.of(6, 50), java.time.LocalTime.of(7, 0), 4, 4, false, "", java.time.ZoneId.of("Europe/Berlin")), null)));
        robot.clickOn("#nav-today");
        assertThat(robot.lookup("#today-summary").queryAs(Label.class).getText()).contains("1 nights");
    }

    @Test
    void fileImportFromTheWindowUpdatesTodayAndTrainingAtOnce(FxRobot robot) throws Exception {
        robot.clickOn("#nav-training");
        assertThat(robot.lookup("#view-training #workoutCount").queryAs(Label.class).getText()).isEqualTo("0");
        robot.clickOn("#nav-today");
        assertThat(robot.lookup("#today-summary").queryAs(Label.class).getText()).contains("Your journal is empty");
        Path file = dir.resolve("strong-" + System.nanoTime() + ".csv");
        try (java.io.InputStream in = getClass().getResourceAsStream("/dev/kip/exchange/strong-b.csv")) {
            java.nio.file.Files.copy(in, file);
        }
        // File ▸ Import… builds the dialog from the factory and opens it on the chosen file (the chooser is the system's).
        robot.interact(() -> ((ImportDialog) context.controllerFactory().call(ImportDialog.class))
                .open(robot.window(0), file));
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#import-confirm").queryAs(javafx.scene.control.Button.class).isDisabled());
        robot.clickOn("#import-confirm");
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#import-status").queryAs(Label.class).getText().startsWith("Added 3 workouts"));
        robot.clickOn("#import-cancel");
        // Today was on screen: it shows the import at once; Training does the moment it is shown.
        assertThat(robot.lookup("#today-summary").queryAs(Label.class).getText()).isEqualTo("0 nights and 3 workouts in this journal.");
        robot.clickOn("#nav-training");
        assertThat(robot.lookup("#view-training #workoutCount").queryAs(Label.class).getText()).isEqualTo("3");
    }
}
