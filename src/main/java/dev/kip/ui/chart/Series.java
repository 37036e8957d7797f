package dev.kip.ui.chart;

import dev.kip.insight.DayValue;
import dev.kip.style.Role;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * One series of a {@link TimeChart}: dated values (oldest first), the axis they are read against,
 * their colour, how they are drawn, what one point is ({@code noun}, plural: "nights", "sessions")
 * for the chart's spoken summary, and how a value is written in tooltips and that summary.
 */
public record Series(String name, List<DayValue> points, Axis axis, Role color, Mark mark, String noun,
                     DoubleFunction<String> format) {

    public Series {
        points = List.copyOf(points);
    }

    /** How a series is drawn. */
    public sealed interface Mark permits Dots, Line, Bars, Band {
    }

    /** A dot per point: nightly values. */
    public record Dots() implements Mark {
    }

    /**
     * A line through the points, broken where two are more than {@code maxGapDays} apart; dashed
     * so that it reads apart from a solid one without colour. Dots mark the points while there
     * are few enough to tell apart.
     */
    public record Line(int maxGapDays, boolean dashed) implements Mark {
    }

    /** A bar from zero per point, {@code days} wide from the point's date (7 for a week's total). */
    public record Bars(int days) implements Mark {
    }

    /**
     * Means of weeks or months: each point is a bucket's mean, dated by its first day and drawn in
     * its middle, joined by a line over a shaded band from the bucket's lowest to its highest value
     * ({@code lows} and {@code highs}, dated as the points).
     */
    public record Band(List<DayValue> lows, List<DayValue> highs, ChronoUnit unit) implements Mark {
        public Band {
            lows = List.copyOf(lows);
            highs = List.copyOf(highs);
        }

        /** The first day after the bucket that starts on {@code start}. */
        public LocalDate end(LocalDate start) {
            return start.plus(1, unit);
        }
    }
}
