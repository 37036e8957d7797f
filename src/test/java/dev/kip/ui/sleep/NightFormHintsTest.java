package dev.kip.ui.sleep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Night;
import dev.kip.domain.Settings;
import dev.kip.journal.NightStore;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
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
 * The diary form as a first-time user meets it at 1366 × 768: no red before a field is touched, hints
 * that read as hints, a unit beside every number, the clock the settings ask for (Extras too), Save in
 * sight with Extras open, and nothing moving as a message comes and goes.
 */
@ExtendWith(ApplicationExtension.class)
class NightFormHintsTest {
    @TempDir
    static Path dir;

    ViewHarness harness;
    NightFormController form;

    @Start
    void start(Stage stage) {
        harness = ViewHarness.open(dir.resolve("j-" + System.nanoTime() + ".db"), SleepViewTest.CLOCK);
        NightStore nights = new NightStore(harness.journal());
        nights.put(new Night(SleepViewTest.TODAY.minusDays(1), LocalTime.of(23, 0), LocalTime.of(23, 10), 10, 1, 10,
                LocalTime.of(6, 50), LocalTime.of(7, 0), 4, 4, false, "", SleepViewTest.ZONE));
        ViewLoader.Loaded<SleepController> view = new ViewLoader(harness.factory()).load("/dev/kip/ui/sleep/Sleep.fxml");
        form = SleepViewTest.formOf(view.controller());
        // The window at 1366 × 768 less the shell's navigation, menu and status bars.
        ViewHarness.showOn(stage, view.root(), 1366 - 190, 768 - 60);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> harness.close()).get();
    }

    @Test
    void nothingIsRedBeforeAFieldIsTouchedAndTheStatusSaysWhatIsLeft(FxRobot robot) {
        assertThat(form.problems()).isNotEmpty(); // the stars are not given yet
        assertThat(form.validation().getValidationResult().getErrors()).isEmpty();
        assertThat(robot.lookup("#problems").query().isVisible()).isFalse();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("Still to fill: Sleep quality, How rested");

        // Leaving a field touches it: now its problem is red, at the field and in the list.
        robot.clickOn("#bed").push(KeyCode.SHORTCUT, KeyCode.A).write("25:99").type(KeyCode.TAB);
        assertThat(form.validation().getValidationResult().getErrors()).hasSize(1);
        assertThat(robot.lookup("#problems").queryAs(Label.class).getText()).contains("Into bed");
    }

    @Test
    void aRefusedSaveShowsEveryProblem(FxRobot robot) {
        robot.clickOn("#bed").type(KeyCode.ENTER);
        assertThat(form.validation().getValidationResult().getErrors()).hasSize(2);
        assertThat(robot.lookup("#problems").queryAs(Label.class).getText()).contains("Rate your sleep quality").contains("Rate how rested");
    }

    @Test
    void hintsReadAsExamplesAndEveryNumberHasItsUnit(FxRobot robot) {
        robot.interact(() -> field(robot, "bed").clear());
        assertThat(field(robot, "bed").getPromptText()).isEqualTo("e.g. 23:15");
        for (String id : List.of("sol", "awakenings", "waso", "caffeine", "alcohol", "nap-min", "room-temp")) {
            TextField f = field(robot, id);
            assertThat(f.getPromptText()).as(id).startsWith("e.g. ");
            assertThat(((HBox) f.getParent()).getChildren()).as(id + "'s unit")
                    .anyMatch(n -> n instanceof Label l && l.getStyleClass().contains("unit") && !l.getText().isBlank());
        }
    }

    @Test
    void twelveHourClocksGetTwelveHourHintsExtrasToo(FxRobot robot) {
        robot.interact(() -> {
            Settings s = harness.context().settings().get();
            harness.context().settings().settingsProperty().set(new Settings(s.massUnit(), s.tempUnit(), false, s.sleepTargetMin(),
                    s.e1rmFormula(), s.reportName(), s.theme(), s.paper(), s.weightStep()));
        });
        assertThat(field(robot, "bed").getPromptText()).isEqualTo("e.g. 11:15 pm");
        assertThat(field(robot, "out-of-bed").getPromptText()).isEqualTo("e.g. 7:00 am");
        assertThat(field(robot, "last-caffeine").getPromptText()).isEqualTo("e.g. 2:00 pm");
        assertThat(field(robot, "nap-start").getPromptText()).isEqualTo("e.g. 1:30 pm");
        assertThat(field(robot, "bed").getText()).isEqualTo("11:00 pm");
    }

    @Test
    void saveStaysInSightWithExtrasOpenAndTheFieldsScrollToTheFocus(FxRobot robot) {
        robot.interact(() -> robot.lookup("#extras").queryAs(TitledPane.class).setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds save = onScreen(robot.lookup("#save").query());
        assertThat(save.getMaxY()).isLessThanOrEqualTo(robot.lookup("#save").query().getScene().getHeight());
        // Tab into the last field of the Extras: it scrolls into view, and Save has not moved.
        robot.interact(() -> field(robot, "nap-min").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        Bounds nap = onScreen(field(robot, "nap-min"));
        Bounds view = onScreen(robot.lookup("#night-fields").query());
        assertThat(nap.getMinY()).isGreaterThanOrEqualTo(view.getMinY());
        assertThat(nap.getMaxY()).isLessThanOrEqualTo(view.getMaxY());
        assertThat(onScreen(robot.lookup("#save").query())).isEqualTo(save);
    }

    @Test
    void theFormDoesNotJumpAsMessagesComeAndGo(FxRobot robot) {
        Node save = robot.lookup("#save").query();
        Bounds saveBefore = onScreen(save);
        Bounds bedBefore = onScreen(field(robot, "bed"));
        robot.clickOn("#bed").push(KeyCode.SHORTCUT, KeyCode.A).write("25:99").type(KeyCode.TAB);
        assertThat(robot.lookup("#problems").query().isVisible()).isTrue();
        assertThat(onScreen(save)).isEqualTo(saveBefore);
        assertThat(onScreen(field(robot, "bed"))).isEqualTo(bedBefore);
        robot.clickOn("#bed").push(KeyCode.SHORTCUT, KeyCode.A).write("23:00").type(KeyCode.TAB);
        assertThat(robot.lookup("#problems").query().isVisible()).isFalse();
        assertThat(onScreen(save)).isEqualTo(saveBefore);
        assertThat(onScreen(field(robot, "bed"))).isEqualTo(bedBefore);
        assertThat(robot.lookup("#save").queryAs(Button.class).getText()).isEqualTo("Save night");
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    private static Bounds onScreen(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
