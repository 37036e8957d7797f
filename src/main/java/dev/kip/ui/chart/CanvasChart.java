package dev.kip.ui.chart;

import dev.kip.files.AtomicFiles;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Base of Kip's charts: one canvas, redrawn whole when the size, data or theme changes. Canvas
 * rather than JavaFX chart nodes because ten years of nights are thousands of points, and a node
 * per point is too slow; series are thinned to the plot's pixel width before drawing. Hovering
 * shows the exact value under the pointer; the context menu saves the chart as a PNG.
 */
public abstract class CanvasChart extends Region {
    private static final String STYLESHEET = java.util.Objects.requireNonNull(
            CanvasChart.class.getResource("chart.css"), "chart.css is missing").toExternalForm();
    protected static final Font LABEL_FONT = Font.font(11);
    protected static final Insets PLOT_INSETS = new Insets(10, 56, 24, 56);

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    protected final ChartPalette palette = new ChartPalette();
    private String hoverText = "";
    private Consumer<Throwable> onSaveError = e -> { };

    protected CanvasChart() {
        getStyleClass().add("kip-chart");
        getChildren().add(canvas);
        for (Region probe : palette.probes()) {
            getChildren().add(probe);
            probe.backgroundProperty().addListener((obs, old, now) -> redraw());
        }
        tooltip.setShowDelay(Duration.ZERO);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY(), e.getScreenX(), e.getScreenY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
        MenuItem save = new MenuItem("Save chart as PNG…");
        save.setOnAction(e -> chooseAndSave());
        ContextMenu menu = new ContextMenu(save);
        canvas.setOnContextMenuRequested(e -> menu.show(canvas, e.getScreenX(), e.getScreenY()));
        setMinHeight(120);
        setPrefHeight(220);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    /** Draws the chart again from its current data. */
    public final void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w < 40 || h < 40) {
            return;
        }
        g.setFont(LABEL_FONT);
        draw(g, w, h);
    }

    /** Draws everything on a cleared canvas of this size. */
    protected abstract void draw(GraphicsContext g, double width, double height);

    /** The text describing what is at this point of the canvas ("12 Mar 2026 · sleep 7 h 20 min"), or empty. */
    protected abstract String describeAt(double x, double y);

    /** What the tooltip shows at the last position the pointer was at (for tests and screen readers). */
    public String hoverText() {
        return hoverText;
    }

    /** Moves the pointer to (x, y) in the chart's coordinates, as a mouse move would. */
    public void hover(double x, double y, double screenX, double screenY) {
        hoverText = describeAt(x, y);
        if (hoverText.isEmpty()) {
            tooltip.hide();
        } else {
            tooltip.setText(hoverText);
            if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
                tooltip.show(canvas, screenX + 14, screenY + 14);
            }
        }
        setAccessibleHelp(hoverText);
    }

    public void setOnSaveError(Consumer<Throwable> handler) {
        onSaveError = handler;
    }

    private void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save chart as PNG");
        chooser.setInitialFileName(getId() == null ? "chart.png" : getId() + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png"));
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            try {
                savePng(f.toPath());
            } catch (IOException | RuntimeException e) {
                onSaveError.accept(e);
            }
        }
    }

    /** Writes the chart as it is drawn now to {@code target}, all or nothing. */
    public void savePng(Path target) throws IOException {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(palette.color(ChartPalette.Role.BACKGROUND));
        WritableImage image = canvas.snapshot(params, null);
        AtomicFiles.writeBytes(target, out -> {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    protected double plotLeft() {
        return PLOT_INSETS.getLeft();
    }

    protected double plotRight(double width) {
        return width - PLOT_INSETS.getRight();
    }

    protected double plotTop() {
        return PLOT_INSETS.getTop();
    }

    protected double plotBottom(double height) {
        return height - PLOT_INSETS.getBottom();
    }
}
