package dev.kip.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.journal.Backups;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalFixtures;
import dev.kip.service.JournalExecutor;
import dev.kip.ui.backup.BackupActions;
import dev.kip.ui.common.JournalSwitcher;
import dev.kip.ui.common.ViewLoader;
import dev.kip.ui.shell.ShellController;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The File menu's backup items on the real shell, wired as the app wires it, with a same-thread executor. */
@ExtendWith(ApplicationExtension.class)
class ShellBackupMenuTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Clock CLOCK = Clock.fixed(DAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));

    @TempDir
    static Path dir;
    private Journal journal;
    private Scene scene;
    private boolean backedUpBeforeViewsBuilt;
    private final List<Path> restoreRequests = new ArrayList<>();

    @Start
    void start(Stage stage) {
        dev.kip.ui.common.Themes.apply(dev.kip.domain.Settings.Theme.LIGHT);
        journal = Journal.open(dir.resolve("journal-" + System.nanoTime() + ".db"));
        JournalFixtures.fill(journal, DAY, 9);
        JournalSwitcher switcher = new JournalSwitcher() {
            @Override
            public void open(Path file) {
            }

            @Override
            public List<Path> recentJournals() {
                return List.of();
            }

            @Override
            public void quit() {
            }

            @Override
            public void restore(Path backup) {
                restoreRequests.add(backup);
            }
        };
        AppContext context = new AppContext(journal, false, JournalExecutor.sameThread(), switcher, CLOCK);
        ViewLoader.Loaded<ShellController> shell = new ViewLoader(context.controllerFactory()).load("/dev/kip/ui/shell/Shell.fxml");
        scene = new Scene(shell.root(), 900, 600);
        stage.setScene(scene);
        stage.show();
        // As KipApp does: the backup once the other views are built, one per turn of the FX queue.
        ((BackupActions) context.controllerFactory().call(BackupActions.class)).dailyBackupAfter(shell.controller().prebuildOthers(), stage);
        backedUpBeforeViewsBuilt = Files.exists(Backups.dailyFile(journal.file(), DAY));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private MenuItem fileMenuItem(String id) {
        MenuBar bar = (MenuBar) scene.lookup("#menuBar");
        return bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private void choose(String id) {
        MenuItem item = fileMenuItem(id);
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDailyBackupWaitsForTheViewsToBeBuilt() {
        assertThat(backedUpBeforeViewsBuilt).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Backups.dailyFile(journal.file(), DAY)).exists();
    }

    @Test
    void backUpNowWritesACheckedBackupAndSaysWhere(FxRobot robot) throws Exception {
        choose("menu-backup");
        Path expected = Backups.timestampedFile(journal.file(), DAY.atTime(9, 30), "");
        assertThat(expected).exists();
        assertThat(JournalFixtures.dump(expected).get("nights")).hasSize(9);
        assertThat(robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && l.getText().contains(expected.toString()))
                .tryQuery()).isPresent();
    }

    @Test
    void restoreListsTheBackupsAndAsksTheAppToRestoreTheChosenOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(Backups.dailyFile(journal.file(), DAY)));
        choose("menu-backup");
        Path backup = Backups.timestampedFile(journal.file(), DAY.atTime(9, 30), "");
        choose("menu-restore");
        TableView<?> table = robot.lookup("#backup-table").queryAs(TableView.class);
        // Newest first: the backup made now, then the daily one made once the views were built.
        assertThat(table.getItems()).hasSize(2);
        assertThat(robot.lookup((Node n) -> n instanceof Labeled l && "9".equals(l.getText())).tryQuery()).isPresent();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> button(robot, "Restore…").fire());
        assertThat(restoreRequests).isEmpty();
        robot.interact(() -> button(robot, "Restore").fire());
        assertThat(restoreRequests).containsExactly(backup);
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Button b && text.equals(b.getText())).queryAs(Button.class);
    }
}
