package dev.kip.ui.exchange;

import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.ExerciseChoice;
import dev.kip.exchange.ImportPreview;
import dev.kip.exchange.ImportResult;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportCancelledException;
import dev.kip.exchange.parse.ImportProgress;
import dev.kip.service.ImportService;
import dev.kip.service.JournalExecutor;
import dev.kip.text.ControlChars;
import dev.kip.ui.common.Dialogs;
import dev.kip.ui.common.SettingsModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File ▸ Import…: choose a file, read it (progress, Cancel), look at the preview (pick the unit
 * when the file does not say; change where any exercise name's sets go: {@link ExerciseNamesPane}),
 * then import it in one transaction with those choices (progress, Cancel). All file
 * and journal work runs as tasks on the journal executor; the window never waits on it.
 */
public final class ImportDialog {
    private static final String LAST_FOLDER = "import.lastFolder";

    private final ImportService service;
    private final JournalExecutor executor;
    private final SettingsModel settings;
    private final Preferences prefs = Preferences.userNodeForPackage(ImportDialog.class);

    private Stage stage;
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final TextArea preview = new TextArea();
    private final ExerciseNamesPane exerciseNames = new ExerciseNamesPane();
    private final ChoiceBox<MassUnit> unit = new ChoiceBox<>();
    private final Label unitLabel = new Label("Weights in this file are in");
    private final Button importButton = new Button("Import");
    private final Button cancelButton = new Button("Cancel");
    private Path file;
    private ImportBatch batch;
    private Running running;

    public ImportDialog(ImportService service, JournalExecutor executor, SettingsModel settings) {
        this.service = service;
        this.executor = executor;
        this.settings = settings;
    }

    /** Asks for a file and, if one is chosen, opens the import window for it. */
    public void show(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Exports (*.csv, *.zip, *.xml, *.json)", "*.csv", "*.zip", "*.xml", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File folder = new File(prefs.get(LAST_FOLDER, System.getProperty("user.home")));
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showOpenDialog(owner);
        if (chosen == null) {
            return;
        }
        if (chosen.getParentFile() != null) {
            prefs.put(LAST_FOLDER, chosen.getParentFile().getAbsolutePath());
        }
        open(owner, chosen.toPath());
    }

    /** Opens the import window for {@code chosen} and starts reading it. */
    public void open(Window owner, Path chosen) {
        this.file = chosen;
        build(owner);
        stage.show();
        read(settings.get().massUnit());
    }

    private void build(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import " + file.getFileName());
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setId("import-preview");
        preview.setAccessibleText("What the file holds and what will be imported");
        // the summary is a few lines; what room is left goes to the exercise names, when the file has any
        preview.setPrefRowCount(7);
        VBox.setVgrow(preview, Priority.SOMETIMES);
        progress.setMaxWidth(Double.MAX_VALUE);
        status.setId("import-status");
        status.setWrapText(true);
        unit.getItems().setAll(MassUnit.values());
        unit.setId("import-unit");
        HBox unitRow = new HBox(8, unitLabel, unit);
        unitRow.visibleProperty().bind(unit.visibleProperty());
        unitRow.managedProperty().bind(unit.visibleProperty());
        unit.setVisible(false);
        unit.setOnAction(e -> {
            if (batch != null && unit.getValue() != null && unit.getValue() != batch.assumedUnit()) {
                read(unit.getValue());
            }
        });
        importButton.setId("import-confirm");
        importButton.setDefaultButton(true);
        importButton.setDisable(true);
        importButton.setOnAction(e -> write());
        cancelButton.setId("import-cancel");
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> cancelOrClose());
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(importButton, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancelButton, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().addAll(importButton, cancelButton);
        VBox root = new VBox(10, status, progress, unitRow, preview, exerciseNames.node(), buttons);
        root.setPadding(new Insets(14));
        // As wide as 640 px at the usual 14 px text, and wider with larger text; the height stays, the preview scrolls.
        root.setStyle("-fx-pref-width: 46em;");
        stage.setScene(new Scene(root, Region.USE_COMPUTED_SIZE, 600));
        stage.setOnCloseRequest(e -> {
            if (running != null) {
                cancel();
            }
        });
    }

    /** Reads the file with {@code assumed} for weights without a unit, then shows the preview. */
    private void read(MassUnit assumed) {
        status.setText("Reading " + ControlChars.escape(file.getFileName().toString()) + "…");
        importButton.setDisable(true);
        run(progress -> {
            ImportPreview p = service.read(file, null, assumed, progress);
            // The whole import, rolled back: Import is offered only for what the journal will take.
            service.dryRun(p.batch(), progress);
            return p;
        }, this::showPreview);
    }

    private void showPreview(ImportPreview p) {
        batch = p.batch();
        preview.setText(ControlChars.escape(String.join("\n", p.summary())));
        exerciseNames.show(p);
        unit.setVisible(p.assumedUnit() != null);
        unit.setValue(p.assumedUnit());
        importButton.setDisable(p.addsNothing());
        status.setText(p.addsNothing() ? "Everything in this file is already in the journal." : "Check what will be imported.");
    }

    private void write() {
        importButton.setDisable(true);
        unit.setDisable(true);
        exerciseNames.setDisable(true);
        status.setText("Importing…");
        ImportBatch toWrite = batch;
        List<ExerciseChoice> choices = exerciseNames.choices();
        run(progress -> service.write(toWrite, choices, progress), this::showResult);
    }

    private void showResult(ImportResult result) {
        // The button first: whoever sees the result (a person, a test) then sees the dialog done.
        cancelButton.setText("Close");
        status.setText(ControlChars.escape(result.describe()));
    }

    private void cancelOrClose() {
        if (running != null) {
            cancel();
        } else {
            stage.close();
        }
    }

    /** A unit of work that reports to, and can be stopped through, an {@link ImportProgress}. */
    private interface Work<T> {
        T run(ImportProgress progress) throws Exception;
    }

    /** One piece of work of this dialog: its job once submitted, and whether the person cancelled it. */
    private static final class Running {
        JournalExecutor.Job job;
        boolean cancelled;
    }

    /** Runs {@code work} on the journal executor, with the progress bar and Cancel wired to it. */
    private <T> void run(Work<T> work, Consumer<T> onDone) {
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        Running mine = new Running();
        running = mine;
        // With a same-thread executor the callbacks run before submit returns: they look at "mine" only.
        mine.job = executor.submit(j -> work.run(ImportService.progressOf(j)), fraction -> {
            if (running == mine) {
                progress.setProgress(fraction);
            }
        }, result -> {
            if (!mine.cancelled) {
                finished(() -> onDone.accept(result));
            }
        }, problem -> {
            if (!mine.cancelled) {
                finished(() -> failed(problem));
            }
        });
    }

    /**
     * Stops the running work at its next check (it rolls back) and says so at once; what the work
     * reports after that is dropped. Not an interrupt: that would only break the file read.
     */
    private void cancel() {
        running.cancelled = true;
        if (running.job != null) {
            running.job.cancel();
        }
        finished(() -> status.setText("Cancelled: nothing was imported."));
    }

    private void finished(Runnable then) {
        running = null;
        progress.setProgress(1);
        then.run();
    }

    private void failed(Throwable problem) {
        if (problem instanceof ImportCancelledException) {
            status.setText("Cancelled: nothing was imported.");
            return;
        }
        status.setText("Nothing was imported: " + Dialogs.messageOf(problem));
    }
}
