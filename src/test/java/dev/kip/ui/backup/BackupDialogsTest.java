package dev.kip.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BackupDialogsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void sizesUseTheLargestUnitThatKeepsANumberOfAtLeastOne() {
        assertThat(RestoreDialog.size(512)).isEqualTo("512 bytes");
        // 49,152 / 1024 = 48.0 KB; 3,355,443 / 1024² = 3.19999… → 3.2 MB.
        assertThat(RestoreDialog.size(49_152)).isEqualTo("48.0 KB");
        assertThat(RestoreDialog.size(3_355_443)).isEqualTo("3.2 MB");
        assertThat(RestoreDialog.size(1024 * 1024 - 1)).isEqualTo("1.0 MB");
        assertThat(RestoreDialog.size(1024 * 1024 - 103)).isEqualTo("1023.9 KB");
    }

    @Test
    void aDamagedJournalOffersItsBackupAndRestoresOnRequest(FxRobot robot) throws Exception {
        Path backup = Path.of("/journals/backups/journal-2026-03-01.db");
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(DamagedJournalDialog.offerRestore(stage, "The journal journal.db is damaged (malformed).", backup)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().contains("is damaged (malformed)") && l.getText().contains("The newest good backup is " + backup)).tryQuery()).isPresent();
        robot.interact(() -> robot.lookup((Node n) -> n instanceof Button b && "Restore this backup".equals(b.getText()))
                .queryAs(Button.class).fire());
        assertThat(answer.get()).isTrue();
    }

    @Test
    void closingTheDamagedJournalMessageRestoresNothing(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(DamagedJournalDialog.offerRestore(stage, "damaged", Path.of("b.db"))));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup((Node n) -> n instanceof Button b && "Close".equals(b.getText())).queryAs(Button.class).fire());
        assertThat(answer.get()).isFalse();
    }
}
