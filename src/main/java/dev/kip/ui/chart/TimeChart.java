package dev.kip.ui.chart;

import dev.kip.insight.DayValue;
import dev.kip.insight.TrendSeries;
import dev.kip.style.Role;
import dev.kip.text.DateText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Series over a date axis with a value axis on either side (sleep hours and e1RM kg; load per
 * week; a 0–10 symptom level): dots, lines (solid or dashed, broken across long gaps), bars and
 * weekly or monthly means over a lowest–highest band, dashed reference lines, and a legend that
 * draws each series and reference line as it appears (reference lines are named there, never over
 * the data). An axis read by one series only is written in that series' colour. Lines and dots are
 * thinned to one low and one high value per pixel column ({@link TrendSeries#downsample}).
 */
public final class TimeChart extends CanvasChart {
    private static final double BAND_OPACITY = 0.22;
    /** The legend's row above the plot, with the axis titles at its ends: tall enough that the top tick labels clear it. */
    private static final double LEGEND_HEIGHT = 22;
    /** Each further legend row, when the names do not fit in one. */
    private static final double LEGEND_ROW = 16;
    private static final double NO_AXIS_INSET = 14;
    /** Above this many points a line gets no dots of its own. */
    private static final int LINE_DOTS_UP_TO = 120;

    private TimeData data = TimeData.nothing();

    /** Replaces what is shown and redraws. */
    public void show(TimeData newData) {
        data = newData;
        changed();
    }

    public TimeData data() {
        return data;
    }

    @Override
    protected String summary() {
        return data.summary();
    }

    /** Where the data are drawn at the chart's current size. */
    public TimePlot plot() {
        return plot(getWidth(), getHeight());
    }

    private TimePlot plot(double w, double h) {
        Ticks.Scale leftScale = TimePlot.scale(data, Axis.LEFT);
        Ticks.Scale rightScale = TimePlot.scale(data, Axis.RIGHT);
        double left = leftScale == null ? NO_AXIS_INSET : Math.max(28, widestLabel(leftScale, data.left().format()) + 12);
        double right = rightScale == null ? NO_AXIS_INSET : Math.max(28, widestLabel(rightScale, data.right().format()) + 12);
        double[][] legend = legendLayout(left, w);
        int rows = legend.length == 0 ? 1 : (int) legend[legend.length - 1][1] + 1;
        return TimePlot.of(data, left, w - right, plotTop() + LEGEND_HEIGHT + (rows - 1) * LEGEND_ROW, plotBottom(h));
    }

    /** The legend's texts: each series' name, then each reference line's. */
    private List<String> legendNames() {
        List<String> names = new ArrayList<>();
        for (Series s : data.series()) {
            names.add(s.name() + (s.axis() == Axis.RIGHT && !data.right().title().isEmpty() ? " (right axis)" : ""));
        }
        data.references().forEach(r -> names.add(r.name()));
        return names;
    }

    /**
     * Where each legend item starts, {x, row}: after the left axis title, in rows that end before the right
     * axis title (the first) or the chart's edge, so that no name runs into a title or off the chart.
     */
    private double[][] legendLayout(double plotLeft, double w) {
        List<String> names = legendNames();
        double start = Math.max(plotLeft, data.left().title().isEmpty() ? 0 : textWidth(data.left().title()) + 16);
        double firstEnd = w - 4 - (data.right().title().isEmpty() ? 0 : textWidth(data.right().title()) + 12);
        double[][] at = new double[names.size()][];
        double x = start;
        int row = 0;
        for (int i = 0; i < names.size(); i++) {
            double width = 20 + textWidth(names.get(i));
            if (x > start && x + width > (row == 0 ? firstEnd : w - 4)) {
                row++;
                x = start;
            }
            at[i] = new double[] {x, row};
            x += width + 14;
        }
        return at;
    }

    /** Where a value of a series is drawn at the chart's current size, in the chart's coordinates. */
    public Point2D pointFor(LocalDate day, double value, Axis axis) {
        TimePlot p = plot();
        return new Point2D(p.x(day), p.y(value, axis));
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        TimePlot p = plot(w, h);
        drawLegend(g, p);
        if (data.isEmpty()) {
            drawMessage(g, data.emptyText(), p.left(), p.right(), p.top(), p.bottom());
            return;
        }
        drawAxes(g, p, w);
        for (Reference r : data.references()) {
            if (p.scale(r.axis()) != null) {
                drawReference(g, r, p);
            }
        }
        int pixels = (int) Math.max(1, p.right() - p.left());
        for (Series s : data.series()) {
            if (p.scale(s.axis()) != null) {
                drawSeries(g, s, p, pixels);
            }
        }
    }

    private void drawAxes(GraphicsContext g, TimePlot p, double w) {
        Axis gridSide = p.leftScale() != null ? Axis.LEFT : Axis.RIGHT;
        for (Axis side : Axis.values()) {
            if (p.scale(side) != null) {
                ValueAxis spec = side == Axis.LEFT ? data.left() : data.right();
                drawValueTicks(g, p.values(side), p.scale(side), spec.format(), p.left(), p.right(), side, side == gridSide,
                        axisColor(side));
            }
        }
        axisLine(g, p.left(), crisp(p.bottom()), p.right(), crisp(p.bottom()));
        drawDateTicks(g, data.from(), data.to(), p::edge, p.bottom());
        // the titles sit in the legend's row, above the top tick labels
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(palette.color(axisColor(Axis.LEFT)));
        text(g, data.left().title(), 4, legendY());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(palette.color(axisColor(Axis.RIGHT)));
        text(g, data.right().title(), w - 4, legendY());
    }

    /** The middle of the legend's row. */
    private double legendY() {
        return plotTop() + LEGEND_HEIGHT / 2 - 4;
    }

    /** The colour of the one series read against {@code side}, so a second axis reads as that series'; else muted. */
    Role axisColor(Axis side) {
        List<Role> colors = data.series().stream().filter(s -> s.axis() == side).map(Series::color).distinct().toList();
        return colors.size() == 1 ? colors.get(0) : Role.MUTED;
    }

    /** Each series' sample and name, after the left axis title: a line solid or dashed, a dot, a bar; then the reference lines. */
    private void drawLegend(GraphicsContext g, TimePlot p) {
        double[][] at = legendLayout(p.left(), getWidth());
        List<String> names = legendNames();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        int i = 0;
        for (Series s : data.series()) {
            double x = at[i][0];
            double y = legendY() + at[i][1] * LEGEND_ROW;
            g.setFill(palette.color(s.color()));
            g.setStroke(palette.color(s.color()));
            if (s.mark() instanceof Series.Line line) {
                g.setLineWidth(2);
                dashes(g, line.dashed());
                g.strokeLine(x, y, x + 16, y);
                g.setLineDashes();
            } else if (s.mark() instanceof Series.Bars) {
                g.fillRect(x + 3, y - 5, 10, 10);
            } else if (s.mark() instanceof Series.Band) {
                g.setFill(translucent(s.color()));
                g.fillRect(x, y - 5, 16, 10);
                g.setLineWidth(2);
                g.strokeLine(x, y, x + 16, y);
            } else {
                g.fillOval(x + 5, y - 3, 6, 6);
            }
            g.setFill(palette.color(Role.TEXT));
            text(g, names.get(i), x + 20, y);
            i++;
        }
        for (Reference r : data.references()) {
            double x = at[i][0];
            double y = legendY() + at[i][1] * LEGEND_ROW;
            g.setStroke(palette.color(r.color()));
            g.setLineWidth(1.2);
            g.setLineDashes(6, 4);
            g.strokeLine(x, y, x + 16, y);
            g.setLineDashes();
            g.setFill(palette.color(Role.TEXT));
            text(g, names.get(i), x + 20, y);
            i++;
        }
    }

    private Color translucent(Role role) {
        Color c = palette.color(role);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), BAND_OPACITY);
    }

    private void drawSeries(GraphicsContext g, Series s, TimePlot p, int pixels) {
        g.setStroke(palette.color(s.color()));
        g.setFill(palette.color(s.color()));
        Axis axis = s.axis();
        if (s.mark() instanceof Series.Bars bars) {
            double base = p.y(0, axis);
            for (DayValue v : s.points()) {
                double x0 = p.edge(v.date());
                double x1 = p.edge(v.date().plusDays(bars.days()));
                double gap = Math.min(3, (x1 - x0) * 0.15);
                double y = p.y(v.value(), axis);
                g.fillRect(x0 + gap, Math.min(y, base), Math.max(1, x1 - x0 - 2 * gap), Math.abs(base - y));
            }
            return;
        }
        if (s.mark() instanceof Series.Band band) {
            drawBand(g, s, band, p);
            return;
        }
        List<DayValue> points = TrendSeries.downsample(s.points(), pixels);
        if (s.mark() instanceof Series.Line line) {
            g.setLineWidth(2);
            dashes(g, line.dashed());
            DayValue previous = null;
            g.beginPath();
            for (DayValue v : points) {
                double x = p.x(v.date());
                double y = p.y(v.value(), axis);
                if (previous == null || v.date().toEpochDay() - previous.date().toEpochDay() > line.maxGapDays()) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
                previous = v;
            }
            g.stroke();
            g.setLineDashes();
            if (points.size() > LINE_DOTS_UP_TO) {
                return;
            }
        }
        double r = s.mark() instanceof Series.Line ? 2.5 : points.size() > 400 ? 1.2 : 2.2;
        for (DayValue v : points) {
            g.fillOval(p.x(v.date()) - r, p.y(v.value(), axis) - r, 2 * r, 2 * r);
        }
    }

    /** The band from each bucket's lowest to highest value, then the line through the means, at the buckets' middles. */
    private void drawBand(GraphicsContext g, Series s, Series.Band band, TimePlot p) {
        Axis axis = s.axis();
        int n = band.highs().size();
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int i = 0; i < n; i++) {
            DayValue high = band.highs().get(i);
            DayValue low = band.lows().get(n - 1 - i);
            xs[i] = p.middle(high.date(), band.end(high.date()));
            ys[i] = p.y(high.value(), axis);
            xs[n + i] = p.middle(low.date(), band.end(low.date()));
            ys[n + i] = p.y(low.value(), axis);
        }
        g.setFill(translucent(s.color()));
        g.fillPolygon(xs, ys, 2 * n);
        g.setFill(palette.color(s.color()));
        g.setLineWidth(2);
        g.beginPath();
        for (int i = 0; i < s.points().size(); i++) {
            DayValue v = s.points().get(i);
            double x = p.middle(v.date(), band.end(v.date()));
            double y = p.y(v.value(), axis);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        if (s.points().size() <= LINE_DOTS_UP_TO) {
            for (DayValue v : s.points()) {
                g.fillOval(p.middle(v.date(), band.end(v.date())) - 2.5, p.y(v.value(), axis) - 2.5, 5, 5);
            }
        }
    }

    /** The line only: its name is in the legend, never over the data. */
    private void drawReference(GraphicsContext g, Reference r, TimePlot p) {
        double y = crisp(p.y(r.value(), r.axis()));
        g.setStroke(palette.color(r.color()));
        g.setLineWidth(1.2);
        g.setLineDashes(6, 4);
        g.strokeLine(p.left(), y, p.right(), y);
        g.setLineDashes();
    }

    private static void dashes(GraphicsContext g, boolean dashed) {
        if (dashed) {
            g.setLineDashes(5, 3);
        } else {
            g.setLineDashes();
        }
    }

    @Override
    protected String describeAt(double px, double py) {
        TimePlot p = plot();
        if (px < p.left() || px > p.right() || data.isEmpty()) {
            return "";
        }
        LocalDate day = p.dayAt(px);
        long tolerance = Math.max(0, Math.round(6 / p.dayWidth()));
        List<String> parts = new ArrayList<>();
        String when = null;
        LocalDate shown = null;
        for (Series s : data.series()) {
            if (s.mark() instanceof Series.Band band) {
                int i = bucketAt(s.points(), band, day);
                if (i >= 0 && (shown == null || shown.equals(s.points().get(i).date()))) {
                    shown = s.points().get(i).date();
                    when = band.unit() == ChronoUnit.MONTHS ? DateText.fullMonthYear(shown)
                            : "Week of " + DateText.day(shown);
                    parts.add(s.name() + ": " + s.format().apply(s.points().get(i).value()) + " (lowest "
                            + s.format().apply(band.lows().get(i).value()) + ", highest "
                            + s.format().apply(band.highs().get(i).value()) + ")");
                }
                continue;
            }
            if (s.mark() instanceof Series.Bars bars) {
                DayValue bar = barAt(s.points(), day, bars.days());
                if (bar != null && (shown == null || shown.equals(bar.date()))) {
                    shown = bar.date();
                    when = bars.days() == 1 ? DateText.day(shown)
                            : DateText.day(shown) + " – " + DateText.day(shown.plusDays(bars.days() - 1L));
                    parts.add(s.name() + ": " + s.format().apply(bar.value()));
                }
                continue;
            }
            DayValue nearest = nearest(s.points(), day.toEpochDay());
            if (nearest != null && Math.abs(nearest.date().toEpochDay() - day.toEpochDay()) <= tolerance) {
                if (shown == null) {
                    shown = nearest.date();
                    when = DateText.day(shown);
                }
                if (nearest.date().equals(shown)) {
                    parts.add(s.name() + ": " + s.format().apply(nearest.value()));
                }
            }
        }
        return when == null ? "" : when + "\n" + String.join("\n", parts);
    }

    /** Every date with a value, left to right, at the height of its first series' value. */
    @Override
    protected List<Point2D> keyStops() {
        if (data.isEmpty() || getWidth() < 40) {
            return List.of();
        }
        TimePlot p = plot();
        TreeMap<LocalDate, Point2D> stops = new TreeMap<>();
        for (Series s : data.series()) {
            if (p.scale(s.axis()) != null) {
                for (DayValue v : s.points()) {
                    double x = s.mark() instanceof Series.Bars bars ? p.middle(v.date(), v.date().plusDays(bars.days()))
                            : s.mark() instanceof Series.Band band ? p.middle(v.date(), band.end(v.date())) : p.x(v.date());
                    stops.putIfAbsent(v.date(), new Point2D(x, p.y(v.value(), s.axis())));
                }
            }
        }
        return List.copyOf(stops.values());
    }

    /** The index of the bucket holding {@code day}, or −1. */
    private static int bucketAt(List<DayValue> means, Series.Band band, LocalDate day) {
        for (int i = 0; i < means.size(); i++) {
            LocalDate start = means.get(i).date();
            if (!day.isBefore(start) && day.isBefore(band.end(start))) {
                return i;
            }
        }
        return -1;
    }

    private static DayValue barAt(List<DayValue> bars, LocalDate day, int days) {
        for (DayValue b : bars) {
            if (!day.isBefore(b.date()) && day.isBefore(b.date().plusDays(days))) {
                return b;
            }
        }
        return null;
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
