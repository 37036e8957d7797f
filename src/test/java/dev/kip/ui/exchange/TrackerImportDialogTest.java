package dev.kip.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.DeviceNight;
import dev.kip.domain.Settings;
import dev.kip.journal.DeviceNightStore;
import dev.kip.journal.Journal;
import dev.kip.service.Changes;
import dev.kip.service.ImportService;
import dev.kip.service.JournalExecutor;
import dev.kip.ui.common.SettingsModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Import… with a tracker's export zip: told by what it holds, previewed, imported with its source. */
@ExtendWith(ApplicationExtension.class)
class TrackerImportDialogTest {
    @TempDir
    Path dir;
    private Stage owner;
    private Journal journal;
    private final JournalExecutor executor = JournalExecutor.background(Platform::runLater);

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
        if (journal != null) {
            journal.close();
        }
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#import-status").queryAs(Label.class).getText();
    }

    @Test
    void aGarminAccountExportZip(FxRobot robot) throws Exception {
        Path zip = dir.resolve("garmin-export.zip");
        Files.write(zip, zipOf("DI_CONNECT/DI-Connect-Wellness/2024-01-01_2024-04-10_1234_sleepData.json",
                "/dev/kip/exchange/trackers/garmin-sleepData.json"));
        journal = Journal.open(dir.resolve("journal.db"));
        robot.interact(() -> new ImportDialog(new ImportService(journal, Changes.direct(), Clock.systemUTC()), executor, new SettingsModel(Settings.DEFAULTS))
                .open(owner, zip));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status(robot).startsWith("Check what will be imported."));
        assertThat(robot.lookup("#import-preview").queryAs(TextArea.class).getText())
                .contains("garmin-export.zip (Garmin)", "2 device nights", "1 day: listed by the file without a sleep");
        robot.clickOn("#import-confirm");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status(robot).startsWith("Added"));
        assertThat(new DeviceNightStore(journal).between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .extracting(DeviceNight::source).containsOnly("Garmin").hasSize(2);
    }

    private byte[] zipOf(String entry, String resource) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); InputStream in = getClass().getResourceAsStream(resource)) {
            zip.putNextEntry(new ZipEntry(entry));
            in.transferTo(zip);
        }
        return bytes.toByteArray();
    }
}
