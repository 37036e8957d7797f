package dev.kip.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WelcomeScreenTest {
    @TempDir
    static Path dir;
    private final CompletableFuture<Object[]> opened = new CompletableFuture<>();
    private Path journal;
    private Path sample;

    @Start
    void start(Stage stage) {
        journal = dir.resolve("mine-" + System.nanoTime() + "/journal.db");
        sample = dir.resolve("sample-" + System.nanoTime() + ".db");
        WelcomeScreen welcome = new WelcomeScreen(journal, sample, (file, isSample) -> opened.complete(new Object[] {file, isSample}));
        stage.setScene(new Scene(welcome.root(), 900, 600));
        stage.show();
    }

    @Test
    void startMyJournalOpensThePersonsJournal(FxRobot robot) throws Exception {
        robot.clickOn("#start-journal");
        Object[] result = opened.get(5, TimeUnit.SECONDS);
        assertThat(result).containsExactly(journal, false);
    }

    @Test
    void theSampleIsWrittenIntoItsOwnFileNeverIntoTheJournal(FxRobot robot) throws Exception {
        robot.clickOn("#explore-sample");
        Object[] result = opened.get(60, TimeUnit.SECONDS);
        assertThat(result).containsExactly(sample, true);
        assertThat(Files.exists(journal)).as("the person's journal is untouched").isFalse();
        try (Journal j = Journal.open(sample)) {
            assertThat(new NightStore(j).count()).isGreaterThan(500);
        }
    }
}
