package dev.kip.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SelectionModel;
import javafx.stage.Window;

/**
 * Keeps a view's typing from being replaced unasked: before its form shows something else (another row
 * of its list, a new entry) the person is asked, as the shell asks before leaving the journal, whether to
 * save it, let it go or stay. A list's selection cannot be vetoed before it changes, so a row chosen while
 * typing is unsaved is asked about once the change is over, and put back when the person stays.
 */
public final class UnsavedGuard {
    private final UnsavedWork work;
    private final Node view;

    /** Guards {@code work}'s typing; {@code view} is any node of the view (the question's owner is its window). */
    public UnsavedGuard(UnsavedWork work, Node view) {
        this.work = work;
        this.view = view;
    }

    /** True when the form may be replaced: nothing typed, or the person saved it or let it go. */
    public boolean mayLeave() {
        Optional<String> what = work.unsaved();
        return what.isEmpty() || leaveAsAnswered(view.getScene() == null ? null : view.getScene().getWindow(), work, what.get());
    }

    /** Asks whether to save {@code what}, {@code work}'s typing; true when it was saved or let go, false to stay. */
    public static boolean leaveAsAnswered(Window owner, UnsavedWork work, String what) {
        return switch (Dialogs.saveBeforeLeaving(owner, what)) {
            case SAVE -> work.saveUnsaved();
            case DISCARD -> true;
            case STAY -> false;
        };
    }

    /**
     * Opens each row chosen in {@code list} with {@code open}, asking first when the form holds typing. A
     * selection that lands on the row the form shows ({@code shown}), or on none, is the view's own doing
     * (a refresh, a new entry) and opens nothing. When the person stays, the row the form shows is selected
     * again (or none, for a new entry); that change is the form's own row, so it asks nothing more.
     */
    public <T> void watch(SelectionModel<T> list, Predicate<T> shown, Consumer<T> open) {
        new Watch<>(list, shown, open).start();
    }

    private final class Watch<T> {
        private final SelectionModel<T> list;
        private final Predicate<T> shown;
        private final Consumer<T> open;
        /** The index of the form's row, or -1 (a new entry): where the selection goes back to. */
        private int held = -1;
        /** A question is pending or on screen: the selection's changes meanwhile (the save's own) are not choices. */
        private boolean asking;

        Watch(SelectionModel<T> list, Predicate<T> shown, Consumer<T> open) {
            this.list = list;
            this.shown = shown;
            this.open = open;
        }

        void start() {
            list.selectedItemProperty().addListener((obs, was, now) -> {
                if (asking) {
                    return;
                }
                if (now == null || shown.test(now)) {
                    held = list.getSelectedIndex();
                } else if (work.unsaved().isEmpty()) {
                    open.accept(now);
                    held = list.getSelectedIndex();
                } else {
                    // Asked after the list has finished changing its selection: put back from inside its change,
                    // the selection would be left half changed.
                    asking = true;
                    Platform.runLater(() -> decide(now));
                }
            });
        }

        private void decide(T chosen) {
            try {
                if (mayLeave()) {
                    open.accept(chosen);
                } else if (held < 0) {
                    list.clearSelection();
                } else {
                    list.select(held);
                }
            } finally {
                asking = false;
                T now = list.getSelectedItem();
                held = now != null && shown.test(now) ? list.getSelectedIndex() : -1;
            }
        }
    }
}
