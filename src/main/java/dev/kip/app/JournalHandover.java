package dev.kip.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Takes the window off a journal (another journal opened, a restore, quitting) without losing what was
 * being typed. Fields save when they lose focus (a body-map note, the report's question); a field merely
 * taken out of the scene loses it a pulse later, after its journal closed, and the save was refused.
 * Moving the focus first queues those saves on the journal's thread ahead of its closing.
 */
final class JournalHandover {
    private JournalHandover() {
    }

    /** Shows {@code root} in place of the shell of {@code closing} (null: none), which closes after its fields' saves. */
    static void replace(Scene scene, Parent root, AppContext closing) {
        finishEditing(scene);
        scene.setRoot(root);
        if (closing != null) {
            closing.close();
        }
    }

    /** Ends the edit of the field that has the focus, so its save on focus loss is queued now. */
    static void finishEditing(Scene scene) {
        Node owner = scene.getFocusOwner();
        if (owner != null && owner != scene.getRoot()) {
            scene.getRoot().requestFocus();
        }
    }
}
