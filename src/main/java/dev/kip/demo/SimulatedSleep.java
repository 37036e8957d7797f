package dev.kip.demo;

import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The simulated sleep: the nights and factors the lifter logged, and the minutes actually slept
 * every night (logged or not), which drive training and soreness.
 */
record SimulatedSleep(List<Night> nights, List<Factors> factors, Map<LocalDate, Integer> tstMinByDate) {

    /** Below this a night counts as short for recovery (7 h). */
    static final int ENOUGH_MIN = 420;
    /** How much the nights ending on day, day−1 and day−2 weigh in the sleep debt. */
    private static final double[] DEBT_WEIGHTS = {1.0, 0.6, 0.3};

    /**
     * Weighted hours short of 7 h over the last three nights up to the morning of {@code day}.
     * E.g. three 5.5 h nights: 1.5 × (1 + 0.6 + 0.3) = 2.85 h; one 5.5 h night after good ones: 1.5 h.
     */
    double debtHours(LocalDate day) {
        double debt = 0;
        for (int k = 0; k < DEBT_WEIGHTS.length; k++) {
            Integer tst = tstMinByDate.get(day.minusDays(k));
            if (tst != null) {
                debt += DEBT_WEIGHTS[k] * Math.max(0, ENOUGH_MIN - tst) / 60.0;
            }
        }
        return debt;
    }
}
