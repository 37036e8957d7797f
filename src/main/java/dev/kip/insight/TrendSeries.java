package dev.kip.insight;

import dev.kip.domain.NightSleep;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Time-series helpers for the Trends charts. Every window is in calendar days ending at (and
 * including) the point's own date, and only the nights present count: a missing night is unknown,
 * not zero. A point is given only where enough nights are present, so a sparse stretch shows as a
 * gap rather than as a number resting on one or two nights.
 */
public final class TrendSeries {

    /** Nights in the rolling-mean window. */
    public static final int MEAN_DAYS = 7;
    /** The rolling mean needs more than half its window. */
    public static final int MEAN_MIN_NIGHTS = 4;
    /** Nights in the debt and wake-regularity windows (as in {@link SleepSummary}). */
    public static final int FORTNIGHT_DAYS = 14;
    /** Debt and wake SD need at least half the fortnight: fewer nights would understate the debt. */
    public static final int FORTNIGHT_MIN_NIGHTS = 7;

    private TrendSeries() {
    }

    /** The {@value #MEAN_DAYS}-night rolling mean at each night that has at least {@value #MEAN_MIN_NIGHTS} nights in its window. */
    public static List<DayValue> rollingMean(List<DayValue> nightly) {
        List<DayValue> out = new ArrayList<>();
        slide(nightly, MEAN_DAYS, MEAN_MIN_NIGHTS, (first, last) -> {
            double sum = 0;
            for (int i = first; i <= last; i++) {
                sum += nightly.get(i).value();
            }
            out.add(new DayValue(nightly.get(last).date(), sum / (last - first + 1)));
        });
        return out;
    }

    /**
     * Sleep debt in minutes at each night: Σ (target − sleep) over the fortnight's nights, floored
     * at 0 (a long night repays some debt, but nothing is banked ahead).
     */
    public static List<DayValue> sleepDebt(List<DayValue> nightly, int targetMin) {
        List<DayValue> out = new ArrayList<>();
        slide(nightly, FORTNIGHT_DAYS, FORTNIGHT_MIN_NIGHTS, (first, last) -> {
            double balance = 0;
            for (int i = first; i <= last; i++) {
                balance += targetMin - nightly.get(i).value();
            }
            out.add(new DayValue(nightly.get(last).date(), Math.max(0, balance)));
        });
        return out;
    }

    /** Sample SD (minutes, midnight-safe) of the wake times over the fortnight ending at each night. */
    public static List<DayValue> wakeSd(List<NightSleep> nights) {
        List<DayValue> withWake = new ArrayList<>();
        List<LocalTime> wakes = new ArrayList<>();
        for (NightSleep n : nights) {
            if (n.wake() != null) {
                withWake.add(new DayValue(n.date(), 0));
                wakes.add(n.wake());
            }
        }
        ClockTimeSpread.OnClock onClock = ClockTimeSpread.OnClock.of(wakes);
        List<DayValue> out = new ArrayList<>();
        slide(withWake, FORTNIGHT_DAYS, FORTNIGHT_MIN_NIGHTS, (first, last) ->
                onClock.sdMinutes(first, last + 1).ifPresent(m -> out.add(new DayValue(withWake.get(last).date(), m))));
        return out;
    }

    /** Told of each window by the indexes of its first and last point (the point it ends at). */
    private interface WindowVisitor {
        void visit(int first, int last);
    }

    /** Walks the points in date order with the points of the {@code days} days ending at each one. */
    private static void slide(List<DayValue> points, int days, int minPresent, WindowVisitor visitor) {
        int first = 0;
        LocalDate previous = null;
        for (int last = 0; last < points.size(); last++) {
            LocalDate date = points.get(last).date();
            if (previous != null && !date.isAfter(previous)) {
                throw new IllegalArgumentException("series: " + date + " comes after " + previous
                        + " (expected one point per day, oldest first)");
            }
            previous = date;
            LocalDate start = date.minusDays(days - 1L);
            while (points.get(first).date().isBefore(start)) {
                first++;
            }
            if (last - first + 1 >= minPresent) {
                visitor.visit(first, last);
            }
        }
    }

    /**
     * Thins a date-ordered series for a plot {@code buckets} pixels wide: the dates from the first
     * to the last point are cut into equal buckets and each keeps its lowest and highest point, in
     * date order (one point when they coincide). Peaks and troughs survive, so a short night in
     * ten years still shows; a series of at most 2 × buckets points is returned as it is.
     */
    public static List<DayValue> downsample(List<DayValue> points, int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets: expected at least 1, got " + buckets);
        }
        if (points.size() <= 2 * buckets) {
            return List.copyOf(points);
        }
        long first = points.get(0).date().toEpochDay();
        long span = points.get(points.size() - 1).date().toEpochDay() - first + 1;
        List<DayValue> out = new ArrayList<>(2 * buckets);
        int i = 0;
        while (i < points.size()) {
            long bucket = (points.get(i).date().toEpochDay() - first) * buckets / span;
            DayValue min = points.get(i);
            DayValue max = points.get(i);
            int minAt = i;
            int maxAt = i;
            int j = i + 1;
            while (j < points.size() && (points.get(j).date().toEpochDay() - first) * buckets / span == bucket) {
                DayValue p = points.get(j);
                if (p.value() < min.value()) {
                    min = p;
                    minAt = j;
                }
                if (p.value() > max.value()) {
                    max = p;
                    maxAt = j;
                }
                j++;
            }
            if (minAt == maxAt) {
                out.add(min);
            } else if (minAt < maxAt) {
                out.add(min);
                out.add(max);
            } else {
                out.add(max);
                out.add(min);
            }
            i = j;
        }
        return out;
    }
}
