package dev.kip.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import dev.kip.app.AppContext;
import dev.kip.domain.Settings;
import dev.kip.journal.Journal;
import dev.kip.service.JournalExecutor;
import dev.kip.ui.common.JournalSwitcher;
import dev.kip.ui.common.Themes;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
class HelpTest {
    @TempDir
    static Path dir;
    AppContext context;
    Stage stage;
    int ownJournalAsked;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    void show(FxRobot robot, boolean sample) {
        robot.interact(() -> {
            Themes.apply(Settings.Theme.LIGHT);
            Journal journal = Journal.open(dir.resolve("help-" + System.nanoTime() + ".db"));
            JournalSwitcher switcher = new JournalSwitcher() {
                @Override
                public void open(Path p) {
                }

                @Override
                public List<Path> recentJournals() {
                    return List.of();
                }

                @Override
                public void quit() {
                }

                @Override
                public void startOwnJournal() {
                    ownJournalAsked++;
                }
            };
            Clock clock = Clock.fixed(Instant.parse("2026-11-23T06:30:00Z"), ZoneId.of("Europe/Berlin"));
            context = new AppContext(journal, sample, JournalExecutor.sameThread(), switcher, clock);
            Scene scene = new Scene(new ViewLoader(context.controllerFactory()).load("/dev/kip/ui/shell/Shell.fxml").root(), 1366, 768);
            scene.getStylesheets().add(Themes.kipCss());
            stage.setScene(scene);
            stage.show();
        });
        // The menu bar takes its place once Today's data are on screen (a placeholder until then).
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene().lookup(".menu-bar-placeholder") == null);
        } catch (TimeoutException e) {
            throw new AssertionError("the shell's menu bar never replaced its placeholder", e);
        }
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        context.close();
    }

    private Stage helpStage() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && "Kip Help".equals(s.getTitle()))
                .findFirst().orElseThrow();
    }

    @Test
    void f1OnAFieldOpensTheGlossaryAtItsTerm(FxRobot robot) {
        show(robot, false);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.clickOn("#view-sleep #waso");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        Stage help = helpStage();
        assertThat(help.isShowing()).isTrue();
        assertThat(((TabPane) help.getScene().lookup("#help-tabs")).getSelectionModel().getSelectedItem().getText()).isEqualTo("Glossary");
        Node waso = help.getScene().lookup("#glossary-waso");
        assertThat(waso.getPseudoClassStates()).contains(Styles.STATE_ACCENT);
        assertThat(waso.getAccessibleText()).startsWith("WASO — Wake after sleep onset. Minutes awake");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(help.isShowing()).isFalse();
    }

    @Test
    void theGlossaryFiltersAsYouType(FxRobot robot) {
        show(robot, false);
        robot.press(KeyCode.F1).release(KeyCode.F1);
        Stage help = helpStage();
        robot.interact(() -> ((TextField) help.getScene().lookup("#glossary-search")).setText("efficiency"));
        assertThat(help.getScene().lookup("#glossary-se").isVisible()).isTrue();
        assertThat(help.getScene().lookup("#glossary-waso").isVisible()).isFalse();
    }

    @Test
    void theHelpMenuReachesKeysFilesAndSources(FxRobot robot) {
        show(robot, false);
        robot.clickOn("Help").clickOn("#menu-help-files");
        Stage help = helpStage();
        TabPane tabs = (TabPane) help.getScene().lookup("#help-tabs");
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Your files");
        String journalPath = ((TextField) help.getScene().lookup("#help-journal-path")).getText();
        assertThat(journalPath).endsWith(".db");
        assertThat(((TextField) help.getScene().lookup("#help-backups-path")).getText()).endsWith("backups");
        robot.interact(() -> tabs.getSelectionModel().select(3));
        assertThat(texts(tabs.getSelectionModel().getSelectedItem().getContent()))
                .anyMatch(t -> t.startsWith("Lamon S, Morabito A"))
                .anyMatch(t -> t.startsWith("One night without sleep cut muscle protein synthesis"));
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertThat(texts(tabs.getSelectionModel().getSelectedItem().getContent())).contains("Training", "Ctrl+S", "Save the workout");
    }

    @Test
    void termsOnScreenCarryTheirDefinition(FxRobot robot) {
        show(robot, false);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Label awake = robot.lookup("#view-sleep .label").match((Label l) -> "Awake in the night".equals(l.getText())).queryAs(Label.class);
        assertThat(awake.getTooltip().getText()).startsWith("WASO — Wake after sleep onset.").endsWith("F1: Help and glossary");
        assertThat(awake.getAccessibleHelp()).startsWith("WASO");
    }

    @Test
    void theSampleJournalSaysSoAndOffersTheirOwn(FxRobot robot) {
        show(robot, true);
        assertThat(robot.lookup("#sample-banner").match(NodeQueryUtils.isVisible()).tryQuery()).isPresent();
        assertThat(texts(robot.lookup("#sample-banner").query())).contains("Sample journal — not yours");
        robot.clickOn("#start-my-journal");
        assertThat(ownJournalAsked).isEqualTo(1);
    }

    @Test
    void anOwnJournalHasNoBanner(FxRobot robot) {
        show(robot, false);
        assertThat(robot.lookup("#sample-banner").match(NodeQueryUtils.isVisible()).tryQuery()).isEmpty();
    }

    private static List<String> texts(Node root) {
        return root.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }
}
