package dev.kip.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Defers work until a scene's next frame is laid out, so start-up shows the window first. */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Runs {@code work} once on the FX thread, right after the scene's next layout pulse. */
    public static void then(Scene scene, Runnable work) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(work);
            }
        });
    }
}
