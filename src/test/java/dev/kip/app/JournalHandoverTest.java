package dev.kip.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.journal.Journal;
import dev.kip.journal.JournalFixtures;
import dev.kip.report.ReportRequest;
import dev.kip.service.JournalExecutor;
import dev.kip.ui.NoSwitching;
import dev.kip.ui.common.JournalSwitcher;
import dev.kip.ui.common.KipView;
import dev.kip.ui.common.ViewLoader;
import dev.kip.ui.shell.ShellController;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Another journal opened while a field is being typed in: the shell on a journal thread of its own, as in
 * the window, and the hand-over KipApp makes. The field saves on focus loss, which must reach the old journal.
 */
@ExtendWith(ApplicationExtension.class)
class JournalHandoverTest {
    @TempDir
    static Path dir;
    private final ExecutorService journalThread = Executors.newSingleThreadExecutor();
    private Path file;
    private AppContext context;
    private ShellController shell;
    private Scene scene;

    @Start
    void start(Stage stage) {
        dev.kip.ui.common.Themes.apply(dev.kip.domain.Settings.Theme.LIGHT);
        file = dir.resolve("handover-" + System.nanoTime() + ".db");
        JournalSwitcher switcher = NoSwitching.none();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T06:30:00Z"), ZoneId.of("Europe/Berlin"));
        context = new AppContext(Journal.open(file), false, new JournalExecutor(journalThread, Platform::runLater), switcher, clock);
        ViewLoader.Loaded<ShellController> loaded = new ViewLoader(context.controllerFactory()).load("/dev/kip/ui/shell/Shell.fxml");
        shell = loaded.controller();
        scene = new Scene(loaded.root(), 1100, 750);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aQuestionTypedBeforeAnotherJournalOpensIsSavedInTheFirst(FxRobot robot) throws Exception {
        robot.interact(() -> shell.show(KipView.REPORT));
        TextField question = robot.lookup("#report-question").queryAs(TextField.class);
        robot.clickOn(question).write("Is the knee ready for squats?");
        assertThat(question.isFocused()).isTrue();

        robot.interact(() -> JournalHandover.replace(scene, new StackPane(new Label("the other journal")), context));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(journalThread.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(JournalFixtures.dump(file).get("settings"))
                .contains(List.of(ReportRequest.QUESTION_SETTING, "Is the knee ready for squats?"));
        assertThat(robot.listWindows()).hasSize(1);
    }
}
