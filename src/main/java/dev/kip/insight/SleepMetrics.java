package dev.kip.insight;

import dev.kip.domain.Night;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Sleep-diary figures for one night (Consensus Sleep Diary, Carney et al. 2012):
 * TIB = out of bed − into bed; TST = (final awakening − tried to sleep) − SOL − WASO;
 * SE = TST / TIB × 100. Clock times are placed on real instants by {@link SleepTimeline}.
 *
 * <p>A night that fails {@link NightValidator} (for example SOL + WASO longer than the sleep
 * window) still gets figures, held in range: TST is kept within 0 … sleep window, so
 * 0 ≤ TST ≤ TIB and 0 ≤ SE ≤ 100 always hold. Telling the person is the validator's job.
 */
public final class SleepMetrics {

    private SleepMetrics() {
    }

    /** The night's figures, in the zone it was slept in, whatever zone the machine is in now. */
    public static SleepFigures of(Night night) {
        SleepTimeline t = SleepTimeline.resolve(night);
        int tib = minutesBetween(t.intoBed(), t.outOfBed());
        int window = minutesBetween(t.triedToSleep(), t.finalWake());
        int sol = Math.max(0, night.solMin());
        int waso = Math.max(0, night.wasoMin());
        int tst = Math.max(0, Math.min(window, window - sol - waso));
        double se = tib == 0 ? 0 : tst * 100.0 / tib;

        // Asleep from tried + SOL (at most the final awakening) until the final awakening.
        ZonedDateTime onset = t.triedToSleep().plusMinutes(Math.min(sol, window));
        Duration asleepSpan = Duration.between(onset, t.finalWake());
        LocalTime midpoint = onset.plus(asleepSpan.dividedBy(2)).toLocalTime();

        return new SleepFigures(tib, tst, se, sol, waso, window, midpoint,
                t.intoBed(), t.triedToSleep(), t.finalWake(), t.outOfBed());
    }

    static int minutesBetween(ZonedDateTime from, ZonedDateTime to) {
        return Math.toIntExact(Duration.between(from, to).toMinutes());
    }
}
