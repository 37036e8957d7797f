package dev.kip.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A series summed up per week or month for ranges too long to show point by point: each bucket's
 * mean with its lowest and highest value (the band), dated by the bucket's first day. For a range
 * short enough to show as it is ({@link Bucket#DAY}) the means are the points and there is no band.
 */
public record Aggregated(Bucket bucket, List<DayValue> means, List<DayValue> lows, List<DayValue> highs) {

    /** How a range is summed up: day by day up to half a year, by week up to three years, then by month. */
    public enum Bucket {
        DAY(ChronoUnit.DAYS), WEEK(ChronoUnit.WEEKS), MONTH(ChronoUnit.MONTHS);

        static final int DAILY_UP_TO_DAYS = 183;
        static final int WEEKLY_UP_TO_DAYS = 3 * 366;

        private final ChronoUnit unit;

        Bucket(ChronoUnit unit) {
            this.unit = unit;
        }

        /** The bucket a range from {@code from} to {@code to} is drawn in. */
        public static Bucket forRange(LocalDate from, LocalDate to) {
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            return days <= DAILY_UP_TO_DAYS ? DAY : days <= WEEKLY_UP_TO_DAYS ? WEEK : MONTH;
        }

        /** The first day of the bucket holding {@code d}: the day, its week's Monday, its month's first. */
        public LocalDate start(LocalDate d) {
            return switch (this) {
                case DAY -> d;
                case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> d.withDayOfMonth(1);
            };
        }

        /** The unit one bucket spans. */
        public ChronoUnit unit() {
            return unit;
        }
    }

    public Aggregated {
        means = List.copyOf(means);
        lows = List.copyOf(lows);
        highs = List.copyOf(highs);
    }

    /** {@code points} (oldest first) summed up per {@code bucket}; for DAY, the points themselves. */
    public static Aggregated of(List<DayValue> points, Bucket bucket) {
        if (bucket == Bucket.DAY) {
            return new Aggregated(bucket, points, List.of(), List.of());
        }
        List<DayValue> means = new ArrayList<>();
        List<DayValue> lows = new ArrayList<>();
        List<DayValue> highs = new ArrayList<>();
        int i = 0;
        while (i < points.size()) {
            LocalDate start = bucket.start(points.get(i).date());
            LocalDate next = start.plus(1, bucket.unit());
            double sum = 0;
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            int n = 0;
            for (; i < points.size() && points.get(i).date().isBefore(next); i++) {
                double v = points.get(i).value();
                sum += v;
                low = Math.min(low, v);
                high = Math.max(high, v);
                n++;
            }
            means.add(new DayValue(start, sum / n));
            lows.add(new DayValue(start, low));
            highs.add(new DayValue(start, high));
        }
        return new Aggregated(bucket, means, lows, highs);
    }

    public boolean hasBand() {
        return bucket != Bucket.DAY;
    }
}
