package dev.kip.ui.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The clipped-text finder catches what it is for, and passes what fits: proof that the tour's test can fail. */
@ExtendWith(ApplicationExtension.class)
class ClippedTextTest {
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aNarrowLabelIsCaughtAndAWideOneIsNot(FxRobot robot) {
        Label narrow = new Label("Strength index (main lifts)");
        narrow.setMaxWidth(80);
        Label wide = new Label("Strength index (main lifts)");
        assertThat(laidOut(robot, new VBox(narrow, wide))).singleElement().asString()
                .contains("\"Strength index (main lifts)\" shows as \"Strength");
    }

    @Test
    void aFieldTooNarrowForItsHintIsCaught(FxRobot robot) {
        TextField field = new TextField();
        field.setPromptText("Name on the summary (optional)");
        field.setMaxWidth(120);
        assertThat(laidOut(robot, new VBox(field))).singleElement().asString().contains("Name on the summary (optional)");
    }

    @Test
    void textSpillingOutOfItsBoxIsCaught(FxRobot robot) {
        Pane box = new Pane(new Text(10, 20, "Acute:chronic 1.15 — last 7 days 2,208 vs average weekly 1,920"));
        box.setMaxSize(100, 40);
        assertThat(laidOut(robot, new VBox(box))).singleElement().asString().contains("spills out of its Pane");
    }

    @Test
    void aLabelReachingPastTheWindowIsCaught(FxRobot robot) {
        Label stubborn = new Label("Acute:chronic 1.15 — last 7 days 2,208 vs average weekly 1,920");
        stubborn.setMinWidth(Region.USE_PREF_SIZE);
        assertThat(laidOut(robot, new VBox(stubborn))).anyMatch(p -> p.startsWith("reaches past the window"));
    }

    private List<String> laidOut(FxRobot robot, VBox root) {
        robot.interact(() -> {
            stage.setScene(new Scene(root, 300, 200));
            stage.show();
            root.applyCss();
            root.layout();
        });
        return ShellTour.onFx(() -> ClippedText.in(root));
    }
}
