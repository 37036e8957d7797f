package dev.kip.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Settings;
import dev.kip.ui.ViewHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A notice (ControlsFX's popup, styled for modena) under AtlantaFX: styled without a CSS warning, on a background of
 * its own, its text readable in both themes.
 */
@ExtendWith(ApplicationExtension.class)
class NoticesStyleTest {
    private final Logger css = Logger.getLogger("javafx.css");
    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord r) {
            warnings.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        css.addHandler(collect);
        ViewHarness.showOn(stage, new StackPane(new Label("page")), 800, 600);
    }

    @AfterEach
    void stop(FxRobot robot) {
        css.removeHandler(collect);
        robot.interact(() -> Themes.apply(Settings.Theme.LIGHT));
    }

    @Test
    void aNoticeIsStyledWithoutWarningsAndReadableInBothThemes(FxRobot robot) {
        for (Settings.Theme theme : Settings.Theme.values()) {
            robot.interact(() -> Themes.apply(theme));
            robot.interact(() -> Notices.info(stage, "Journal backed up " + theme, "Saved and checked"));
            WaitForAsyncUtils.waitForFxEvents();
            Region pane = robot.lookup(".notification-bar > .pane").match(n -> n.lookup(".title") instanceof Label l
                    && l.getText().endsWith(theme.name())).queryAs(Region.class);
            Label title = (Label) pane.lookup(".title");
            assertThat(pane.getBackground()).as(theme + ": the notice has a background").isNotNull();
            Color back = (Color) pane.getBackground().getFills().get(pane.getBackground().getFills().size() - 1).getFill();
            Color text = (Color) title.getTextFill();
            assertThat(Math.abs(back.getBrightness() - text.getBrightness())).as(theme + ": text against its background")
                    .isGreaterThan(0.5);
        }
        assertThat(warnings).extracting(LogRecord::getMessage).isEmpty();
    }
}
