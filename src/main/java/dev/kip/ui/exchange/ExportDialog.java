package dev.kip.ui.exchange;

import dev.kip.service.ExportService;
import dev.kip.service.JournalExecutor;
import dev.kip.ui.common.Dialogs;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * File ▸ Export…: asks for a folder and writes the whole journal into a new
 * {@code kip-export-DATE} folder inside it (on the journal executor), then says what was written.
 */
public final class ExportDialog {
    private static final String LAST_FOLDER = "export.lastFolder";

    private final ExportService export;
    private final JournalExecutor executor;
    private final Preferences prefs = Preferences.userNodeForPackage(ExportDialog.class);

    public ExportDialog(ExportService export, JournalExecutor executor) {
        this.export = export;
        this.executor = executor;
    }

    public void show(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export the journal into a folder");
        File folder = new File(prefs.get(LAST_FOLDER, System.getProperty("user.home")));
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showDialog(owner);
        if (chosen == null) {
            return;
        }
        prefs.put(LAST_FOLDER, chosen.getAbsolutePath());
        Path target = newFolderIn(chosen.toPath());
        executor.submit(() -> export.writeAll(target), rows -> done(owner, target, rows),
                problem -> Dialogs.error(owner, "The export failed", problem));
    }

    /** kip-export-2024-06-01, or kip-export-2024-06-01-2 … when that exists already. */
    private Path newFolderIn(Path parent) {
        String base = "kip-export-" + export.today();
        Path candidate = parent.resolve(base);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = parent.resolve(base + "-" + n);
        }
        return candidate;
    }

    private static void done(Window owner, Path target, Map<String, Integer> rows) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Exported");
        alert.setHeaderText("The journal was exported to " + target);
        alert.setContentText(rows.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue() + " rows")
                .collect(Collectors.joining("\n")));
        alert.show();
    }
}
