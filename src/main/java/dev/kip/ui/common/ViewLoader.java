package dev.kip.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads an FXML view with the app's controller factory. */
public final class ViewLoader {
    private final ControllerFactory factory;

    public ViewLoader(ControllerFactory factory) {
        this.factory = factory;
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    public <C> Loaded<C> load(String resource) {
        URL url = ViewLoader.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("view " + resource + " is missing from the build");
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(factory);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + resource + ": " + e.getMessage(), e);
        }
    }
}
