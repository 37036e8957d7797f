package dev.kip.insight;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The sleep–performance correlation for each lag 0 … {@value SleepPairing#MAX_LAG}, as
 * {@link SleepPairing#correlationsByLag} but with the lags worked out in parallel: each bootstrap
 * takes tens of milliseconds on a ten-year series, and the lags are independent. Same numbers.
 */
public final class LagCorrelations {

    private LagCorrelations() {
    }

    public static SortedMap<Integer, Correlation> of(Map<LocalDate, Integer> sleepMinByNight,
                                                     List<SessionPerformance> sessions, int window) {
        Correlation[] byLag = new Correlation[SleepPairing.MAX_LAG + 1];
        IntStream.rangeClosed(0, SleepPairing.MAX_LAG).parallel().forEach(lag -> {
            List<SleepPerformancePair> pairs = SleepPairing.pair(sleepMinByNight, sessions, lag, window);
            byLag[lag] = Spearman.correlate(pairs.stream().mapToDouble(SleepPerformancePair::sleepMin).toArray(),
                    pairs.stream().mapToDouble(SleepPerformancePair::performancePct).toArray());
        });
        SortedMap<Integer, Correlation> result = new TreeMap<>();
        for (int lag = 0; lag < byLag.length; lag++) {
            result.put(lag, byLag[lag]);
        }
        return Collections.unmodifiableSortedMap(result);
    }
}
