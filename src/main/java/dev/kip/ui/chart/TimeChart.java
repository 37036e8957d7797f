package dev.kip.ui.chart;

import dev.kip.insight.DayValue;
import dev.kip.insight.TrendSeries;
import dev.kip.ui.chart.ChartPalette.Role;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Series over a date axis with a left and a right value axis (e.g. sleep hours and e1RM kg).
 * Lines break across gaps longer than the series allows; dots series are for nightly values.
 * Horizontal reference lines (a sleep target) are dashed.
 */
public final class TimeChart extends CanvasChart {
    private static final DateTimeFormatter TIP_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final double LEGEND_HEIGHT = 18;

    public enum Axis { LEFT, RIGHT }

    /**
     * One series. {@code maxGapDays} joins points up to that many days apart with a line; 0 draws
     * dots only. {@code format} turns a value into tooltip and axis text.
     */
    public record Series(String name, List<DayValue> points, Axis axis, Role color, int maxGapDays,
                         DoubleFunction<String> format) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /** A horizontal line at a value, e.g. the sleep target. */
    public record Reference(String name, double value, Axis axis, Role color) {
    }

    private LocalDate from = LocalDate.now();
    private LocalDate to = LocalDate.now();
    private List<Series> series = List.of();
    private List<Reference> references = List.of();
    private String leftTitle = "";
    private String rightTitle = "";
    private DoubleFunction<String> leftFormat = v -> String.format(Locale.ROOT, "%.0f", v);
    private DoubleFunction<String> rightFormat = leftFormat;
    private String emptyText = "Nothing to show in this range yet.";

    public void setAxes(String leftTitle, DoubleFunction<String> leftFormat, String rightTitle, DoubleFunction<String> rightFormat) {
        this.leftTitle = leftTitle;
        this.leftFormat = leftFormat;
        this.rightTitle = rightTitle;
        this.rightFormat = rightFormat;
    }

    public void setEmptyText(String text) {
        emptyText = text;
    }

    /** Replaces what is shown and redraws. */
    public void show(LocalDate newFrom, LocalDate newTo, List<Series> newSeries, List<Reference> newReferences) {
        from = newFrom;
        to = newTo;
        series = List.copyOf(newSeries);
        references = List.copyOf(newReferences);
        redraw();
    }

    public List<Series> series() {
        return series;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        double left = plotLeft();
        double right = plotRight(w);
        double top = plotTop() + LEGEND_HEIGHT;
        double bottom = plotBottom(h);
        drawLegend(g, left);
        if (series.stream().allMatch(s -> s.points().isEmpty())) {
            g.setFill(palette.color(Role.MUTED));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(emptyText, (left + right) / 2, (top + bottom) / 2);
            return;
        }
        Ticks.Scale leftScale = scale(Axis.LEFT);
        Ticks.Scale rightScale = scale(Axis.RIGHT);
        drawGridAndAxes(g, left, right, top, bottom, leftScale, rightScale);
        int pixels = (int) Math.max(1, right - left);
        for (Series s : series) {
            Ticks.Scale sc = s.axis() == Axis.LEFT ? leftScale : rightScale;
            if (sc == null) {
                continue;
            }
            drawSeries(g, s, TrendSeries.downsample(s.points(), pixels), sc, left, right, top, bottom);
        }
        for (Reference r : references) {
            Ticks.Scale sc = r.axis() == Axis.LEFT ? leftScale : rightScale;
            if (sc != null) {
                double y = y(r.value(), sc, top, bottom);
                g.setStroke(palette.color(r.color()));
                g.setLineWidth(1.2);
                g.setLineDashes(6, 4);
                g.strokeLine(left, y, right, y);
                g.setLineDashes();
                g.setFill(palette.color(r.color()));
                g.setTextAlign(TextAlignment.RIGHT);
                g.setTextBaseline(VPos.BOTTOM);
                g.fillText(r.name(), right - 4, y - 2);
            }
        }
    }

    private void drawLegend(GraphicsContext g, double left) {
        double x = left;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double y = plotTop() + LEGEND_HEIGHT / 2 - 4;
        for (Series s : series) {
            g.setFill(palette.color(s.color()));
            g.fillRoundRect(x, y - 4, 14, 8, 3, 3);
            g.setFill(palette.color(Role.TEXT));
            g.fillText(s.name() + (s.axis() == Axis.RIGHT && !rightTitle.isEmpty() ? " (right)" : ""), x + 18, y);
            x += 28 + s.name().length() * 6.2 + (s.axis() == Axis.RIGHT ? 40 : 0);
        }
    }

    private Ticks.Scale scale(Axis axis) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            if (s.axis() == axis) {
                for (DayValue v : s.points()) {
                    min = Math.min(min, v.value());
                    max = Math.max(max, v.value());
                }
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            return null;
        }
        for (Reference r : references) {
            if (r.axis() == axis) {
                min = Math.min(min, r.value());
                max = Math.max(max, r.value());
            }
        }
        double pad = (max - min) * 0.05;
        return Ticks.nice(min - pad, max + pad, 5);
    }

    private void drawGridAndAxes(GraphicsContext g, double left, double right, double top, double bottom,
                                 Ticks.Scale leftScale, Ticks.Scale rightScale) {
        g.setLineWidth(1);
        Color grid = palette.color(Role.GRID);
        Color muted = palette.color(Role.MUTED);
        Ticks.Scale gridScale = leftScale != null ? leftScale : rightScale;
        g.setTextBaseline(VPos.CENTER);
        for (double t : gridScale.ticks()) {
            double y = y(t, gridScale, top, bottom);
            g.setStroke(grid);
            g.strokeLine(left, Math.round(y) + 0.5, right, Math.round(y) + 0.5);
        }
        if (leftScale != null) {
            g.setFill(muted);
            g.setTextAlign(TextAlignment.RIGHT);
            for (double t : leftScale.ticks()) {
                g.fillText(leftFormat.apply(t), left - 6, y(t, leftScale, top, bottom));
            }
        }
        if (rightScale != null) {
            g.setFill(muted);
            g.setTextAlign(TextAlignment.LEFT);
            for (double t : rightScale.ticks()) {
                g.fillText(rightFormat.apply(t), right + 6, y(t, rightScale, top, bottom));
            }
        }
        g.setFill(muted);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (Ticks.DateTick t : Ticks.dates(from, to)) {
            double x = x(t.date(), left, right);
            g.setStroke(grid);
            g.strokeLine(Math.round(x) + 0.5, bottom, Math.round(x) + 0.5, bottom + 4);
            g.fillText(t.label(), x, bottom + 6);
        }
        g.setStroke(palette.color(Role.NEUTRAL));
        g.strokeLine(left, Math.round(bottom) + 0.5, right, Math.round(bottom) + 0.5);
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(leftTitle, 4, top - 4);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(rightTitle, getWidth() - 4, top - 4);
    }

    private void drawSeries(GraphicsContext g, Series s, List<DayValue> points, Ticks.Scale sc,
                            double left, double right, double top, double bottom) {
        g.setStroke(palette.color(s.color()));
        g.setFill(palette.color(s.color()));
        if (s.maxGapDays() == 0) {
            double r = points.size() > 400 ? 1.2 : 2.2;
            for (DayValue v : points) {
                g.fillOval(x(v.date(), left, right) - r, y(v.value(), sc, top, bottom) - r, 2 * r, 2 * r);
            }
            return;
        }
        g.setLineWidth(2);
        DayValue previous = null;
        g.beginPath();
        for (DayValue v : points) {
            double x = x(v.date(), left, right);
            double y = y(v.value(), sc, top, bottom);
            if (previous == null || v.date().toEpochDay() - previous.date().toEpochDay() > s.maxGapDays()) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
            previous = v;
        }
        g.stroke();
        if (points.size() < 120) {
            for (DayValue v : points) {
                g.fillOval(x(v.date(), left, right) - 2.5, y(v.value(), sc, top, bottom) - 2.5, 5, 5);
            }
        }
    }

    private double x(LocalDate d, double left, double right) {
        double span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        return left + (d.toEpochDay() - from.toEpochDay()) / span * (right - left);
    }

    private static double y(double v, Ticks.Scale sc, double top, double bottom) {
        return bottom - (v - sc.min()) / (sc.max() - sc.min()) * (bottom - top);
    }

    @Override
    protected String describeAt(double px, double py) {
        double left = plotLeft();
        double right = plotRight(getWidth());
        if (px < left || px > right || series.isEmpty()) {
            return "";
        }
        double span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        long day = Math.round(from.toEpochDay() + (px - left) / (right - left) * span);
        long tolerance = Math.max(0, Math.round(6 * span / (right - left)));
        List<String> parts = new ArrayList<>();
        LocalDate shown = null;
        for (Series s : series) {
            DayValue nearest = nearest(s.points(), day);
            if (nearest != null && Math.abs(nearest.date().toEpochDay() - day) <= tolerance) {
                if (shown == null) {
                    shown = nearest.date();
                }
                if (nearest.date().equals(shown)) {
                    parts.add(s.name() + ": " + s.format().apply(nearest.value()));
                }
            }
        }
        return shown == null ? "" : TIP_DATE.format(shown) + "\n" + String.join("\n", parts);
    }

    private static DayValue nearest(List<DayValue> points, long day) {
        if (points.isEmpty()) {
            return null;
        }
        int i = Collections.binarySearch(points, new DayValue(LocalDate.ofEpochDay(day), 0),
                Comparator.comparing(DayValue::date));
        if (i >= 0) {
            return points.get(i);
        }
        int insert = -i - 1;
        DayValue after = insert < points.size() ? points.get(insert) : null;
        DayValue before = insert > 0 ? points.get(insert - 1) : null;
        if (after == null) {
            return before;
        }
        if (before == null) {
            return after;
        }
        return day - before.date().toEpochDay() <= after.date().toEpochDay() - day ? before : after;
    }
}
