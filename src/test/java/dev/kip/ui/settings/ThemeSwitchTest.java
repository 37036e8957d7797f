package dev.kip.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.app.AppContext;
import dev.kip.domain.Settings;
import dev.kip.journal.Journal;
import dev.kip.service.JournalExecutor;
import dev.kip.style.ColorScheme;
import dev.kip.style.Role;
import dev.kip.ui.NoSwitching;
import dev.kip.ui.common.JournalSwitcher;
import dev.kip.ui.common.Themes;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Switching the theme in Settings restyles the open window at once: page, headings and text. */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchTest {
    private static final KeyCode[] VIEWS = {KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT1};
    @TempDir
    static Path dir;
    AppContext context;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Themes.apply(Settings.Theme.LIGHT));
        context.close();
    }

    @Test
    void darkAppliesToThePageAndItsHeadingsWithoutARestart(FxRobot robot) {
        robot.interact(() -> {
            Themes.apply(Settings.Theme.LIGHT);
            Journal journal = Journal.open(dir.resolve("theme-" + System.nanoTime() + ".db"));
            JournalSwitcher switcher = NoSwitching.none();
            context = new AppContext(journal, false, JournalExecutor.sameThread(), switcher,
                    Clock.fixed(Instant.parse("2026-11-23T06:30:00Z"), ZoneId.of("Europe/Berlin")));
            Scene scene = new Scene(new ViewLoader(context.controllerFactory()).load("/dev/kip/ui/shell/Shell.fxml").root(), 1366, 768);
            scene.getStylesheets().add(Themes.kipCss());
            stage.setScene(scene);
            stage.show();
        });
        // Every view once: the sleep form's validation puts ControlsFX's transparent decoration pane at the scene's root.
        for (KeyCode view : VIEWS) {
            robot.press(KeyCode.CONTROL, view).release(view, KeyCode.CONTROL);
        }
        assertThat(pageColour(robot)).isEqualTo(colour(Role.BACKGROUND, ColorScheme.LIGHT));

        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        robot.interact(() -> robot.lookup("#settings-theme").<ChoiceBox<Settings.Theme>>query().setValue(Settings.Theme.DARK));
        robot.clickOn("OK");

        assertThat(context.settings().get().theme()).isEqualTo(Settings.Theme.DARK);
        for (KeyCode view : VIEWS) {
            robot.press(KeyCode.CONTROL, view).release(view, KeyCode.CONTROL);
            assertThat(pageColour(robot)).as("the page of view %s", view).isEqualTo(colour(Role.BACKGROUND, ColorScheme.DARK));
        }
        Label heading = robot.lookup("#view-today .title-1").queryAs(Label.class);
        assertThat(heading.getTextFill()).isEqualTo(colour(Role.TEXT, ColorScheme.DARK));
    }

    /** The colour of the page in the views' padding, just right of the navigation and above the status bar. */
    private Color pageColour(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        return image[0].getPixelReader().getColor(176, (int) image[0].getHeight() - 30);
    }

    private static Color colour(Role role, ColorScheme scheme) {
        return Color.web(role.in(scheme).hex());
    }
}
