package dev.kip.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
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

    /** Runs {@code work} once, right after the next layout pulse of {@code node}'s scene, or of the first scene it joins. */
    public static void afterNextLayout(Node node, Runnable work) {
        if (node.getScene() != null) {
            then(node.getScene(), work);
        } else {
            afterShown(node, work);
        }
    }

    /** Runs {@code work} once, right after the first layout pulse of the scene {@code node} is next added to. */
    public static void afterShown(Node node, Runnable work) {
        node.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    then(scene, work);
                }
            }
        });
    }
}
