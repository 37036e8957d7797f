package dev.kip.insight;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SpearmanTest {

    @Test
    void tiesGetTheAverageOfTheRanksTheySpan() {
        assertThat(Spearman.averageRanks(new double[]{1, 2, 2, 3})).containsExactly(1, 2.5, 2.5, 4);
        assertThat(Spearman.averageRanks(new double[]{5, 5, 5})).containsExactly(2, 2, 2);
        assertThat(Spearman.averageRanks(new double[]{30, 10, 20, 10})).containsExactly(4, 1.5, 3, 1.5);
    }

    @Test
    void rhoWithTiesInX() {
        // x = 1,2,2,3 → ranks 1, 2.5, 2.5, 4; y = 1,3,2,4 → ranks 1,3,2,4; both mean 2.5.
        // dx = −1.5, 0, 0, 1.5; dy = −1.5, 0.5, −0.5, 1.5
        // Σdxdy = 2.25 + 2.25 = 4.5; Σdx² = 4.5; Σdy² = 2.25 + 0.25 + 0.25 + 2.25 = 5
        // rho = 4.5 / √(4.5 × 5) = 4.5 / √22.5 = 3 / √10 = 0.948683
        assertThat(Spearman.rho(new double[]{1, 2, 2, 3}, new double[]{1, 3, 2, 4}))
                .isCloseTo(3 / Math.sqrt(10), within(1e-12));
    }

    @Test
    void rhoWithTiesInY() {
        // x = 10..50 → ranks 1..5, dx = −2,−1,0,1,2; y = 5,6,7,8,7 → ranks 1,2,3.5,5,3.5, dy = −2,−1,0.5,2,0.5
        // Σdxdy = 4 + 1 + 0 + 2 + 1 = 8; Σdx² = 10; Σdy² = 4 + 1 + 0.25 + 4 + 0.25 = 9.5
        // rho = 8 / √95 = 0.820783
        assertThat(Spearman.rho(new double[]{10, 20, 30, 40, 50}, new double[]{5, 6, 7, 8, 7}))
                .isCloseTo(8 / Math.sqrt(95), within(1e-12));
    }

    @Test
    void perfectlyMonotoneGivesPlusOrMinusOne() {
        double[] x = {1, 2, 3, 4, 5, 6};
        assertThat(Spearman.rho(x, new double[]{1, 8, 27, 64, 125, 216})).isEqualTo(1.0);
        assertThat(Spearman.rho(x, new double[]{6, 5, 4, 3, 2, 1})).isEqualTo(-1.0);
    }

    @Test
    void aConstantColumnIsUndefined() {
        assertThat(Spearman.rho(new double[]{1, 2, 3}, new double[]{7, 7, 7})).isNull();
        assertThat(Spearman.rho(new double[]{1}, new double[]{2})).isNull();
        assertThat(Spearman.rho(new double[]{}, new double[]{})).isNull();
        Correlation c = Spearman.correlate(sequence(20), constant(20, 480));
        assertThat(c.n()).isEqualTo(20);
        assertThat(c.rho()).isNull();
        assertThat(c.ciLow()).isNull();
        assertThat(c.ciHigh()).isNull();
    }

    @Test
    void belowFourteenPairsEverythingIsNullAndTheShortfallIsKnown() {
        Correlation thirteen = Spearman.correlate(sequence(13), sequence(13));
        assertThat(thirteen.rho()).isNull();
        assertThat(thirteen.ciLow()).isNull();
        assertThat(thirteen.ciHigh()).isNull();
        assertThat(thirteen.hasRho()).isFalse();
        assertThat(thirteen.pairsNeeded()).isEqualTo(1);
        assertThat(Spearman.correlate(new double[0], new double[0]).pairsNeeded()).isEqualTo(14);

        Correlation fourteen = Spearman.correlate(sequence(14), sequence(14));
        assertThat(fourteen.rho()).isEqualTo(1.0);
        assertThat(fourteen.pairsNeeded()).isZero();
        // Every resample of a perfectly monotone sample is perfectly monotone too (or constant, skipped).
        assertThat(fourteen.ciLow()).isEqualTo(1.0);
        assertThat(fourteen.ciHigh()).isEqualTo(1.0);
    }

    @Test
    void theBootstrapIsReproducibleAndContainsRho() {
        double[][] sample = noisyLine(40, 1);
        Correlation first = Spearman.correlate(sample[0], sample[1]);
        Correlation again = Spearman.correlate(sample[0].clone(), sample[1].clone());

        assertThat(again).isEqualTo(first);
        assertThat(first.rho()).isBetween(0.5, 1.0);
        assertThat(first.ciLow()).isLessThan(first.rho());
        assertThat(first.ciHigh()).isGreaterThan(first.rho());
        assertThat(first.ciHigh()).isLessThanOrEqualTo(1.0);
        // Another seed gives another (similar) interval: the seed is what makes it reproducible.
        Correlation otherSeed = Spearman.correlate(sample[0], sample[1], Spearman.BOOTSTRAP_SEED + 1);
        assertThat(otherSeed.rho()).isEqualTo(first.rho());
        assertThat(otherSeed.ciLow()).isNotEqualTo(first.ciLow());
    }

    @Test
    void theIntervalIsNarrowerForMorePairs() {
        double[][] small = noisyLine(20, 2);
        double[][] large = noisyLine(400, 2);
        Correlation c20 = Spearman.correlate(small[0], small[1]);
        Correlation c400 = Spearman.correlate(large[0], large[1]);
        assertThat(c400.ciHigh() - c400.ciLow()).isLessThan((c20.ciHigh() - c20.ciLow()) / 2);
    }

    @Test
    void rankingAResampleByCountsEqualsRankingItWritten() {
        // The bootstrap ranks a resample from how often each pair was drawn; check that against
        // writing the resample out and ranking it the ordinary way.
        double[][] sample = noisyLine(30, 3);
        for (int i = 0; i < 30; i++) {
            sample[0][i] = Math.round(sample[0][i] / 5); // coarse values: plenty of ties
        }
        Spearman.RankedPairs pairs = new Spearman.RankedPairs(sample[0], sample[1]);
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 50; trial++) {
            int[] counts = new int[30];
            double[] x = new double[30];
            double[] y = new double[30];
            for (int draw = 0; draw < 30; draw++) {
                int pick = random.nextInt(30);
                counts[pick]++;
                x[draw] = sample[0][pick];
                y[draw] = sample[1][pick];
            }
            // Exactly equal: the sums behind rho are whole numbers of quarters, the same in any order.
            assertThat(pairs.rho(counts)).isEqualTo(textbookRho(x, y));
        }
    }

    @Test
    void theIntervalIsExactlyThatOfRankingEveryResampleWrittenOut() {
        // The same seeded draws, each resample written out and ranked by sorting: the very same doubles.
        for (int n : new int[]{14, 40, 301}) {
            double[][] sample = noisyLine(n, n);
            for (int i = 0; i < n; i += 3) {
                sample[0][i] = Math.round(sample[0][i] / 10); // ties in x
            }
            SplittableRandom random = new SplittableRandom(Spearman.BOOTSTRAP_SEED);
            double[] rhos = new double[Spearman.RESAMPLES];
            int defined = 0;
            for (int r = 0; r < Spearman.RESAMPLES; r++) {
                double[] x = new double[n];
                double[] y = new double[n];
                for (int draw = 0; draw < n; draw++) {
                    int pick = random.nextInt(n);
                    x[draw] = sample[0][pick];
                    y[draw] = sample[1][pick];
                }
                Double rho = textbookRho(x, y);
                if (rho != null) {
                    rhos[defined++] = rho;
                }
            }
            double[] sorted = Arrays.copyOf(rhos, defined);
            Arrays.sort(sorted);
            Correlation c = Spearman.correlate(sample[0], sample[1]);
            assertThat(c.rho()).isEqualTo(textbookRho(sample[0], sample[1]));
            assertThat(c.ciLow()).isEqualTo(Spearman.quantile(sorted, 0.025));
            assertThat(c.ciHigh()).isEqualTo(Spearman.quantile(sorted, 0.975));
        }
    }

    @Test
    void theFormulasIntervalMatchesBonettAndWrightsWorkedExample() {
        // statpsych's ci.spear (Bonett's own R package) on its 15 pairs: rho 0.8699639, 95 % CI 0.5840951 to 0.9638297.
        double[] y = {21, 4, 9, 12, 35, 18, 10, 22, 24, 1, 6, 8, 13, 16, 19};
        double[] x = {67, 28, 30, 28, 52, 40, 25, 37, 44, 10, 14, 20, 28, 40, 51};
        double rho = Spearman.rho(y, x);
        assertThat(rho).isCloseTo(0.8699639, within(1e-7));
        Correlation c = Spearman.fisherInterval(rho, 15);
        assertThat(c.ciLow()).isCloseTo(0.5840951, within(1e-7));
        assertThat(c.ciHigh()).isCloseTo(0.9638297, within(1e-7));
        assertThat(Spearman.fisherInterval(1.0, 600)).isEqualTo(new Correlation(600, 1.0, 1.0, 1.0));
        assertThat(Spearman.fisherInterval(-1.0, 600)).isEqualTo(new Correlation(600, -1.0, -1.0, -1.0));
    }

    @Test
    void fromFiveHundredPairsTheIntervalIsTheFormulasAndBelowItTheBootstraps() {
        double[][] below = noisyLine(Spearman.FORMULA_FROM - 1, 5);
        double[][] from = noisyLine(Spearman.FORMULA_FROM, 5);
        Correlation b = Spearman.correlate(below[0], below[1]);
        Correlation f = Spearman.correlate(from[0], from[1]);
        assertThat(b).isEqualTo(Spearman.bootstrapped(new Spearman.RankedPairs(below[0], below[1]), b.rho(),
                Spearman.BOOTSTRAP_SEED));
        assertThat(f).isEqualTo(Spearman.fisherInterval(f.rho(), Spearman.FORMULA_FROM));
    }

    @Test
    void fromFiveHundredPairsTheFormulaGivesTheBootstrapsIntervalWithinItsResamplingNoise() {
        // Diary-like data: sleep in 5-minute steps (many ties), performance with a heavy-tailed few, weak to strong
        // association. The bootstrap's own endpoints move by ~0.003 from one seed to another at 2,000 resamples.
        SplittableRandom random = new SplittableRandom(2000);
        for (int n : new int[]{Spearman.FORMULA_FROM, 1_000, 2_500}) {
            for (double strength : new double[]{0.0, 0.25, 0.6}) {
                double[] sleep = new double[n];
                double[] performance = new double[n];
                for (int i = 0; i < n; i++) {
                    double z = gaussian(random);
                    sleep[i] = 5 * Math.round((420 + 45 * z) / 5);
                    double noise = gaussian(random) * (random.nextInt(20) == 0 ? 4 : 1);
                    performance[i] = strength * z + Math.sqrt(1 - strength * strength) * noise;
                }
                Correlation formula = Spearman.correlate(sleep, performance);
                Correlation bootstrap = Spearman.bootstrapped(new Spearman.RankedPairs(sleep, performance),
                        formula.rho(), Spearman.BOOTSTRAP_SEED);
                assertThat(formula.ciLow()).as("n %d, strength %.2f", n, strength).isCloseTo(bootstrap.ciLow(), within(0.01));
                assertThat(formula.ciHigh()).as("n %d, strength %.2f", n, strength).isCloseTo(bootstrap.ciHigh(), within(0.01));
            }
        }
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Spearman's rho the plain way: sort each column, average the ranks of ties, Pearson's r on the ranks. */
    private static Double textbookRho(double[] x, double[] y) {
        double[] rx = sortedRanks(x);
        double[] ry = sortedRanks(y);
        int n = x.length;
        double mx = Arrays.stream(rx).sum() / n;
        double my = Arrays.stream(ry).sum() / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        if (sxx == 0 || syy == 0) {
            return null;
        }
        return Math.max(-1.0, Math.min(1.0, sxy / Math.sqrt(sxx * syy)));
    }

    private static double[] sortedRanks(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int first = Arrays.binarySearch(sorted, values[i]);
            while (first > 0 && sorted[first - 1] == values[i]) {
                first--;
            }
            int last = first;
            while (last + 1 < sorted.length && sorted[last + 1] == values[i]) {
                last++;
            }
            ranks[i] = (first + last) / 2.0 + 1;
        }
        return ranks;
    }

    @Test
    void resamplesWithAConstantColumnAreSkipped() {
        // x has a single 1 among 13 zeros: about (13/14)^14 ≈ 35 % of resamples miss it and make x constant.
        double[] x = constant(14, 0);
        x[13] = 1;
        Correlation c = Spearman.correlate(x, sequence(14));
        // Ranks: x = 7 ×13 (the mean of ranks 1 … 13), then 14; y = 1 … 14. Both means are 7.5.
        // dx = −0.5 ×13, 6.5; dy = k − 7.5. Σdxdy = −0.5 × (91 − 13 × 7.5) + 6.5 × 6.5 = 3.25 + 42.25 = 45.5
        // Σdx² = 13 × 0.25 + 42.25 = 45.5; Σdy² = 14 × (14² − 1) / 12 = 227.5 → rho = √(45.5 / 227.5) = √0.2 = 0.44721
        assertThat(c.rho()).isCloseTo(Math.sqrt(0.2), within(1e-12));
        assertThat(c.ciLow()).isNotNull().isLessThanOrEqualTo(c.ciHigh());
    }

    @Test
    void unequalLengthsAndNonNumbersAreRejected() {
        assertThatThrownBy(() -> Spearman.rho(new double[]{1, 2}, new double[]{1}))
                .hasMessageContaining("x has 2 values but y has 1");
        assertThatThrownBy(() -> Spearman.rho(new double[]{1, Double.NaN}, new double[]{1, 2}))
                .hasMessageContaining("x[1]");
    }

    static double[] sequence(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i;
        }
        return v;
    }

    private static double[] constant(int n, double value) {
        double[] v = new double[n];
        Arrays.fill(v, value);
        return v;
    }

    /** y = x + noise, x = 0 … n−1 scaled to 0–100 and noise uniform in ±30: a clear but imperfect association. */
    private static double[][] noisyLine(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 100.0 * i / n;
            y[i] = x[i] + random.nextDouble(-30, 30);
        }
        return new double[][]{x, y};
    }
}
