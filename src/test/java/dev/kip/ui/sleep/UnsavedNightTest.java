package dev.kip.ui.sleep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Night;
import dev.kip.journal.NightStore;
import dev.kip.service.Change;
import dev.kip.service.Changes;
import dev.kip.ui.HeldJournalWork;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/**
 * Typing in the night form is never replaced unasked: choosing another night in the list (mouse or arrow
 * key), "New night" or "edit that night" first asks to save it, let it go or stay.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedNightTest {
    private static final LocalDate TODAY = SleepViewTest.TODAY;
    private static final LocalDate FRIDAY = TODAY.minusDays(1);
    private static final LocalDate THURSDAY = TODAY.minusDays(2);

    @TempDir
    static Path dir;
    private ViewHarness harness;
    private NightStore nights;
    private SleepController controller;
    private final HeldJournalWork journalWork = new HeldJournalWork();

    @Start
    void start(Stage stage) {
        harness = ViewHarness.open(dir.resolve("j-" + System.nanoTime() + ".db"), SleepViewTest.CLOCK, journalWork.executor());
        nights = new NightStore(harness.journal());
        nights.put(new Night(THURSDAY, LocalTime.of(23, 0), LocalTime.of(23, 10), 10, 1, 10,
                LocalTime.of(6, 50), LocalTime.of(7, 0), 4, 4, false, "", SleepViewTest.ZONE));
        nights.put(new Night(FRIDAY, LocalTime.of(23, 20), LocalTime.of(23, 30), 20, 1, 20,
                LocalTime.of(7, 10), LocalTime.of(7, 20), 3, 3, false, "", SleepViewTest.ZONE));
        ViewLoader.Loaded<SleepController> view = new ViewLoader(harness.factory()).load("/dev/kip/ui/sleep/Sleep.fxml");
        controller = view.controller();
        ViewHarness.showOn(stage, view.root(), 1200, 860);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> harness.close()).get();
    }

    private static Node row(FxRobot robot, String day) {
        return robot.from(robot.lookup("#nights").queryAs(TableView.class)).lookup(day).query();
    }

    /** Shows Friday's night and types a later time out of bed (stored: 07:20). */
    private void typeIntoFriday(FxRobot robot, String outOfBed) {
        robot.clickOn(row(robot, "Fri 20 Nov 2026"));
        assertThat(question(robot)).as("nothing typed yet: nothing to ask").isEmpty();
        robot.clickOn("#out-of-bed").push(KeyCode.SHORTCUT, KeyCode.A).write(outOfBed);
    }

    private static Optional<DialogPane> question(FxRobot robot) {
        return robot.lookup(".dialog-pane").tryQueryAs(DialogPane.class);
    }

    private static void answer(FxRobot robot, String button) {
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && button.equals(b.getText())).queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<LocalDate> editing() {
        return SleepViewTest.formOf(controller).editing();
    }

    private LocalDate selected(FxRobot robot) {
        Object row = robot.lookup("#nights").queryAs(TableView.class).getSelectionModel().getSelectedItem();
        return row == null ? null : ((dev.kip.insight.ScoredNight) row).night().date();
    }

    private String outOfBed(FxRobot robot) {
        return robot.lookup("#out-of-bed").queryAs(TextField.class).getText();
    }

    private LocalTime storedOutOfBed(LocalDate night) {
        return nights.find(night).orElseThrow().outOfBed();
    }

    @Test
    void anotherNightChosenWithTheMouseAsksFirstAndDoesAsAnswered(FxRobot robot) {
        typeIntoFriday(robot, "9:00");
        robot.clickOn(row(robot, "Thu 19 Nov 2026"));
        assertThat(question(robot)).hasValueSatisfying(q -> assertThat(q.getHeaderText())
                .isEqualTo("Save your changes to the night of Fri 20 Nov 2026?"));

        // Stay: the typing stays, Friday is selected again, and putting it back asks nothing more.
        answer(robot, "Cancel");
        assertThat(question(robot)).isEmpty();
        assertThat(editing()).contains(FRIDAY);
        assertThat(outOfBed(robot)).as("tidied as it lost the focus").isEqualTo("09:00");
        assertThat(selected(robot)).isEqualTo(FRIDAY);

        // Don't save: Thursday is shown, Friday is as stored.
        robot.clickOn(row(robot, "Thu 19 Nov 2026"));
        answer(robot, "Don't save");
        assertThat(editing()).contains(THURSDAY);
        assertThat(selected(robot)).isEqualTo(THURSDAY);
        assertThat(outOfBed(robot)).isEqualTo("07:00");
        assertThat(storedOutOfBed(FRIDAY)).isEqualTo(LocalTime.of(7, 20));

        // Save: Friday is stored as typed, then Thursday is shown.
        typeIntoFriday(robot, "9:00");
        robot.clickOn(row(robot, "Thu 19 Nov 2026"));
        answer(robot, "Save");
        assertThat(storedOutOfBed(FRIDAY)).isEqualTo(LocalTime.of(9, 0));
        assertThat(editing()).contains(THURSDAY);
        assertThat(selected(robot)).isEqualTo(THURSDAY);
        assertThat(question(robot)).isEmpty();
    }

    @Test
    void aSaveRefusedAsTypedStaysOnTheNightAndSaysWhy(FxRobot robot) {
        typeIntoFriday(robot, "half past");
        robot.clickOn(row(robot, "Thu 19 Nov 2026"));
        answer(robot, "Save");
        assertThat(question(robot)).isEmpty();
        assertThat(editing()).contains(FRIDAY);
        assertThat(selected(robot)).isEqualTo(FRIDAY);
        assertThat(outOfBed(robot)).isEqualTo("half past");
        assertThat(robot.lookup("#problems").queryAs(Label.class).getText()).contains("is not a clock time");
        assertThat(storedOutOfBed(FRIDAY)).isEqualTo(LocalTime.of(7, 20));
    }

    @Test
    void theArrowKeyInTheListAsksAsTheMouseDoes(FxRobot robot) {
        typeIntoFriday(robot, "9:00");
        robot.clickOn(row(robot, "Fri 20 Nov 2026")).type(KeyCode.DOWN);
        assertThat(question(robot)).isPresent();
        answer(robot, "Cancel");
        assertThat(editing()).contains(FRIDAY);
        assertThat(selected(robot)).isEqualTo(FRIDAY);
        assertThat(outOfBed(robot)).as("tidied as it lost the focus").isEqualTo("09:00");

        // The Delete key then deletes the night being edited (after asking to confirm), never another.
        robot.type(KeyCode.DELETE);
        assertThat(question(robot)).hasValueSatisfying(q -> assertThat(q.getHeaderText()).isEqualTo("Delete the night of Fri 20 Nov 2026?"));
        answer(robot, "Cancel");

        robot.clickOn(row(robot, "Fri 20 Nov 2026")).type(KeyCode.DOWN);
        answer(robot, "Don't save");
        assertThat(editing()).contains(THURSDAY);
        assertThat(selected(robot)).isEqualTo(THURSDAY);
    }

    @Test
    void nothingTypedOrTypedBackAsStoredAsksNothing(FxRobot robot) {
        typeIntoFriday(robot, "07:20");
        robot.clickOn(row(robot, "Thu 19 Nov 2026"));
        assertThat(question(robot)).isEmpty();
        assertThat(editing()).contains(THURSDAY);
        robot.clickOn("#new-night");
        assertThat(question(robot)).isEmpty();
        assertThat(editing()).isEmpty();
    }

    @Test
    void aNewNightAsksFirstToo(FxRobot robot) {
        typeIntoFriday(robot, "9:00");
        robot.clickOn("#new-night");
        assertThat(question(robot)).isPresent();
        answer(robot, "Cancel");
        assertThat(editing()).contains(FRIDAY);
        assertThat(outOfBed(robot)).as("tidied as it lost the focus").isEqualTo("09:00");

        robot.clickOn("#new-night");
        answer(robot, "Don't save");
        assertThat(editing()).isEmpty();
        assertThat(selected(robot)).isNull();

        // Typing in the new night: choosing a row and staying leaves no row selected.
        robot.clickOn("#note").write("slept badly");
        robot.clickOn(row(robot, "Thu 19 Nov 2026"));
        assertThat(question(robot)).hasValueSatisfying(q -> assertThat(q.getHeaderText()).isEqualTo("Save the night you are logging?"));
        answer(robot, "Cancel");
        assertThat(editing()).isEmpty();
        assertThat(selected(robot)).isNull();
        assertThat(robot.lookup("#note").queryAs(TextField.class).getText()).isEqualTo("slept badly");
    }

    @Test
    void aSaveTheJournalFinishesAfterTheNextNightIsShownLeavesTheFormThere(FxRobot robot) {
        robot.clickOn("#note").write("slept badly");
        robot.interact(() -> {
            robot.lookup("#quality").queryAs(org.controlsfx.control.Rating.class).setRating(3);
            robot.lookup("#rested").queryAs(org.controlsfx.control.Rating.class).setRating(3);
        });
        journalWork.hold();
        robot.clickOn(row(robot, "Thu 19 Nov 2026"));
        answer(robot, "Save");
        assertThat(editing()).contains(THURSDAY);
        robot.interact(journalWork::release);
        assertThat(nights.find(TODAY).orElseThrow().note()).isEqualTo("slept badly");
        assertThat(editing()).contains(THURSDAY);
        assertThat(selected(robot)).isEqualTo(THURSDAY);
        assertThat(robot.lookup("#nights").queryAs(TableView.class).getItems()).hasSize(3);
    }

    @Test
    void undoAsksBeforeTheNightItBringsBackReplacesTyping(FxRobot robot) {
        typeIntoFriday(robot, "9:00");
        robot.type(KeyCode.ENTER);
        assertThat(storedOutOfBed(FRIDAY)).isEqualTo(LocalTime.of(9, 0));
        robot.clickOn(row(robot, "Thu 19 Nov 2026"));
        robot.clickOn("#note").write("restless");

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(question(robot)).hasValueSatisfying(q -> assertThat(q.getHeaderText())
                .isEqualTo("Save your changes to the night of Thu 19 Nov 2026?"));
        answer(robot, "Cancel");
        assertThat(storedOutOfBed(FRIDAY)).isEqualTo(LocalTime.of(9, 0));
        assertThat(editing()).contains(THURSDAY);
        assertThat(robot.lookup("#note").queryAs(TextField.class).getText()).isEqualTo("restless");

        // Save: Thursday's note is stored, and Friday's save is still the one undone.
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        answer(robot, "Save");
        assertThat(nights.find(THURSDAY).orElseThrow().note()).isEqualTo("restless");
        assertThat(storedOutOfBed(FRIDAY)).isEqualTo(LocalTime.of(7, 20));
        assertThat(editing()).contains(FRIDAY);
    }

    @Test
    void anImportThatReadsTheDiaryAgainAsksBeforeItRefillsTheForm(FxRobot robot) {
        typeIntoFriday(robot, "9:00");
        Changes changes = harness.factory().get(Changes.class);
        Platform.runLater(() -> changes.publish(Change.IMPORT));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(question(robot)).isPresent();
        answer(robot, "Cancel");
        assertThat(editing()).contains(FRIDAY);
        assertThat(selected(robot)).isEqualTo(FRIDAY);
        assertThat(outOfBed(robot)).isEqualTo("9:00");

        Platform.runLater(() -> changes.publish(Change.IMPORT));
        WaitForAsyncUtils.waitForFxEvents();
        answer(robot, "Don't save");
        assertThat(editing()).as("today's night, not logged yet").isEmpty();
        assertThat(storedOutOfBed(FRIDAY)).isEqualTo(LocalTime.of(7, 20));
    }
}
