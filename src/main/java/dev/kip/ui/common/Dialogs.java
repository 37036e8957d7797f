package dev.kip.ui.common;

import dev.kip.text.ControlChars;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * Small, consistent message dialogs. Messages may quote input (a file name, a field of a file), so
 * their control characters are shown escaped ({@link ControlChars}), never passed to the label.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** A form's label for {@code field}, which a screen reader then names by it. */
    public static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    public static void error(Window owner, String title, Throwable problem) {
        error(owner, title, messageOf(problem));
    }

    public static void error(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(wrapped(message));
        alert.showAndWait();
    }

    /** Asks to confirm a destructive action; true when the person confirmed. */
    public static boolean confirm(Window owner, String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonType.OK.getButtonData());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(wrapped(message));
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    /** The answer to "save before leaving?". */
    public enum Leave { SAVE, DISCARD, STAY }

    /** Asks whether to save {@code what} (typed, not saved) before the window leaves the journal or the form shows something else. */
    public static Leave saveBeforeLeaving(Window owner, String what) {
        ButtonType save = new ButtonType("Save", ButtonType.OK.getButtonData());
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Not saved yet");
        alert.setHeaderText("Save " + what + "?");
        alert.getDialogPane().setContent(wrapped("It was typed but not saved yet, and would be lost."));
        ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
        return chosen == save ? Leave.SAVE : chosen == discard ? Leave.DISCARD : Leave.STAY;
    }

    private static Node wrapped(String message) {
        Label label = new Label(ControlChars.escape(message));
        label.setWrapText(true);
        label.setMaxWidth(460);
        return label;
    }

    /** The innermost message worth showing a person. */
    public static String messageOf(Throwable t) {
        Throwable cur = t;
        while (cur.getCause() != null && (cur.getMessage() == null || cur instanceof RuntimeException && cur.getCause().getMessage() != null
                && cur.getMessage().equals(cur.getCause().toString()))) {
            cur = cur.getCause();
        }
        return cur.getMessage() == null ? cur.getClass().getSimpleName() : ControlChars.escape(cur.getMessage());
    }
}
