package dev.kip.insight;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Spearman's rank correlation: Pearson's r on the ranks, ties given their average rank; and its 95 %
 * interval: below {@value #FORMULA_FROM} pairs a percentile bootstrap from {@value #RESAMPLES} resamples of the
 * pairs (with replacement), from {@value #FORMULA_FROM} on Fisher's z with Bonett and Wright's (2000) standard
 * error, √((1 + ρ²/2) / (n − 3)).
 *
 * <p>Why both: the bootstrap makes no assumption about the data's shape, which matters for the few dozen
 * sessions of a few weeks; at several hundred pairs the formula gives the same interval, within the
 * bootstrap's own resampling noise (±0.003 at 2,000 resamples; {@code SpearmanTest} holds the two within 0.01 on
 * tied, skewed data), and costs nothing where a bootstrap costs O(n) per resample: a 10-year series' four lags
 * took ~130 ms of CPU, 40 years four times that, on every change while Trends is open.
 *
 * <p>The bootstrap is seeded with {@link #BOOTSTRAP_SEED} so that the same journal always shows the
 * same interval (its draws are {@link SplitMix}'s). Resamples whose rho is undefined (a column that came out constant, likely with
 * few distinct values) are skipped; the percentiles are taken over the rest.
 *
 * <p>A resample is ranked without sorting: it holds each original pair some number of times, so
 * adding up those counts per group of tied values, in value order, gives its average ranks in
 * O(n). That keeps 2,000 resamples of a 10-year series fast enough for the Trends view.
 */
public final class Spearman {

    /** Fixed seed of the bootstrap: the bytes of "kip". Any constant would do; it only has to stay the same. */
    public static final long BOOTSTRAP_SEED = 0x6B6970L;
    public static final int RESAMPLES = 2_000;
    /** From this many pairs on, the interval comes from the formula instead of the bootstrap. */
    public static final int FORMULA_FROM = 500;
    /** The standard normal's 97.5th percentile. */
    private static final double Z_975 = 1.959963984540054;
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
        return n >= FORMULA_FROM ? fisherInterval(rho, n) : bootstrapped(pairs, rho, seed);
    }

    /** Rho with the bootstrap's interval, whatever the number of pairs (tests hold it against the formula's). */
    static Correlation bootstrapped(RankedPairs pairs, double rho, long seed) {
        int n = pairs.size();
        double[] resampled = bootstrap(pairs, n, seed);
        if (resampled.length == 0) {
            return new Correlation(n, rho, null, null);
        }
        return new Correlation(n, rho, quantile(resampled, LOWER_QUANTILE), quantile(resampled, UPPER_QUANTILE));
    }

    /**
     * The 95 % interval of Fisher's z = atanh(rho) ± 1.96 × √((1 + rho²/2) / (n − 3)), turned back with tanh
     * (Bonett and Wright 2000). A rho of ±1 gives [±1, ±1].
     */
    static Correlation fisherInterval(double rho, int n) {
        double z = 0.5 * Math.log((1 + rho) / (1 - rho));
        double half = Z_975 * Math.sqrt((1 + rho * rho / 2) / (n - 3));
        return new Correlation(n, rho, Math.tanh(z - half), Math.tanh(z + half));
    }

    /** Spearman's rho of the pairs, or null when undefined (fewer than 2 pairs, or a constant column). */
    public static Double rho(double[] x, double[] y) {
        return new RankedPairs(x, y).rho(ones(x.length));
    }

    /** Average ranks (1-based; ties share the mean of the ranks they span), e.g. 10, 20, 20, 30 → 1, 2.5, 2.5, 4. */
    static double[] averageRanks(double[] values) {
        return new RankedPairs(values, values).ranksX(ones(values.length));
    }

    /** The sorted rhos of the resamples that had one. */
    private static double[] bootstrap(RankedPairs pairs, int n, long seed) {
        SplitMix random = new SplitMix(seed);
        int[] drawnX = new int[n];
        int[] drawnY = new int[n];
        double[] rhos = new double[RESAMPLES];
        int defined = 0;
        for (int r = 0; r < RESAMPLES; r++) {
            Double rho = pairs.resample(random, drawnX, drawnY);
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
     * The pairs with each column's tied values grouped once (group 0 the smallest value);
     * {@link #rho(int[])} takes how many times each pair is present (all ones for the sample itself,
     * bootstrap counts for a resample).
     *
     * <p>Worked out in whole numbers: ranks are multiples of ½ and their mean is always (total + 1) / 2,
     * so twice each rank's distance from the mean is an integer and the sums of products are exact
     * (in {@code long}). The sums are therefore the same whatever order they are added in, and rho is
     * the same double as from ranking a written-out resample, only without walking the values per resample.
     */
    static final class RankedPairs {
        private final int[] groupX;
        private final int[] groupY;
        private final int[] presentX;
        private final int[] presentY;
        private final long[] twiceDevX;
        private final long[] twiceDevY;

        RankedPairs(double[] x, double[] y) {
            if (x.length != y.length) {
                throw new IllegalArgumentException("pairs: x has " + x.length + " values but y has " + y.length);
            }
            requireFinite(x, "x");
            requireFinite(y, "y");
            this.groupX = new int[x.length];
            this.groupY = new int[y.length];
            int groupsX = group(x, groupX);
            int groupsY = group(y, groupY);
            this.presentX = new int[groupsX];
            this.presentY = new int[groupsY];
            this.twiceDevX = new long[groupsX];
            this.twiceDevY = new long[groupsY];
        }

        int size() {
            return groupX.length;
        }

        /** Rho of the multiset holding pair i {@code counts[i]} times; null if fewer than 2 distinct values in a column. */
        Double rho(int[] counts) {
            long total = countGroups(counts);
            int[] drawnX = new int[(int) total];
            int[] drawnY = new int[(int) total];
            int k = 0;
            for (int i = 0; i < counts.length; i++) {
                for (int c = 0; c < counts[i]; c++) {
                    drawnX[k] = groupX[i];
                    drawnY[k++] = groupY[i];
                }
            }
            return rhoOfDrawn(drawnX, drawnY);
        }

        /**
         * Draws a resample of the pairs and returns its rho as {@link #rho(int[])} would, the groups counted as
         * the pairs are drawn. Each draw's groups are written to {@code drawnX} and {@code drawnY} (as long as
         * the sample): the cross products are summed over the draws in the order they lie in memory, the same
         * whole-number sum as over the pairs times their counts, with no count per pair to clear (half the
         * pairs are not drawn) or multiply by.
         */
        Double resample(SplitMix random, int[] drawnX, int[] drawnY) {
            Arrays.fill(presentX, 0);
            Arrays.fill(presentY, 0);
            int n = drawnX.length;
            random.nextInts(n, drawnX); // the pairs drawn, replaced by their groups below
            for (int draw = 0; draw < n; draw++) {
                int i = drawnX[draw];
                int gx = groupX[i];
                int gy = groupY[i];
                drawnX[draw] = gx;
                drawnY[draw] = gy;
                presentX[gx]++;
                presentY[gy]++;
            }
            return rhoOfDrawn(drawnX, drawnY);
        }

        /**
         * Rho of the multiset whose pairs' groups are {@code drawnX} and {@code drawnY} (one entry per pair
         * present), once {@code presentX} and {@code presentY} hold how often each group is in it.
         */
        private Double rhoOfDrawn(int[] drawnX, int[] drawnY) {
            long total = drawnX.length;
            long sxx4 = deviations(presentX, total, twiceDevX);
            long syy4 = deviations(presentY, total, twiceDevY);
            if (sxx4 < 0 || syy4 < 0) {
                return null;
            }
            long sxy4 = 0;
            for (int k = 0; k < drawnX.length; k++) {
                sxy4 += twiceDevX[drawnX[k]] * twiceDevY[drawnY[k]];
            }
            double sxy = sxy4 / 4.0;
            double sxx = sxx4 / 4.0;
            double syy = syy4 / 4.0;
            // Clamped: rounding can carry |r| a hair past 1 for perfectly monotone data.
            return Math.max(-1.0, Math.min(1.0, sxy / Math.sqrt(sxx * syy)));
        }

        /** The average rank of each pair's x in the multiset {@code counts} describes. */
        double[] ranksX(int[] counts) {
            long total = countGroups(counts);
            deviations(presentX, total, twiceDevX);
            double[] ranks = new double[groupX.length];
            for (int i = 0; i < ranks.length; i++) {
                ranks[i] = (twiceDevX[groupX[i]] + total + 1) / 2.0;
            }
            return ranks;
        }

        /** Counts how many times each group is present; returns the size of the multiset. */
        private long countGroups(int[] counts) {
            Arrays.fill(presentX, 0);
            Arrays.fill(presentY, 0);
            long total = 0;
            for (int i = 0; i < counts.length; i++) {
                presentX[groupX[i]] += counts[i];
                presentY[groupY[i]] += counts[i];
                total += counts[i];
            }
            return total;
        }

        /**
         * Writes twice each group's rank distance from the mean rank (a group present g times after b
         * smaller values has rank b + (g + 1) / 2) and returns 4 × the sum of squared distances, or -1
         * when fewer than 2 groups are present. Without a branch on whether a group is present (a group
         * absent adds 0; about a third are absent from a resample, at random, which the CPU mispredicted):
         * the sum is 0 exactly when at most one group is present, as that group's distance is then 0, and
         * positive otherwise, the first group present lying below the mean.
         */
        private static long deviations(int[] present, long total, long[] twiceDev) {
            long below = 0;
            long sum4 = 0;
            for (int g = 0; g < present.length; g++) {
                long p = present[g];
                long d = 2 * below + p - total;
                twiceDev[g] = d;
                sum4 += p * d * d;
                below += p;
            }
            return sum4 == 0 ? -1 : sum4;
        }

        /** Writes each value's group, the index of its value among the distinct values in ascending order; returns how many. */
        private static int group(double[] values, int[] groups) {
            int[] order = order(values);
            int g = -1;
            for (int k = 0; k < order.length; k++) {
                if (k == 0 || values[order[k]] != values[order[k - 1]]) {
                    g++;
                }
                groups[order[k]] = g;
            }
            return g + 1;
        }

        static int[] order(double[] values) {
            return IntStream.range(0, values.length).boxed()
                    .sorted(Comparator.comparingDouble(i -> values[i]))
                    .mapToInt(Integer::intValue).toArray();
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
