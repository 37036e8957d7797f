package dev.kip.insight;

/**
 * A rank correlation over {@code n} pairs with its 95 % bootstrap interval. Below
 * {@value #MIN_PAIRS} pairs, or when a column is constant, {@code rho} is null; the interval is
 * null then too, or when no resample had a defined rho. Association, not cause.
 */
public record Correlation(int n, Double rho, Double ciLow, Double ciHigh) {

    /** Fewer pairs than this give too wide an interval to show a rho at all. */
    public static final int MIN_PAIRS = 14;

    /** How many more pairs are needed before a rho is shown; 0 once there are enough. */
    public int pairsNeeded() {
        return Math.max(0, MIN_PAIRS - n);
    }

    public boolean hasRho() {
        return rho != null;
    }
}
