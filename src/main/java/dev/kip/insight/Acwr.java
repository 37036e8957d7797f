package dev.kip.insight;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Acute:chronic workload ratio on {@code date}: {@code acute} is the load of the 7 days ending on
 * it, {@code chronicWeekly} the load of the 28 days ending on it divided by 4 (the average week),
 * and {@code ratio = acute / chronicWeekly}. It describes how the load changed, and no more: it does
 * not predict injury ({@link Evidence#LOAD_CHANGE}).
 */
public record Acwr(LocalDate date, double acute, double chronicWeekly, double ratio) {

    /** Ratios above this are a sharp rise in load. */
    public static final double HIGH_ABOVE = 1.5;
    private static final double MORE_ABOVE = 1.1;
    private static final double LESS_BELOW = 0.9;

    /** True when the ratio is above {@value #HIGH_ABOVE} (exactly 1.5 is not): a sharp rise in load. */
    public boolean isHigh() {
        return ratio > HIGH_ABOVE;
    }

    /** "This week's load is 1.6 × your average week of the last four: a sharp rise." */
    public String description() {
        String change = isHigh() ? "a sharp rise" : ratio > MORE_ABOVE ? "more than usual"
                : ratio >= LESS_BELOW ? "about as usual" : "less than usual";
        return String.format(Locale.ROOT, "This week's load is %.1f × your average week of the last four: %s.", ratio,
                change);
    }
}
