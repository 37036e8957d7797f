package dev.kip.ui.backup;

import dev.kip.domain.BackupInfo;
import dev.kip.text.DateText;
import dev.kip.text.Plural;
import dev.kip.ui.common.ColumnFit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/** The backups of a journal, newest first, with their date, size and contents; the person picks one. */
final class RestoreDialog {
    static final ButtonType RESTORE = new ButtonType("Restore…", ButtonBar.ButtonData.OK_DONE);
    private final TableView<BackupInfo> table = new TableView<>();

    RestoreDialog(List<BackupInfo> backups) {
        table.setId("backup-table");
        table.setAccessibleText("Backups");
        table.getColumns().add(column("Date", i -> DateText.day(i.date()), backups));
        table.getColumns().add(column("File", i -> i.file().getFileName().toString(), backups));
        table.getColumns().add(column("Size", i -> size(i.sizeBytes()), backups));
        table.getColumns().add(column("Nights", i -> Integer.toString(i.nights()), backups));
        table.getColumns().add(column("Workouts", i -> Integer.toString(i.workouts()), backups));
        table.getColumns().add(column("Marks", i -> Integer.toString(i.marks()), backups));
        table.getItems().setAll(backups);
        // Every column as wide as its heading and longest value (a long file name scrolls sideways, never ends in "…").
        ColumnFit.install(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(760, 300);
    }

    Optional<BackupInfo> choose(Window owner) {
        Dialog<BackupInfo> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Restore a backup");
        dialog.setHeaderText("Choose the backup to restore. The journal as it is now is backed up first.");
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().addAll(RESTORE, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(RESTORE).disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == RESTORE ? table.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }

    /** "120 nights, 40 workouts, 35 marks". */
    static String contents(BackupInfo i) {
        return Plural.of(i.nights(), "night") + ", " + Plural.of(i.workouts(), "workout") + ", " + Plural.of(i.marks(), "mark");
    }

    /** Bytes in the largest unit that keeps a number of at least 1: 512 bytes, 48.0 KB, 3.2 MB (units of 1024). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double kb = bytes / 1024.0;
        // Compare after rounding to one decimal, so 1 MB less a byte reads "1.0 MB", not "1024.0 KB".
        return Math.round(kb * 10) < 10_240 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }

    private static TableColumn<BackupInfo, String> column(String title, Function<BackupInfo, String> value, List<BackupInfo> backups) {
        TableColumn<BackupInfo, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setSortable(false);
        backups.stream().map(value).max(Comparator.comparingInt(String::length)).ifPresent(widest -> ColumnFit.widest(c, widest));
        return c;
    }
}
