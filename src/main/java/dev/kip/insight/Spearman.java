package dev.kip.insight;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Spearman's rank correlation: Pearson's r on the ranks, ties given their average rank; and a 95 %
 * percentile bootstrap interval from {@value #RESAMPLES} resamples of the pairs (with replacement).
 *
 * <p>The bootstrap is seeded with {@link #BOOTSTRAP_SEED} so that the same journal always shows the
 * same interval. Resamples whose rho is undefined (a column that came out constant, likely with
 * few distinct values) are skipped; the percentiles are taken over the rest.
 *
 * <p>A resample is ranked without sorting: it holds each original pair some number of times, so
 * walking the original pairs in value order and adding up those counts gives its average ranks in
 * O(n). That keeps 2,000 resamples of a 10-year series fast enough for the Trends view.
 */
public final class Spearman {

    /** Fixed seed of the bootstrap: the bytes of "kip". Any constant would do; it only has to stay the same. */
    public static final long BOOTSTRAP_SEED = 0x6B6970L;
    public static final int RESAMPLES = 2_000;
    static final double LOWER_QUANTILE = 0.025;
    static final double UPPER_QUANTILE = 0.975;

    private Spearman() {
    }

    /** Rho and, from {@value Correlation#MIN_PAIRS} pairs on, the seeded 95 % interval. */
    public static Correlation correlate(double[] x, double[] y) {
        return correlate(x, y, BOOTSTRAP_SEED);
    }

    /** As {@link #correlate(double[], double[])} with another seed (tests). */
    static Correlation correlate(double[] x, double[] y, long seed) {
        RankedPairs pairs = new RankedPairs(x, y);
        int n = x.length;
        Double rho = n < Correlation.MIN_PAIRS ? null : pairs.rho(ones(n));
        if (rho == null) {
            return new Correlation(n, null, null, null);
        }
        double[] resampled = bootstrap(pairs, n, seed);
        if (resampled.length == 0) {
            return new Correlation(n, rho, null, null);
        }
        return new Correlation(n, rho, quantile(resampled, LOWER_QUANTILE), quantile(resampled, UPPER_QUANTILE));
    }

    /** Spearman's rho of the pairs, or null when undefined (fewer than 2 pairs, or a constant column). */
    public static Double rho(double[] x, double[] y) {
        return new RankedPairs(x, y).rho(ones(x.length));
    }

    /** Average ranks (1-based; ties share the mean of the ranks they span), e.g. 10, 20, 20, 30 → 1, 2.5, 2.5, 4. */
    static double[] averageRanks(double[] values) {
        double[] ranks = new double[values.length];
        RankedPairs.assignRanks(RankedPairs.order(values), values, ones(values.length), ranks);
        return ranks;
    }

    /** The sorted rhos of the resamples that had one. */
    private static double[] bootstrap(RankedPairs pairs, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] counts = new int[n];
        double[] rhos = new double[RESAMPLES];
        int defined = 0;
        for (int r = 0; r < RESAMPLES; r++) {
            Arrays.fill(counts, 0);
            for (int draw = 0; draw < n; draw++) {
                counts[random.nextInt(n)]++;
            }
            Double rho = pairs.rho(counts);
            if (rho != null) {
                rhos[defined++] = rho;
            }
        }
        double[] result = Arrays.copyOf(rhos, defined);
        Arrays.sort(result);
        return result;
    }

    /** Linear interpolation between order statistics (the usual "type 7" quantile). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static int[] ones(int n) {
        int[] ones = new int[n];
        Arrays.fill(ones, 1);
        return ones;
    }

    /**
     * The pairs with each column's value order worked out once; {@link #rho(int[])} takes how many
     * times each pair is present (all ones for the sample itself, bootstrap counts for a resample).
     */
    static final class RankedPairs {
        private final double[] x;
        private final double[] y;
        private final int[] byX;
        private final int[] byY;
        private final double[] rankX;
        private final double[] rankY;

        RankedPairs(double[] x, double[] y) {
            if (x.length != y.length) {
                throw new IllegalArgumentException("pairs: x has " + x.length + " values but y has " + y.length);
            }
            requireFinite(x, "x");
            requireFinite(y, "y");
            this.x = x.clone();
            this.y = y.clone();
            this.byX = order(this.x);
            this.byY = order(this.y);
            this.rankX = new double[x.length];
            this.rankY = new double[x.length];
        }

        /** Rho of the multiset holding pair i {@code counts[i]} times; null if fewer than 2 distinct values in a column. */
        Double rho(int[] counts) {
            int distinctX = assignRanks(byX, x, counts, rankX);
            int distinctY = assignRanks(byY, y, counts, rankY);
            if (distinctX < 2 || distinctY < 2) {
                return null;
            }
            double total = 0;
            double sumX = 0;
            double sumY = 0;
            for (int i = 0; i < counts.length; i++) {
                total += counts[i];
                sumX += counts[i] * rankX[i];
                sumY += counts[i] * rankY[i];
            }
            double meanX = sumX / total;
            double meanY = sumY / total;
            double sxy = 0;
            double sxx = 0;
            double syy = 0;
            for (int i = 0; i < counts.length; i++) {
                double dx = rankX[i] - meanX;
                double dy = rankY[i] - meanY;
                sxy += counts[i] * dx * dy;
                sxx += counts[i] * dx * dx;
                syy += counts[i] * dy * dy;
            }
            // Clamped: rounding can carry |r| a hair past 1 for perfectly monotone data.
            return Math.max(-1.0, Math.min(1.0, sxy / Math.sqrt(sxx * syy)));
        }

        static int[] order(double[] values) {
            return IntStream.range(0, values.length).boxed()
                    .sorted(Comparator.comparingDouble(i -> values[i]))
                    .mapToInt(Integer::intValue).toArray();
        }

        /**
         * Writes the average rank of each pair present in {@code counts} (walking the values in
         * order, a group of equal values present g times after b smaller ones gets b + (g + 1) / 2)
         * and returns how many distinct values are present.
         */
        static int assignRanks(int[] order, double[] values, int[] counts, double[] ranks) {
            int below = 0;
            int distinct = 0;
            int i = 0;
            while (i < order.length) {
                int j = i;
                int group = 0;
                while (j < order.length && values[order[j]] == values[order[i]]) {
                    group += counts[order[j]];
                    j++;
                }
                double rank = below + (group + 1) / 2.0;
                for (int k = i; k < j; k++) {
                    ranks[order[k]] = rank;
                }
                if (group > 0) {
                    distinct++;
                }
                below += group;
                i = j;
            }
            return distinct;
        }

        private static void requireFinite(double[] values, String column) {
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    throw new IllegalArgumentException("pairs: " + column + "[" + i + "] is " + values[i]
                            + ", expected a finite number");
                }
            }
        }
    }
}
