package dev.kip.ui.chart;

import dev.kip.files.AtomicFiles;
import dev.kip.style.Role;
import dev.kip.ui.common.Dialogs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Base of Kip's charts: one canvas, redrawn whole when the size, data or theme changes. Canvas
 * rather than JavaFX chart nodes because ten years of nights are thousands of points, and a node
 * per point is too slow; series are thinned to the plot's pixel width before drawing. Hovering
 * shows the exact value under the pointer; with the keyboard, the arrow keys (Home, End, Page
 * Up/Down) step through the values and show the same text. The accessible text is a one-sentence
 * summary of what is drawn. The context menu saves the chart as a PNG.
 *
 * <p>The axes are shared: value ticks with a dotted grid, date ticks under the plot, both from
 * {@link Ticks}, in the colours of {@link ChartPalette}.
 */
public abstract class CanvasChart extends Region {
    private static final String STYLESHEET = Objects.requireNonNull(
            CanvasChart.class.getResource("chart.css"), "chart.css is missing").toExternalForm();
    private static final Font LABEL_FONT = Font.font(11);
    protected static final Insets PLOT_INSETS = new Insets(10, 56, 24, 56);
    private static final double TICK_GAP = 6;
    /** Date labels start this far under the plot, below the lowest value label centred on the plot's bottom edge. */
    private static final double DATE_LABEL_GAP = 8;
    private static final int MAX_KEPT_WIDTHS = 500;
    /** A line of the label font is about 1.2 of its size high, about 0.8 of it above the baseline. */
    private static final double LINE_HEIGHT = 1.2;
    private static final double ASCENT = 0.8;

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private final Text measure = new Text();
    private final Map<String, Double> widths = new HashMap<>();
    /** Every text of the last drawing and where it went, so that a test can hold labels off the data. */
    private final List<PlacedText> placed = new ArrayList<>();
    protected final ChartPalette palette = new ChartPalette();
    private final Runnable fitCanvas = this::fitCanvas;
    private String hoverText = "";
    private int cursor = -1;

    protected CanvasChart() {
        getStyleClass().add("kip-chart");
        getChildren().addAll(canvas, palette.probe());
        palette.probe().backgroundProperty().addListener((obs, old, now) -> redraw());
        measure.setFont(LABEL_FONT);
        tooltip.setShowDelay(Duration.ZERO);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY(), e.getScreenX(), e.getScreenY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        MenuItem save = new MenuItem("Save chart as PNG…");
        save.setOnAction(e -> chooseAndSave());
        ContextMenu menu = new ContextMenu(save);
        canvas.setOnContextMenuRequested(e -> menu.show(canvas, e.getScreenX(), e.getScreenY()));
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && cursor >= 0) {
                cursor = -1;
                tooltip.hide();
                redraw();
            }
        });
        setMinHeight(120);
        setPrefHeight(220);
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(fitCanvas);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(fitCanvas);
            }
        });
    }

    /** Whether this chart and every node above it are visible. */
    private boolean showing() {
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    @Override
    protected void layoutChildren() {
        fitCanvas();
    }

    /**
     * Sizes the canvas to the chart while the chart is showing and to nothing while it is not: a
     * hidden canvas is never rendered, yet it keeps the drawing commands queued for it (about 5 MB
     * of heap across the hidden views' charts, measured with every view built). Hiding a view does
     * not lay its charts out again, so this also runs after each layout pulse of the scene.
     */
    private void fitCanvas() {
        boolean showing = showing();
        double w = showing ? snapSizeX(getWidth()) : 0;
        double h = showing ? snapSizeY(getHeight()) : 0;
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
        palette.refresh();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        placed.clear();
        if (w < 40 || h < 40) {
            return;
        }
        g.setFont(LABEL_FONT);
        g.setLineDashes();
        draw(g, w, h);
        drawCursor(g);
    }

    /** The data changed: a new summary for screen readers, the keyboard cursor back to none, a redraw. */
    protected final void changed() {
        cursor = -1;
        tooltip.hide();
        setAccessibleText(summary());
        redraw();
    }

    /** Draws everything on a cleared canvas of this size. */
    protected abstract void draw(GraphicsContext g, double width, double height);

    /** The text describing what is at this point of the canvas ("12 Mar 2026 · sleep 7 h 20 min"), or empty. */
    protected abstract String describeAt(double x, double y);

    /** What the chart shows, in a sentence: its accessible text. */
    protected abstract String summary();

    /** The points the arrow keys step through, in reading order (each described by {@link #describeAt}). */
    protected List<Point2D> keyStops() {
        return List.of();
    }

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

    private void onKeyPressed(KeyEvent e) {
        List<Point2D> stops = keyStops();
        if (stops.isEmpty()) {
            return;
        }
        int last = stops.size() - 1;
        int page = Math.max(1, stops.size() / 10);
        int next = switch (e.getCode()) {
            case LEFT, KP_LEFT -> cursor < 0 ? last : Math.max(0, cursor - 1);
            case RIGHT, KP_RIGHT -> cursor < 0 ? 0 : Math.min(last, cursor + 1);
            case PAGE_UP -> Math.max(0, (cursor < 0 ? last : cursor) - page);
            case PAGE_DOWN -> Math.min(last, Math.max(cursor, 0) + page);
            case HOME -> 0;
            case END -> last;
            default -> -2;
        };
        if (next == -2) {
            return;
        }
        e.consume();
        cursor = next;
        Point2D p = stops.get(cursor);
        Point2D onScreen = canvas.localToScreen(p);
        redraw();
        hover(p.getX(), p.getY(), onScreen == null ? 0 : onScreen.getX(), onScreen == null ? 0 : onScreen.getY());
    }

    /** A ring around the value the keyboard is on. */
    private void drawCursor(GraphicsContext g) {
        List<Point2D> stops = cursor < 0 ? List.of() : keyStops();
        if (cursor >= 0 && cursor < stops.size()) {
            Point2D p = stops.get(cursor);
            g.setLineDashes();
            g.setLineWidth(2);
            g.setStroke(palette.color(Role.TEXT));
            g.strokeOval(p.getX() - 6, p.getY() - 6, 12, 12);
        }
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
                Dialogs.error(getScene().getWindow(), "The chart was not saved", e);
            }
        }
    }

    /** Writes the chart as it is drawn now to {@code target}, all or nothing. */
    public void savePng(Path target) throws IOException {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(palette.color(Role.BACKGROUND));
        WritableImage image = canvas.snapshot(params, null);
        AtomicFiles.writeBytes(target, out -> {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    /** A text the last drawing placed, and its box in the chart's coordinates. */
    public record PlacedText(String text, Rectangle2D bounds) {
    }

    /** The texts of the last drawing (axis titles, tick labels, legend, annotations), in the order drawn. */
    public List<PlacedText> placedTexts() {
        return List.copyOf(placed);
    }

    /**
     * Draws {@code text} at {@code x}, {@code y} under the context's alignment and baseline, and keeps its box:
     * every text a chart draws goes through here.
     */
    protected void text(GraphicsContext g, String text, double x, double y) {
        g.fillText(text, x, y);
        double w = textWidth(text);
        double h = LABEL_FONT.getSize() * LINE_HEIGHT;
        double left = switch (g.getTextAlign()) {
            case RIGHT -> x - w;
            case CENTER -> x - w / 2;
            default -> x;
        };
        double top = switch (g.getTextBaseline()) {
            case TOP -> y;
            case BOTTOM -> y - h;
            case CENTER -> y - h / 2;
            default -> y - h * ASCENT;
        };
        placed.add(new PlacedText(text, new Rectangle2D(left, top, w, h)));
    }

    /** The width of a label in the chart's font (labels repeat from one drawing to the next, so widths are kept). */
    protected double textWidth(String text) {
        Double known = widths.get(text);
        if (known != null) {
            return known;
        }
        if (widths.size() > MAX_KEPT_WIDTHS) {
            widths.clear();
        }
        measure.setText(text);
        double w = measure.getLayoutBounds().getWidth();
        widths.put(text, w);
        return w;
    }

    /** The widest of the scale's tick labels. */
    protected double widestLabel(Ticks.Scale scale, DoubleFunction<String> format) {
        double widest = 0;
        for (double t : scale.ticks()) {
            widest = Math.max(widest, textWidth(format.apply(t)));
        }
        return widest;
    }

    /** A muted sentence in the middle of the plot, for a chart with nothing to draw. */
    protected void drawMessage(GraphicsContext g, String text, double left, double right, double top, double bottom) {
        g.setFill(palette.color(Role.MUTED));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        text(g, text, (left + right) / 2, (top + bottom) / 2);
    }

    /**
     * The scale's tick labels outside the plot on the {@code labels} side and, with {@code grid},
     * horizontal grid lines from {@code left} to {@code right}, dotted so that they stay behind the
     * data (a chart with two value axes draws the grid of one).
     */
    protected void drawValueTicks(GraphicsContext g, PixelMap y, Ticks.Scale scale, DoubleFunction<String> format,
                                  double left, double right, Axis labels, boolean grid) {
        drawValueTicks(g, y, scale, format, left, right, labels, grid, Role.MUTED);
    }

    /** As above, with the tick labels in {@code labelColor}: the colour of the one series read against that axis. */
    protected void drawValueTicks(GraphicsContext g, PixelMap y, Ticks.Scale scale, DoubleFunction<String> format,
                                  double left, double right, Axis labels, boolean grid, Role labelColor) {
        g.setLineWidth(1);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(labels == Axis.LEFT ? TextAlignment.RIGHT : TextAlignment.LEFT);
        for (double t : scale.ticks()) {
            double py = crisp(y.pixel(t));
            if (grid) {
                gridLine(g, left, py, right, py);
            }
            g.setFill(palette.color(labelColor));
            text(g, format.apply(t), labels == Axis.LEFT ? left - TICK_GAP : right + TICK_GAP, py);
        }
    }

    /** Vertical grid lines at the scale's ticks from {@code top} to {@code bottom}, labelled under {@code bottom}. */
    protected void drawValueTicksAcross(GraphicsContext g, PixelMap x, Ticks.Scale scale, DoubleFunction<String> format,
                                        double top, double bottom) {
        g.setLineWidth(1);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double t : scale.ticks()) {
            double px = crisp(x.pixel(t));
            gridLine(g, px, top, px, bottom);
            g.setFill(palette.color(Role.MUTED));
            text(g, format.apply(t), px, bottom + 4);
        }
    }

    /**
     * The date axis under a plot: weeks, months or years ({@link Ticks#dates}) with a tick mark at
     * {@code x} of each and its label below; labels that would leave the chart or run into the
     * previous one are left out.
     */
    protected void drawDateTicks(GraphicsContext g, LocalDate from, LocalDate to, ToDoubleFunction<LocalDate> x, double bottom) {
        g.setLineWidth(1);
        g.setLineDashes();
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        double previousEnd = Double.NEGATIVE_INFINITY;
        for (Ticks.DateTick t : Ticks.dates(from, to)) {
            double px = crisp(x.applyAsDouble(t.date()));
            g.setStroke(palette.color(Role.AXIS));
            g.strokeLine(px, bottom, px, bottom + 4);
            double half = textWidth(t.label()) / 2;
            if (px - half >= 0 && px + half <= getWidth() && px - half > previousEnd + 6) {
                g.setFill(palette.color(Role.MUTED));
                text(g, t.label(), px, bottom + DATE_LABEL_GAP);
                previousEnd = px + half;
            }
        }
    }

    /** A solid axis line (a baseline, the zero of a scale). */
    protected void axisLine(GraphicsContext g, double x1, double y1, double x2, double y2) {
        g.setLineDashes();
        g.setLineWidth(1);
        g.setStroke(palette.color(Role.AXIS));
        g.strokeLine(x1, y1, x2, y2);
    }

    private void gridLine(GraphicsContext g, double x1, double y1, double x2, double y2) {
        g.setStroke(palette.color(Role.GRID));
        g.setLineDashes(1, 3);
        g.strokeLine(x1, y1, x2, y2);
        g.setLineDashes();
    }

    /** The middle of the pixel row or column a coordinate falls in: a 1-pixel line drawn there is sharp. */
    protected static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }

    protected double plotLeft() {
        return PLOT_INSETS.getLeft();
    }

    protected double plotTop() {
        return PLOT_INSETS.getTop();
    }

    protected double plotBottom(double height) {
        return height - PLOT_INSETS.getBottom();
    }
}
