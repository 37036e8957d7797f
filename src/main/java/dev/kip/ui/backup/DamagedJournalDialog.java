package dev.kip.ui.backup;

import dev.kip.text.ControlChars;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** A journal that failed to open as damaged: says why and offers its newest good backup. */
public final class DamagedJournalDialog {
    static final ButtonType RESTORE = new ButtonType("Restore this backup", ButtonBar.ButtonData.OK_DONE);

    private DamagedJournalDialog() {
    }

    /** True when the person chose to restore {@code backup}. */
    public static boolean offerRestore(Window owner, String problem, Path backup) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", RESTORE, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Kip cannot open this journal");
        alert.setHeaderText("Kip cannot open this journal");
        Label text = new Label(ControlChars.escape(message(problem, backup)));
        text.setWrapText(true);
        text.setMaxWidth(460);
        alert.getDialogPane().setContent(text);
        return alert.showAndWait().filter(b -> b == RESTORE).isPresent();
    }

    static String message(String problem, Path backup) {
        return problem + "\n\nThe newest good backup is " + backup + ". Restoring it puts it in the journal's place; "
                + "the damaged file is kept beside it (renamed …damaged-<time>.db), not deleted.";
    }
}
