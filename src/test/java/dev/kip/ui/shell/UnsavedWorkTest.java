package dev.kip.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.app.AppContext;
import dev.kip.domain.DiaryEntry;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalFixtures;
import dev.kip.service.JournalExecutor;
import dev.kip.service.SleepService;
import dev.kip.ui.NoSwitching;
import dev.kip.ui.common.JournalSwitcher;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.Rating;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Before the window leaves a journal (quit, another journal, a restore) the shell asks about typing not
 * saved yet: only when there is some, and it saves, lets go or stays as the person answers.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedWorkTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    @TempDir
    static Path dir;
    private AppContext context;
    private ShellController shell;

    @Start
    void start(Stage stage) {
        dev.kip.ui.common.Themes.apply(dev.kip.domain.Settings.Theme.LIGHT);
        Journal journal = Journal.open(dir.resolve("unsaved-" + System.nanoTime() + ".db"));
        // Nights up to yesterday: the form offers tonight's entry, filled in with the usual times.
        JournalFixtures.fill(journal, TODAY.minusDays(1), 9);
        JournalSwitcher switcher = NoSwitching.none();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T06:30:00Z"), ZoneId.of("Europe/Berlin"));
        context = new AppContext(journal, false, JournalExecutor.sameThread(), switcher, clock);
        ViewLoader.Loaded<ShellController> loaded = new ViewLoader(context.controllerFactory()).load("/dev/kip/ui/shell/Shell.fxml");
        shell = loaded.controller();
        stage.setScene(new Scene(loaded.root(), 1100, 750));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** Asks as quitting does; the answer is pending while the question is on screen. */
    private CompletableFuture<Boolean> askToLeave() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(shell.readyToLeave()));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    private Optional<DialogPane> question(FxRobot robot) {
        return robot.lookup(".dialog-pane").tryQueryAs(DialogPane.class);
    }

    private void answer(FxRobot robot, String button) {
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && button.equals(b.getText())).queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showSleepAndType(FxRobot robot, String field, String text) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TextField f = robot.lookup("#view-sleep #" + field).queryAs(TextField.class);
        robot.clickOn(f).eraseText(f.getText().length()).write(text);
    }

    private LocalDate formDate(FxRobot robot) {
        return robot.lookup("#view-sleep #sleep-date").queryAs(DatePicker.class).getValue();
    }

    private Optional<DiaryEntry> stored(LocalDate night) {
        return context.controllerFactory().get(SleepService.class).find(night);
    }

    @Test
    void everyViewBuiltAndShownWithNothingTypedAsksNothing(FxRobot robot) throws Exception {
        CompletableFuture<Void> built = new CompletableFuture<>();
        robot.interact(() -> shell.prebuildOthers().whenComplete((done, failed) -> built.complete(null)));
        built.get(30, TimeUnit.SECONDS);
        for (KeyCode view : List.of(KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT1)) {
            robot.press(KeyCode.CONTROL, view).release(view, KeyCode.CONTROL);
        }
        // The usual bedtime typed again another way (2230 for 22:30) changes nothing either.
        showSleepAndType(robot, "bed", "2230");
        assertThat(robot.lookup("#view-sleep #bed").queryAs(TextField.class).getText()).isEqualTo("2230");

        CompletableFuture<Boolean> answer = askToLeave();
        assertThat(question(robot)).isEmpty();
        assertThat(answer).isCompletedWithValue(true);
    }

    @Test
    void aNightTypedAndNotSavedIsAskedAboutAndStaysOrIsLetGoAsAnswered(FxRobot robot) {
        showSleepAndType(robot, "note", "woke at 3 with a sore knee");
        LocalDate night = formDate(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);

        CompletableFuture<Boolean> stay = askToLeave();
        assertThat(question(robot)).hasValueSatisfying(q -> assertThat(q.getHeaderText()).isEqualTo("Save the night you are logging?"));
        // The view with the typing is shown behind the question.
        assertThat(robot.lookup("#view-sleep").queryAs(Node.class).isVisible()).isTrue();
        answer(robot, "Cancel");
        assertThat(stay).isCompletedWithValue(false);
        assertThat(robot.lookup("#view-sleep #note").queryAs(TextField.class).getText()).isEqualTo("woke at 3 with a sore knee");

        CompletableFuture<Boolean> leave = askToLeave();
        answer(robot, "Don't save");
        assertThat(leave).isCompletedWithValue(true);
        assertThat(stored(night)).isEmpty();
    }

    @Test
    void saveStoresTheNightWhenItCanBeSavedAndStaysWhenItCannot(FxRobot robot) {
        showSleepAndType(robot, "note", "late dinner");
        LocalDate night = formDate(robot);

        // Not rated yet: the save is refused, the window stays and the form lists what is missing.
        CompletableFuture<Boolean> refused = askToLeave();
        answer(robot, "Save");
        assertThat(refused).isCompletedWithValue(false);
        assertThat(stored(night)).isEmpty();

        robot.interact(() -> {
            robot.lookup("#view-sleep #quality").queryAs(Rating.class).setRating(4);
            robot.lookup("#view-sleep #rested").queryAs(Rating.class).setRating(3);
        });
        CompletableFuture<Boolean> saved = askToLeave();
        answer(robot, "Save");
        assertThat(saved).isCompletedWithValue(true);
        assertThat(stored(night)).hasValueSatisfying(e -> assertThat(e.night().note()).isEqualTo("late dinner"));

        // Saved: nothing more to ask.
        CompletableFuture<Boolean> again = askToLeave();
        assertThat(question(robot)).isEmpty();
        assertThat(again).isCompletedWithValue(true);
    }

    @Test
    void aSetTypedIntoANewWorkoutIsAskedAbout(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(askToLeave()).isCompletedWithValue(true);
        robot.write("Fixture Squat").press(KeyCode.ENTER).release(KeyCode.ENTER).write("100");

        CompletableFuture<Boolean> answer = askToLeave();
        assertThat(question(robot)).hasValueSatisfying(q -> assertThat(q.getHeaderText()).isEqualTo("Save the new workout?"));
        answer(robot, "Don't save");
        assertThat(answer).isCompletedWithValue(true);
    }
}
