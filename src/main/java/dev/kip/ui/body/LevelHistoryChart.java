package dev.kip.ui.body;

import dev.kip.domain.BodyMark;
import dev.kip.domain.SymptomKind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;

/**
 * One region's soreness and pain over the last {@value #DAYS} days, drawn on a canvas (no node per
 * point, so a redraw costs the same whatever the history). Soreness is a solid line, pain a dashed
 * one, so they read apart without colour; a day without a mark breaks the line. The dashed
 * threshold at 3 is the "above 3" of the streak and of the lasting-soreness flag. Colours come
 * from the legend swatches, which body-view.css styles for light and dark themes.
 */
public final class LevelHistoryChart extends Region {
    public static final int DAYS = 90;
    private static final DateTimeFormatter AXIS_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final double LEFT = 22;
    private static final double TOP = 6;
    private static final double BOTTOM = 18;

    private final Canvas canvas = new Canvas();
    private final Rectangle sorenessSwatch = swatch("soreness");
    private final Rectangle painSwatch = swatch("pain");
    private final Label axisStart = axisLabel();
    private final Label axisEnd = axisLabel();
    private final HBox legend = new HBox(6, sorenessSwatch, new Label("Soreness"), painSwatch, new Label("Pain"));
    private final Map<SymptomKind, TreeMap<LocalDate, Integer>> plotted = new EnumMap<>(SymptomKind.class);
    private LocalDate end = LocalDate.now();

    public LevelHistoryChart() {
        getStyleClass().add("level-chart");
        legend.getStyleClass().add("level-chart-legend");
        getChildren().addAll(canvas, axisStart, axisEnd, legend);
        for (SymptomKind k : SymptomKind.values()) {
            plotted.put(k, new TreeMap<>());
        }
        // a theme change restyles the swatches; the canvas follows them
        sorenessSwatch.fillProperty().addListener((o, a, b) -> draw());
        painSwatch.fillProperty().addListener((o, a, b) -> draw());
    }

    private static Rectangle swatch(String kind) {
        Rectangle r = new Rectangle(14, 4);
        r.getStyleClass().addAll("level-chart-swatch", kind);
        return r;
    }

    private static Label axisLabel() {
        Label l = new Label();
        l.getStyleClass().add("level-chart-axis");
        return l;
    }

    /** Shows the marks of one region (other regions' marks are ignored) for the {@value #DAYS} days ending at {@code lastDay}. */
    public void show(LocalDate lastDay, String regionId, List<BodyMark> marks) {
        end = lastDay;
        LocalDate first = firstDay();
        plotted.values().forEach(Map::clear);
        for (BodyMark m : marks) {
            if (m.regionId().equals(regionId) && !m.date().isBefore(first) && !m.date().isAfter(lastDay)) {
                plotted.get(m.kind()).merge(m.date(), m.level(), Math::max);
            }
        }
        axisStart.setText(AXIS_DATE.format(first));
        axisEnd.setText(AXIS_DATE.format(lastDay));
        draw();
    }

    private LocalDate firstDay() {
        return end.minusDays(DAYS - 1L);
    }

    /** The levels drawn for a kind, by day (for tests and the accessible description). */
    public Map<LocalDate, Integer> plotted(SymptomKind kind) {
        return Map.copyOf(plotted.get(kind));
    }

    /** Where a day's level is drawn, in this chart's coordinates. */
    public Point2D pointFor(LocalDate day, int level) {
        double w = plotWidth();
        double h = plotHeight();
        double x = LEFT + w * ChronoUnit.DAYS.between(firstDay(), day) / (DAYS - 1.0);
        double y = TOP + h * (1 - level / 10.0);
        return new Point2D(x + canvas.getLayoutX(), y + canvas.getLayoutY());
    }

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - LEFT - 4);
    }

    private double plotHeight() {
        return Math.max(1, canvas.getHeight() - TOP - BOTTOM);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Color grid = colorOf(axisStart.getTextFill(), Color.GRAY);
        g.setFont(axisStart.getFont());
        g.setLineWidth(1);
        g.setLineDashes();
        g.setFill(grid);
        for (int level : new int[] {0, 5, 10}) {
            double y = snap(pointFor(firstDay(), level).getY() - canvas.getLayoutY());
            g.setStroke(grid.deriveColor(0, 1, 1, level == 0 ? 0.7 : 0.25));
            g.strokeLine(LEFT, y, LEFT + plotWidth(), y);
            g.fillText(Integer.toString(level), 2, y + 4);
        }
        double threshold = snap(pointFor(firstDay(), 3).getY() - canvas.getLayoutY());
        g.setStroke(grid.deriveColor(0, 1, 1, 0.5));
        g.setLineDashes(2, 3);
        g.strokeLine(LEFT, threshold, LEFT + plotWidth(), threshold);
        drawSeries(g, SymptomKind.SORENESS, colorOf(sorenessSwatch.getFill(), Color.ORANGE));
        drawSeries(g, SymptomKind.PAIN, colorOf(painSwatch.getFill(), Color.CRIMSON));
    }

    private void drawSeries(GraphicsContext g, SymptomKind kind, Color color) {
        g.setStroke(color);
        g.setFill(color);
        g.setLineWidth(2);
        if (kind == SymptomKind.PAIN) {
            g.setLineDashes(5, 3);
        } else {
            g.setLineDashes();
        }
        LocalDate previous = null;
        Point2D last = null;
        for (Map.Entry<LocalDate, Integer> e : plotted.get(kind).entrySet()) {
            Point2D p = pointFor(e.getKey(), e.getValue()).subtract(canvas.getLayoutX(), canvas.getLayoutY());
            if (previous != null && previous.plusDays(1).equals(e.getKey())) {
                g.strokeLine(last.getX(), last.getY(), p.getX(), p.getY());
            }
            g.fillOval(p.getX() - 2.5, p.getY() - 2.5, 5, 5);
            previous = e.getKey();
            last = p;
        }
    }

    private static double snap(double y) {
        return Math.floor(y) + 0.5;
    }

    /** A swatch's colour; a gradient fill gives its first stop. */
    private static Color colorOf(Paint paint, Color fallback) {
        if (paint instanceof Color c) {
            return c;
        }
        if (paint instanceof javafx.scene.paint.LinearGradient lg && !lg.getStops().isEmpty()) {
            return lg.getStops().get(0).getColor();
        }
        return fallback;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double legendH = legend.prefHeight(-1);
        double axisH = axisStart.prefHeight(-1);
        double x0 = snappedLeftInset();
        double y0 = snappedTopInset();
        legend.resizeRelocate(x0 + LEFT, y0, Math.min(w, legend.prefWidth(-1)), legendH);
        canvas.relocate(x0, y0 + legendH + 2);
        canvas.setWidth(Math.max(1, w));
        canvas.setHeight(Math.max(1, h - legendH - 2));
        double axisY = canvas.getLayoutY() + canvas.getHeight() - BOTTOM + 2;
        axisStart.resizeRelocate(x0 + LEFT, axisY, axisStart.prefWidth(-1), axisH);
        double endW = axisEnd.prefWidth(-1);
        axisEnd.resizeRelocate(x0 + w - endW - 4, axisY, endW, axisH);
        draw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 300;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 100;
    }
}
