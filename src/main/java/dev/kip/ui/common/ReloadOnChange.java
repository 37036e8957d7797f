package dev.kip.ui.common;

import dev.kip.service.Change;
import dev.kip.service.Changes;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Keeps a built view current: when a service committed a change the view shows, the view reloads
 * at once if it is on screen, else it is marked stale and reloads the next time the shell shows it
 * ({@link #shown()}). A view that writes a kind of data itself does not listen for that kind: it
 * already shows what it saved.
 */
public final class ReloadOnChange {
    private final Node view;
    private final Runnable reload;
    private boolean stale;

    private ReloadOnChange(Node view, Runnable reload) {
        this.view = view;
        this.reload = reload;
    }

    /** Listens on {@code changes} for {@code interests} (an import always counts); {@code view} is any node of the view. */
    public static ReloadOnChange of(Changes changes, Set<Change> interests, Node view, Runnable reload) {
        ReloadOnChange r = new ReloadOnChange(view, reload);
        changes.subscribe(interests, change -> r.changed());
        return r;
    }

    private void changed() {
        if (onScreen()) {
            stale = false;
            reload.run();
        } else {
            stale = true;
        }
    }

    /**
     * Makes the view's first load wait until someone looks: at once if the view is put into a window
     * on screen, else the first time the shell shows it. The shell builds every view in the background
     * after Today; a view whose load is costly (the report's preview is a PDF drawn twice) then spends
     * nothing, not even its classes' memory, until it is opened.
     */
    public void firstLoadWhenShown() {
        stale = true;
        view.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> property, Scene was, Scene now) {
                if (now != null) {
                    property.removeListener(this);
                    if (onScreen()) {
                        shown();
                    }
                }
            }
        });
    }

    /** Called when the shell shows the view: reloads if something changed while it was hidden. */
    public void shown() {
        if (stale) {
            stale = false;
            reload.run();
        }
    }

    /** In a window and neither it nor a parent hidden (the shell hides the views not shown). */
    private boolean onScreen() {
        if (view.getScene() == null) {
            return false;
        }
        for (Node n = view; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
