package dev.kip.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A scroll pane whose viewport draws its content directly. JavaFX's scroll pane caches its viewport as
 * a bitmap: a form whose fields change as the person types redraws that bitmap at every change, and the
 * software pipeline keeps each one in the Java heap, a new one for each size, held by its image pool until
 * memory runs short (about 2 MB for every Sleep view built, and a quarter of that view's collection time).
 */
public final class UncachedViewport {
    private UncachedViewport() {
    }

    /** Turns the viewport cache of {@code pane} off once its skin has built the viewport. */
    public static void install(ScrollPane pane) {
        uncache(pane);
        pane.skinProperty().addListener((obs, was, now) -> uncache(pane));
    }

    private static void uncache(ScrollPane pane) {
        Node viewport = pane.lookup(".viewport"); // its own: the viewport comes before the content it holds
        if (viewport != null) {
            viewport.setCache(false);
        }
    }
}
