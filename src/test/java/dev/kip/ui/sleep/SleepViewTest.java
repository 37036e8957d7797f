package dev.kip.ui.sleep;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.ToggleSwitch;
import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.ScreenTime;
import dev.kip.domain.Settings;
import dev.kip.insight.Problem;
import dev.kip.journal.FactorsStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
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

/** The Sleep view over a real temporary journal, driven by the keyboard as a person would. */
@ExtendWith(ApplicationExtension.class)
class SleepViewTest {
    /** "Today" is Sat 21 Nov 2026 in Berlin; the night is keyed by that wake date. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final ZoneId TRIP = ZoneId.of("America/New_York");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(7, 30).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    static Path dir;

    ViewHarness harness;
    Journal journal;
    NightStore nights;
    FactorsStore factors;
    SleepController controller;
    ViewLoader.Loaded<SleepController> view;

    @Start
    void start(Stage stage) {
        harness = ViewHarness.open(dir.resolve("j-" + System.nanoTime() + ".db"), CLOCK);
        journal = harness.journal();
        nights = new NightStore(journal);
        factors = new FactorsStore(journal);
        seed();
        view = new ViewLoader(harness.factory()).load("/dev/kip/ui/sleep/Sleep.fxml");
        controller = view.controller();
        ViewHarness.showOn(stage, view.root(), 1200, 860);
    }

    /** Subclasses put nights in the journal before the view opens. */
    void seed() {
        // Two earlier nights: the prefill is their median. The last one was slept on a trip.
        nights.put(new Night(TODAY.minusDays(2), LocalTime.of(23, 0), LocalTime.of(23, 10), 10, 1, 10,
                LocalTime.of(6, 50), LocalTime.of(7, 0), 4, 4, false, "", ZONE));
        nights.put(new Night(TODAY.minusDays(1), LocalTime.of(23, 20), LocalTime.of(23, 30), 20, 1, 20,
                LocalTime.of(7, 10), LocalTime.of(7, 20), 3, 3, false, "", TRIP));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> harness.close()).get();
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    private void retype(FxRobot robot, String id, String text) {
        robot.clickOn("#" + id).push(KeyCode.SHORTCUT, KeyCode.A).write(text);
    }

    /** The list's row of a night: the date picker shows the night being edited in the same words. */
    private static Node row(FxRobot robot, String day) {
        return robot.from(robot.lookup("#nights").queryAs(TableView.class)).lookup(day).query();
    }

    private TableView<?> table(FxRobot robot) {
        return robot.lookup("#nights").queryAs(TableView.class);
    }

    private List<String> problemFields() {
        return controllerForm().problems().stream().map(Problem::field).toList();
    }

    private NightFormController controllerForm() {
        return formOf(controller);
    }

    static NightFormController formOf(SleepController c) {
        try {
            var f = SleepController.class.getDeclaredField("formController");
            f.setAccessible(true);
            return (NightFormController) f.get(c);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void newNightIsPrefilledFromTheUsualTimesAndDatedToday(FxRobot robot) {
        // Median of 23:00 and 23:20 is 23:10; of 07:00 and 07:20 is 07:10.
        assertThat(robot.lookup("#sleep-date").queryAs(DatePicker.class).getValue()).isEqualTo(TODAY);
        assertThat(field(robot, "bed").getText()).isEqualTo("23:10");
        assertThat(field(robot, "tried").getText()).isEqualTo("23:20");
        assertThat(field(robot, "sol").getText()).isEqualTo("15");
        assertThat(field(robot, "out-of-bed").getText()).isEqualTo("07:10");
        assertThat(table(robot).getItems()).hasSize(2);
        // Not rated yet: Save is disabled and the status says, without red, what is still to fill.
        assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#problems").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("Still to fill: Sleep quality, How rested");
    }

    @Test
    void aNightEnteredByKeyboardOnlyIsSavedListedAndStored(FxRobot robot) {
        robot.clickOn("#bed");
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("11:15pm").type(KeyCode.TAB);
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("2330").type(KeyCode.TAB);
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("10").type(KeyCode.TAB);
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("2").type(KeyCode.TAB);
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("15").type(KeyCode.TAB);
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("6.45 am").type(KeyCode.TAB);
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("7").type(KeyCode.TAB);
        robot.type(KeyCode.DIGIT4).type(KeyCode.TAB);   // quality: good
        robot.type(KeyCode.DIGIT3).type(KeyCode.TAB);   // rested: fair
        robot.write("slept ok").type(KeyCode.ENTER);

        // TIB 23:15 → 07:00 = 465 min; TST = (06:45 − 23:30 = 435) − 10 − 15 = 410 = 6 h 50.
        Night stored = nights.find(TODAY).orElseThrow();
        assertThat(stored).isEqualTo(new Night(TODAY, LocalTime.of(23, 15), LocalTime.of(23, 30), 10, 2, 15,
                LocalTime.of(6, 45), LocalTime.of(7, 0), 4, 3, false, "slept ok", ZONE));
        assertThat(table(robot).getItems()).hasSize(3);
        assertThat(robot.lookup("Sat 21 Nov 2026").tryQuery()).isPresent();
        assertThat(robot.lookup("6:50").tryQuery()).isPresent();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("Saved").contains("6 h 50 min");
    }

    @Test
    void spaceFlipsTheWokeEarlySwitch(FxRobot robot) {
        ToggleSwitch wokeEarly = robot.lookup("#woke-early").queryAs(ToggleSwitch.class);
        robot.clickOn("#note").type(KeyCode.TAB); // the switch comes right after the comment
        assertThat(wokeEarly.isFocused()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(wokeEarly.isSelected()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(wokeEarly.isSelected()).isFalse();
    }

    @Test
    void extrasAreStoredWithTheNight(FxRobot robot) {
        rate(robot);
        robot.clickOn("Extras: caffeine, alcohol, screens, bedroom, nap"); // folded away for a night without extras
        robot.interact(() -> robot.lookup("#night-fields").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        retype(robot, "caffeine", "3");
        retype(robot, "last-caffeine", "4pm");
        robot.clickOn("30–60");
        robot.clickOn("#late-training");
        retype(robot, "room-temp", "21.5");
        robot.clickOn("#save");

        Factors f = factors.find(TODAY).orElseThrow();
        assertThat(f.caffeineDrinks()).isEqualTo(3);
        assertThat(f.lastCaffeine()).isEqualTo(LocalTime.of(16, 0));
        assertThat(f.screens()).isEqualTo(ScreenTime.FROM_30_TO_60);
        assertThat(f.lateHardTraining()).isTrue();
        assertThat(f.roomTempC()).isEqualTo(21.5);
        // The new night is flagged in the summary: late caffeine, screens, late training, warm room.
        assertThat(robot.lookup("⚑ Late caffeine").tryQuery()).isPresent();
        assertThat(robot.lookup("⚑ Warm room").tryQuery()).isPresent();
    }

    private void rate(FxRobot robot) {
        robot.clickOn("#quality").type(KeyCode.DIGIT4);
        robot.clickOn("#rested").type(KeyCode.DIGIT4);
    }

    private void assertRefused(FxRobot robot, String field, String message) {
        assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(controllerForm().problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message()).contains(message);
        });
        Node control = robot.lookup("#" + idOf(field)).query();
        assertThat(controllerForm().validation().getHighestMessage((javafx.scene.control.Control) control))
                .hasValueSatisfying(m -> assertThat(m.getText()).contains(message));
        robot.clickOn("#bed").type(KeyCode.ENTER);
        assertThat(nights.find(TODAY)).isEmpty();
    }

    private static String idOf(String field) {
        return switch (field) {
            case "date" -> "sleep-date";
            case "intoBed" -> "bed";
            case "triedToSleep" -> "tried";
            case "solMin" -> "sol";
            case "wasoMin" -> "waso";
            case "finalWake" -> "final-wake";
            case "outOfBed" -> "out-of-bed";
            default -> field;
        };
    }

    @Test
    void outOfBedBeforeIntoBedIsRefused(FxRobot robot) {
        rate(robot);
        retype(robot, "bed", "23:00");
        retype(robot, "tried", "23:00");
        retype(robot, "final-wake", "23:00");
        retype(robot, "out-of-bed", "23:00");
        assertRefused(robot, "outOfBed", "Out of bed must be after into bed");
    }

    @Test
    void triedToSleepBeforeIntoBedIsRefused(FxRobot robot) {
        rate(robot);
        retype(robot, "bed", "23:00");
        retype(robot, "tried", "22:45");
        assertRefused(robot, "triedToSleep", "Tried to sleep must be between into bed and the final awakening");
    }

    @Test
    void solAndWasoLongerThanTheNightAreRefused(FxRobot robot) {
        rate(robot);
        retype(robot, "sol", "300");
        retype(robot, "waso", "300");
        assertRefused(robot, "wasoMin", "exceed the time between trying to sleep and the final awakening");
    }

    @Test
    void negativeMinutesAreRefused(FxRobot robot) {
        rate(robot);
        retype(robot, "sol", "-5");
        assertRefused(robot, "solMin", "must not be negative");
    }

    @Test
    void moreThan24HoursInBedIsRefused(FxRobot robot) {
        rate(robot);
        // Final awakening before trying to sleep walks the night back a day: 23:20 → 07:10 the day after next.
        retype(robot, "final-wake", "23:10");
        retype(robot, "out-of-bed", "07:10");
        assertRefused(robot, "outOfBed", "More than 24 h in bed");
    }

    @Test
    void aDateInTheFutureIsRefused(FxRobot robot) {
        rate(robot);
        retype(robot, "sleep-date", TODAY.plusDays(1).toString());
        assertRefused(robot, "date", "The date is in the future");
    }

    @Test
    void theWakeDateIsShownInTheDayStyleAndTypedInAnyOfItsForms(FxRobot robot) {
        DatePicker picker = robot.lookup("#sleep-date").queryAs(DatePicker.class);
        assertThat(picker.getEditor().getText()).isEqualTo("Sat 21 Nov 2026");

        // Typed as ISO: it stays as typed while the cursor is there, and takes the day style on Tab.
        retype(robot, "sleep-date", "2026-11-17");
        assertThat(picker.getEditor().getText()).isEqualTo("2026-11-17");
        robot.type(KeyCode.TAB);
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(picker.getEditor().getText()).isEqualTo("Tue 17 Nov 2026");

        retype(robot, "sleep-date", "16 nov 2026");
        robot.type(KeyCode.TAB);
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(picker.getEditor().getText()).isEqualTo("Mon 16 Nov 2026");

        // Typed as shown, then saved with Enter: the night lands on that day.
        rate(robot);
        retype(robot, "sleep-date", "Sun 15 Nov 2026");
        robot.type(KeyCode.ENTER);
        assertThat(nights.find(LocalDate.of(2026, 11, 15))).isPresent();
    }

    @Test
    void garbageTimeIsRefusedAtItsField(FxRobot robot) {
        rate(robot);
        retype(robot, "bed", "25:99");
        assertRefused(robot, "intoBed", "is not a clock time");
    }

    @Test
    void aSecondNightForTheSameDateOffersToEditTheStoredOne(FxRobot robot) {
        rate(robot);
        LocalDate yesterday = TODAY.minusDays(1);
        robot.clickOn("#sleep-date").push(KeyCode.SHORTCUT, KeyCode.A).write(yesterday.toString());
        assertThat(problemFields()).contains("date");
        assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#duplicate-bar").query().isVisible()).isTrue();

        // The stars given to the new night would be lost: asked first (UnsavedNightTest), and let go.
        robot.clickOn("#edit-existing");
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && "Don't save".equals(b.getText())).queryAs(Button.class));
        assertThat(controllerForm().editing()).contains(yesterday);
        assertThat(field(robot, "bed").getText()).isEqualTo("23:20");
        assertThat(robot.lookup("#duplicate-bar").query().isVisible()).isFalse();
    }

    @Test
    void selectingANightEditsIt(FxRobot robot) {
        robot.clickOn(row(robot, "Fri 20 Nov 2026"));
        assertThat(controllerForm().editing()).contains(TODAY.minusDays(1));
        retype(robot, "out-of-bed", "7:45");
        robot.type(KeyCode.ENTER);
        assertThat(nights.find(TODAY.minusDays(1)).orElseThrow().outOfBed()).isEqualTo(LocalTime.of(7, 45));
        assertThat(nights.find(TODAY.minusDays(1)).orElseThrow().zone()).as("an edit keeps the zone it was slept in").isEqualTo(TRIP);
        assertThat(nights.count()).isEqualTo(2);
    }

    @Test
    void anEditedNightShowsItsNewFiguresInTheList(FxRobot robot) {
        robot.clickOn(row(robot, "Fri 20 Nov 2026"));
        assertThat(rowTexts(robot, "Fri 20 Nov 2026")).contains("88 %");
        retype(robot, "out-of-bed", "9:00");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowTexts(robot, "Fri 20 Nov 2026")).as("the row updated in place shows the longer time in bed")
                .contains("72 %").doesNotContain("88 %");
    }

    /** The texts of the cells in the list's row of a night. */
    private static List<String> rowTexts(FxRobot robot, String day) {
        return row(robot, day).getParent().getChildrenUnmodifiable().stream()
                .filter(TableCell.class::isInstance).map(n -> ((TableCell<?, ?>) n).getText()).toList();
    }

    @Test
    void deleteAsksFirstAndCtrlZBringsTheNightBack(FxRobot robot) {
        robot.clickOn(row(robot, "Fri 20 Nov 2026")).type(KeyCode.DELETE);
        robot.clickOn("Cancel");
        assertThat(nights.exists(TODAY.minusDays(1))).isTrue();

        robot.clickOn(row(robot, "Fri 20 Nov 2026")).type(KeyCode.DELETE);
        robot.clickOn("Delete");
        assertThat(nights.exists(TODAY.minusDays(1))).isFalse();
        assertThat(table(robot).getItems()).hasSize(1);

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(nights.find(TODAY.minusDays(1)).orElseThrow().outOfBed()).isEqualTo(LocalTime.of(7, 20));
        assertThat(table(robot).getItems()).hasSize(2);
    }

    @Test
    void undoAfterSavingANewNightRemovesIt(FxRobot robot) {
        rate(robot);
        robot.type(KeyCode.ENTER);
        assertThat(nights.find(TODAY).orElseThrow().zone()).as("a new night is slept in this machine's zone").isEqualTo(ZONE);
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(nights.exists(TODAY)).isFalse();
        assertThat(table(robot).getItems()).hasSize(2);
    }

    @Test
    void undoAfterAnEditRestoresThePreviousNight(FxRobot robot) {
        robot.clickOn(row(robot, "Fri 20 Nov 2026"));
        retype(robot, "out-of-bed", "9:00");
        robot.type(KeyCode.ENTER);
        assertThat(nights.find(TODAY.minusDays(1)).orElseThrow().outOfBed()).isEqualTo(LocalTime.of(9, 0));
        robot.clickOn("#undo");
        assertThat(nights.find(TODAY.minusDays(1)).orElseThrow().outOfBed()).isEqualTo(LocalTime.of(7, 20));
    }
}
