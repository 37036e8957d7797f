package dev.kip.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lines sleep up with session performance. Nights are keyed by the date the person woke up, so a
 * session on day D at lag 0 pairs with the night that ended on D (the sleep just before it), at lag
 * k with the night ending on D − k.
 *
 * <p>With window 1 that one night must exist; with window 3 the sleep is the mean of the nights
 * ending D−k−2 … D−k that exist, at least two of them. The caller supplies one value per night:
 * the diary's total sleep time where the person filled one in, else the device's asleep minutes.
 */
public final class SleepPairing {

    public static final int MAX_LAG = 3;
    private static final int MIN_NIGHTS_IN_WINDOW_3 = 2;

    private SleepPairing() {
    }

    /** One pair per session whose sleep at this lag and window is known, in the sessions' order. */
    public static List<SleepPerformancePair> pair(Map<LocalDate, Integer> sleepMinByNight,
                                                  List<SessionPerformance> sessions, int lag, int window) {
        if (lag < 0) {
            throw new IllegalArgumentException("lag: expected 0 or more nights, got " + lag);
        }
        if (window != 1 && window != 3) {
            throw new IllegalArgumentException("window: expected 1 or 3 nights, got " + window);
        }
        List<SleepPerformancePair> pairs = new ArrayList<>();
        for (SessionPerformance s : sessions) {
            sleepBefore(sleepMinByNight, s.date().minusDays(lag), window)
                    .ifPresent(sleep -> pairs.add(new SleepPerformancePair(s.date(), sleep, s.pct())));
        }
        return pairs;
    }

    /** Spearman correlation of sleep with performance for each lag 0 … {@value #MAX_LAG}. */
    public static SortedMap<Integer, Correlation> correlationsByLag(Map<LocalDate, Integer> sleepMinByNight,
                                                                    List<SessionPerformance> sessions, int window) {
        SortedMap<Integer, Correlation> byLag = new TreeMap<>();
        for (int lag = 0; lag <= MAX_LAG; lag++) {
            List<SleepPerformancePair> pairs = pair(sleepMinByNight, sessions, lag, window);
            double[] sleep = pairs.stream().mapToDouble(SleepPerformancePair::sleepMin).toArray();
            double[] performance = pairs.stream().mapToDouble(SleepPerformancePair::performancePct).toArray();
            byLag.put(lag, Spearman.correlate(sleep, performance));
        }
        return Collections.unmodifiableSortedMap(byLag);
    }

    /** The mean sleep of the nights in the window ending {@code lastNight}, if enough of them exist. */
    private static OptionalDouble sleepBefore(Map<LocalDate, Integer> sleepMinByNight, LocalDate lastNight, int window) {
        int needed = window == 1 ? 1 : MIN_NIGHTS_IN_WINDOW_3;
        double sum = 0;
        int nights = 0;
        for (int back = 0; back < window; back++) {
            Integer minutes = sleepMinByNight.get(lastNight.minusDays(back));
            if (minutes != null) {
                sum += minutes;
                nights++;
            }
        }
        return nights >= needed ? OptionalDouble.of(sum / nights) : OptionalDouble.empty();
    }
}
