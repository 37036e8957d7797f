package dev.kip.ui.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.PsfsActivity;
import dev.kip.service.PhysioService;
import dev.kip.ui.ViewHarness;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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

/** The functional scale's card in the Body view: naming activities, rating them, and the change from the first rating. */
@ExtendWith(ApplicationExtension.class)
class PsfsViewTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T06:30:00Z"), ZoneId.of("Europe/Berlin"));
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path dir;
    private ViewHarness harness;
    private PhysioService physio;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        harness = ViewHarness.open(dir.resolve("psfs-" + System.nanoTime() + ".db"), CLOCK);
        physio = harness.factory().get(PhysioService.class);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    /** Opens the Body view scrolled down to the card, the last of the side pane. */
    private void open(FxRobot robot) {
        harness.show(robot, stage, "/dev/kip/ui/body/Body.fxml", 1200, 780);
        robot.interact(() -> robot.lookup(".body-side-scroll").queryAs(ScrollPane.class).setVvalue(1));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Integer> score(FxRobot robot, PsfsActivity a) {
        return robot.lookup("#psfs-score-" + a.id()).queryAs(ComboBox.class);
    }

    @Test
    void anActivityNamedHereIsRatedAndItsChangeIsMarkedBeyondMeasurementError(FxRobot robot) {
        // Two weeks ago: squat to depth 2, sitting through a meeting 4.
        PsfsActivity squat = physio.addActivity("squat to depth", MONDAY.minusDays(14));
        PsfsActivity sitting = physio.addActivity("sit through a meeting", MONDAY.minusDays(14));
        physio.rate(MONDAY.minusDays(14), Map.of(squat.id(), 2, sitting.id(), 4));
        open(robot);
        assertThat(text(robot, "#psfs-why")).contains("Stratford", "Horn").contains("0 = unable to 10 = as before the problem");
        assertThat(text(robot, "#psfs-history-" + squat.id())).isEqualTo("9 Nov 2 — the first rating.");

        robot.clickOn("#psfs-new").write("sleep on my left side").type(KeyCode.ENTER);
        PsfsActivity side = physio.activities().get(2);
        assertThat(side.name()).isEqualTo("sleep on my left side");
        assertThat(text(robot, "#psfs-history-" + side.id())).isEqualTo("Not rated yet.");

        // Today: squat 6 (+4, beyond the 3 points of one activity), sitting 5 (+1); average 3.0 → 5.5 (+2.5).
        robot.interact(() -> {
            score(robot, squat).setValue(6);
            score(robot, sitting).setValue(5);
        });
        robot.clickOn("#psfs-rate");
        assertThat(text(robot, "#psfs-status")).isEqualTo("Saved 2 ratings for today.");
        assertThat(text(robot, "#psfs-history-" + squat.id()))
                .isEqualTo("9 Nov 2 · 23 Nov 6 — +4 since the first rating (9 Nov): beyond measurement error.");
        assertThat(text(robot, "#psfs-history-" + sitting.id()))
                .isEqualTo("9 Nov 4 · 23 Nov 5 — +1 since the first rating (9 Nov): within measurement error.");
        assertThat(text(robot, "#psfs-average"))
                .isEqualTo("Average 3.0 → 5.5 (+2.5) since the first ratings: beyond measurement error.");
        assertThat(score(robot, squat).getValue()).as("today's rating stays in its box").isEqualTo(6);
    }

    @Test
    void aSixthActivityWaitsUntilOneIsRetired(FxRobot robot) {
        for (int i = 1; i <= 5; i++) {
            physio.addActivity("activity " + i, MONDAY.minusDays(7));
        }
        open(robot);
        assertThat(robot.lookup("#psfs-add").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#psfs-new").queryAs(TextField.class).getPromptText()).startsWith("Five activities in use");
        PsfsActivity first = physio.activities().get(0);
        robot.clickOn("#psfs-retire-" + first.id());
        assertThat(text(robot, "#psfs-status")).isEqualTo("Stopped rating \"activity 1\"; its ratings stay in the summary.");
        assertThat(robot.lookup("#psfs-add").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#psfs-retire-" + first.id()).tryQuery()).isEmpty();
    }

    @Test
    void savingWithoutARatingSaysWhatIsMissingAndWritesNothing(FxRobot robot) {
        physio.addActivity("squat to depth", MONDAY);
        open(robot);
        robot.clickOn("#psfs-rate");
        assertThat(text(robot, "#psfs-status")).startsWith("Choose a rating from 0 to 10");
        assertThat(physio.scale(MONDAY).isEmpty()).isTrue();
    }
}
