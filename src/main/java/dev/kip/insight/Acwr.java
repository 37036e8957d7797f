package dev.kip.insight;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Acute:chronic workload ratio on {@code date}: {@code acute} is the load of the 7 days ending on
 * it, {@code chronicWeekly} the load of the 28 days ending on it divided by 4 (the average week),
 * and {@code ratio = acute / chronicWeekly}.
 */
public record Acwr(LocalDate date, double acute, double chronicWeekly, double ratio) {

    /** Ratios above this mark a sudden rise in load. */
    public static final double HIGH_ABOVE = 1.5;

    /** True when the ratio is above {@value #HIGH_ABOVE} (exactly 1.5 is not high). */
    public boolean isHigh() {
        return ratio > HIGH_ABOVE;
    }

    /** A short message for a high ratio; empty otherwise. */
    public Optional<String> note() {
        if (!isHigh()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "This week's load is %.1f × your average week of the last four (above %.1f): a sudden jump. "
                        + "Building up gradually is easier to recover from.", ratio, HIGH_ABOVE));
    }
}
