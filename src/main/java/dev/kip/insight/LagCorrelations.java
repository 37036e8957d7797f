package dev.kip.insight;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The sleep–performance correlation for each lag 0 … {@value SleepPairing#MAX_LAG}, as
 * {@link SleepPairing#correlationsByLag} but with the lags worked out in parallel: a bootstrap
 * just under {@link Spearman#FORMULA_FROM} pairs (about a year of sessions) takes some 10 ms, and the lags are
 * independent. Same numbers.
 * Given the lags worked out before, a lag whose pairs are the same is not worked out again (a
 * night saved moves only the lags whose sessions it pairs with).
 */
public final class LagCorrelations {

    /** One lag's pairs, as the columns that were correlated, and their correlation. */
    public record Lag(double[] sleep, double[] performance, Correlation correlation) {
        boolean pairs(double[][] columns) {
            return Arrays.equals(sleep, columns[0]) && Arrays.equals(performance, columns[1]);
        }
    }

    private LagCorrelations() {
    }

    public static SortedMap<Integer, Correlation> of(Map<LocalDate, Integer> sleepMinByNight,
                                                     List<SessionPerformance> sessions, int window) {
        return byLag(of(sleepMinByNight, sessions, window, List.of()));
    }

    /** The lags, each taken from {@code before} (the same lags, or none) when its pairs are the same. */
    public static List<Lag> of(Map<LocalDate, Integer> sleepMinByNight, List<SessionPerformance> sessions, int window,
                               List<Lag> before) {
        Lag[] lags = new Lag[SleepPairing.MAX_LAG + 1];
        IntStream.rangeClosed(0, SleepPairing.MAX_LAG).parallel().forEach(lag -> {
            double[][] columns = columns(sleepMinByNight, sessions, lag, window);
            lags[lag] = !before.isEmpty() && before.get(lag).pairs(columns) ? before.get(lag)
                    : new Lag(columns[0], columns[1], Spearman.correlate(columns[0], columns[1]));
        });
        return List.of(lags);
    }

    /** Whether every lag of {@code before} has the same pairs as these sleep and sessions give. */
    public static boolean unchanged(Map<LocalDate, Integer> sleepMinByNight, List<SessionPerformance> sessions, int window,
                                    List<Lag> before) {
        for (int lag = 0; lag <= SleepPairing.MAX_LAG; lag++) {
            if (!before.get(lag).pairs(columns(sleepMinByNight, sessions, lag, window))) {
                return false;
            }
        }
        return true;
    }

    /** The correlations by lag, 0 first. */
    public static SortedMap<Integer, Correlation> byLag(List<Lag> lags) {
        SortedMap<Integer, Correlation> result = new TreeMap<>();
        for (int lag = 0; lag < lags.size(); lag++) {
            result.put(lag, lags.get(lag).correlation());
        }
        return Collections.unmodifiableSortedMap(result);
    }

    private static double[][] columns(Map<LocalDate, Integer> sleepMinByNight, List<SessionPerformance> sessions,
                                      int lag, int window) {
        List<SleepPerformancePair> pairs = SleepPairing.pair(sleepMinByNight, sessions, lag, window);
        return new double[][]{pairs.stream().mapToDouble(SleepPerformancePair::sleepMin).toArray(),
                pairs.stream().mapToDouble(SleepPerformancePair::performancePct).toArray()};
    }
}
