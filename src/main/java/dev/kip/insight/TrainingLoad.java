package dev.kip.insight;

import dev.kip.domain.Workout;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Training load: session load = session RPE (CR-10) × minutes, summed per day. A workout without
 * a session RPE or a duration has no known load and adds nothing (it is not an error: imports often lack RPE).
 */
public final class TrainingLoad {

    static final int ACUTE_DAYS = 7;
    static final int CHRONIC_DAYS = 28;
    private static final double CHRONIC_WEEKS = CHRONIC_DAYS / 7.0;

    private final NavigableMap<LocalDate, Double> loadByDay;

    private TrainingLoad(NavigableMap<LocalDate, Double> loadByDay) {
        this.loadByDay = loadByDay;
    }

    /** The load of these workouts; several on one day add up. */
    public static TrainingLoad of(Collection<Workout> workouts) {
        NavigableMap<LocalDate, Double> byDay = new TreeMap<>();
        for (Workout w : workouts) {
            sessionLoad(w).ifPresent(load -> byDay.merge(w.date(), load, Double::sum));
        }
        return new TrainingLoad(byDay);
    }

    /** Load already summed per day (for example by SQL). Loads must be finite and not negative. */
    public static TrainingLoad ofDailyLoads(Map<LocalDate, Double> loadByDay) {
        loadByDay.forEach((day, load) -> {
            if (load == null || !(load >= 0) || load.isInfinite()) {
                throw new IllegalArgumentException("load on " + day + ": expected a number ≥ 0, got " + load);
            }
        });
        return new TrainingLoad(new TreeMap<>(loadByDay));
    }

    /** sRPE × minutes, or empty when either is missing. Rejects an RPE outside 0–10 or negative minutes. */
    public static OptionalDouble sessionLoad(Workout w) {
        if (w.sessionRpe() == null || w.durationMin() == null) {
            return OptionalDouble.empty();
        }
        if (!(w.sessionRpe() >= 0 && w.sessionRpe() <= 10)) {
            throw new IllegalArgumentException("workout on " + w.date() + ": session RPE must be 0–10 (CR-10), got "
                    + w.sessionRpe());
        }
        if (w.durationMin() < 0) {
            throw new IllegalArgumentException("workout on " + w.date() + ": duration must be ≥ 0 minutes, got "
                    + w.durationMin());
        }
        return OptionalDouble.of(w.sessionRpe() * w.durationMin());
    }

    /** The Monday of the ISO week holding {@code date}. */
    public static LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Load per ISO week (keyed by its Monday), from the first week with load to the last; weeks in
     * between without training are there with 0, a real rest week rather than a gap.
     */
    public NavigableMap<LocalDate, Double> weeklyTotals() {
        NavigableMap<LocalDate, Double> weeks = new TreeMap<>();
        if (loadByDay.isEmpty()) {
            return weeks;
        }
        LocalDate last = weekStart(loadByDay.lastKey());
        for (LocalDate w = weekStart(loadByDay.firstKey()); !w.isAfter(last); w = w.plusWeeks(1)) {
            weeks.put(w, 0.0);
        }
        loadByDay.forEach((day, load) -> weeks.merge(weekStart(day), load, Double::sum));
        return Collections.unmodifiableNavigableMap(weeks);
    }

    /** The ratio on {@code date}; empty when the 28 days ending on it hold no load. */
    public Optional<Acwr> acwr(LocalDate date) {
        return acwrSeries(date, date).stream().findFirst();
    }

    /**
     * The ratio for every date from {@code from} to {@code to} inclusive where it is defined, in date
     * order; days whose 28 days hold no load are left out (a gap in a chart).
     */
    public List<Acwr> acwrSeries(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range: 'to' (" + to + ") is before 'from' (" + from + ")");
        }
        LocalDate start = from.minusDays(CHRONIC_DAYS - 1);
        double[] daily = new double[(int) ChronoUnit.DAYS.between(start, to) + 1];
        loadByDay.subMap(start, true, to, true)
                .forEach((day, load) -> daily[(int) ChronoUnit.DAYS.between(start, day)] = load);

        List<Acwr> series = new ArrayList<>();
        for (int end = CHRONIC_DAYS - 1; end < daily.length; end++) {
            // Summed afresh per day (28 additions) rather than a running sum: no drift, and an empty window is exactly 0.
            double chronic = sum(daily, end - CHRONIC_DAYS + 1, end);
            if (chronic > 0) {
                double acute = sum(daily, end - ACUTE_DAYS + 1, end);
                double chronicWeekly = chronic / CHRONIC_WEEKS;
                series.add(new Acwr(start.plusDays(end), acute, chronicWeekly, acute / chronicWeekly));
            }
        }
        return series;
    }

    private static double sum(double[] values, int fromIndex, int toIndex) {
        double s = 0;
        for (int i = fromIndex; i <= toIndex; i++) {
            s += values[i];
        }
        return s;
    }
}
