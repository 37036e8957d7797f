package dev.kip.ui.chart;

import dev.kip.insight.DayValue;
import java.time.LocalDate;

/**
 * Where a time chart's data land on its canvas: the plot's edges, the day axis and a value axis
 * per side (null for a side with nothing on it). Each day is a column of equal width; a point sits
 * in the middle of its day, a bar covers its days. Plain arithmetic, so tests reach it without a
 * window.
 */
public record TimePlot(double left, double right, double top, double bottom, PixelMap days,
                       Ticks.Scale leftScale, Ticks.Scale rightScale) {

    /** Lays {@code data} out on the plot between these edges. */
    public static TimePlot of(TimeData data, double left, double right, double top, double bottom) {
        PixelMap days = new PixelMap(data.from().toEpochDay(), data.to().toEpochDay() + 1.0, left, Math.max(left + 1, right));
        return new TimePlot(left, right, top, bottom, days, scale(data, Axis.LEFT), scale(data, Axis.RIGHT));
    }

    /**
     * The side's fixed scale, else "nice" bounds around its values and reference lines with 5 %
     * to spare; bars stand on zero and need no room above. Null when nothing is read against that side.
     */
    public static Ticks.Scale scale(TimeData data, Axis axis) {
        ValueAxis spec = axis == Axis.LEFT ? data.left() : data.right();
        if (spec.fixed() != null) {
            return spec.fixed();
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean bars = false;
        for (Series s : data.series()) {
            if (s.axis() == axis) {
                bars |= s.mark() instanceof Series.Bars;
                for (DayValue v : s.points()) {
                    min = Math.min(min, v.value());
                    max = Math.max(max, v.value());
                }
                if (s.mark() instanceof Series.Band band) {
                    for (DayValue v : band.lows()) {
                        min = Math.min(min, v.value());
                    }
                    for (DayValue v : band.highs()) {
                        max = Math.max(max, v.value());
                    }
                }
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            return null;
        }
        for (Reference r : data.references()) {
            if (r.axis() == axis) {
                min = Math.min(min, r.value());
                max = Math.max(max, r.value());
            }
        }
        double pad = (max - min) * 0.05;
        return bars ? Ticks.nice(Math.min(0, min), max, 5) : Ticks.nice(min - pad, max + pad, 5);
    }

    public Ticks.Scale scale(Axis axis) {
        return axis == Axis.LEFT ? leftScale : rightScale;
    }

    /** The side's value-to-pixel map, or null when nothing is read against it. */
    public PixelMap values(Axis axis) {
        Ticks.Scale s = scale(axis);
        return s == null ? null : PixelMap.upwards(s, top, bottom);
    }

    /** The middle of a day's column: where its point is drawn. */
    public double x(LocalDate day) {
        return days.pixel(day.toEpochDay() + 0.5);
    }

    /** The middle of the days from {@code start} up to (not including) {@code end}: where a bucket's mean is drawn. */
    public double middle(LocalDate start, LocalDate end) {
        return (edge(start) + edge(end)) / 2;
    }

    /** The left edge of a day's column: where its bar and tick start. */
    public double edge(LocalDate day) {
        return days.pixel(day.toEpochDay());
    }

    public double y(double value, Axis axis) {
        return values(axis).pixel(value);
    }

    /** The day whose column holds this x. */
    public LocalDate dayAt(double x) {
        return LocalDate.ofEpochDay((long) Math.floor(days.value(x)));
    }

    /** Pixels per day. */
    public double dayWidth() {
        return days.pixelsPerUnit();
    }
}
