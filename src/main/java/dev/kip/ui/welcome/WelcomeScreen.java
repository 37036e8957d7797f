package dev.kip.ui.welcome;

import dev.kip.service.DemoService;
import dev.kip.service.JournalExecutor;
import dev.kip.ui.common.Dialogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * First run, no journal yet: start one, or explore a sample generated into its own file (never
 * into the person's journal).
 */
public final class WelcomeScreen {
    /** Years of history in the sample: enough for every chart to have something to show. */
    private static final int SAMPLE_YEARS = 2;
    private static final long SAMPLE_SEED = 7L;

    private final Path journalFile;
    private final Path sampleFile;
    private final BiConsumer<Path, Boolean> open;
    private final Parent root;

    @FXML private Label journalPath;
    @FXML private Button startButton;
    @FXML private Button sampleButton;
    @FXML private Label status;

    /** {@code open} receives the file to open and whether it is the sample. */
    public WelcomeScreen(Path journalFile, Path sampleFile, BiConsumer<Path, Boolean> open) {
        this.journalFile = journalFile;
        this.sampleFile = sampleFile;
        this.open = open;
        FXMLLoader loader = new FXMLLoader(WelcomeScreen.class.getResource("/dev/kip/ui/welcome/Welcome.fxml"));
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        journalPath.setText("Your journal will be kept on this computer only, in " + journalFile);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void onStart() {
        open.accept(journalFile, false);
    }

    @FXML
    private void onSample() {
        startButton.setDisable(true);
        sampleButton.setDisable(true);
        status.setText("Writing a sample journal with " + SAMPLE_YEARS + " years of made-up nights, sessions and marks…");
        JournalExecutor executor = JournalExecutor.background(Platform::runLater);
        executor.submit(() -> {
            DemoService.writeSample(sampleFile, SAMPLE_YEARS, SAMPLE_SEED, LocalDate.now());
            return sampleFile;
        }, file -> {
            executor.close();
            open.accept(file, true);
        }, problem -> {
            executor.close();
            startButton.setDisable(false);
            sampleButton.setDisable(false);
            status.setText("");
            Dialogs.error(root.getScene().getWindow(), "The sample journal could not be created", problem);
        });
    }
}
