package dev.kip.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size and position, and never restores it off-screen. */
final class WindowState {
    private static final double DEFAULT_W = 1200;
    private static final double DEFAULT_H = 800;

    private WindowState() {
    }

    static void restore(Stage stage, AppPrefs prefs) {
        double w = prefs.getDouble("window.width", DEFAULT_W);
        double h = prefs.getDouble("window.height", DEFAULT_H);
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(Math.max(w, 900), screen.getWidth()));
        stage.setHeight(Math.min(Math.max(h, 600), screen.getHeight()));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(x, y, 50, 50).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(Boolean.parseBoolean(prefs.get("window.maximized", "false")));
    }

    static void save(Stage stage, AppPrefs prefs) {
        prefs.put("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.put("window.width", stage.getWidth());
            prefs.put("window.height", stage.getHeight());
            prefs.put("window.x", stage.getX());
            prefs.put("window.y", stage.getY());
        }
    }
}
