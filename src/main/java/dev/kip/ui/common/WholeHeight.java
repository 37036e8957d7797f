package dev.kip.ui.common;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A scroll pane that asks for its content's whole height and scrolls only when its parent cannot give
 * it that (large text, a short window). Left to itself a scroll pane asks for its content's height at
 * the content's unwrapped width, which is too little for text that wraps, and scrolls at every size.
 */
public final class WholeHeight {
    private WholeHeight() {
    }

    /** {@code pane} (fit to width) asks for the height its content takes at the width it is shown in. */
    public static void install(ScrollPane pane) {
        Node content = pane.getContent();
        pane.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(() -> content.getLayoutBounds().getHeight(),
                content.layoutBoundsProperty()));
    }
}
