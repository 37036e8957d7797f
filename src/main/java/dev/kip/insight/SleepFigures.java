package dev.kip.insight;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The Consensus Sleep Diary figures of one night (see {@link SleepMetrics}). Minutes are real
 * elapsed minutes, so nights across a DST change are an hour shorter or longer.
 *
 * @param tibMin         time in bed: out of bed − into bed
 * @param tstMin         total sleep time: sleep window − SOL − WASO, never below 0
 * @param sePct          sleep efficiency TST / TIB × 100 (0 when TIB is 0), unrounded
 * @param solMin         sleep-onset latency as entered (negatives read as 0)
 * @param wasoMin        wake after sleep onset as entered (negatives read as 0)
 * @param sleepWindowMin the sleep window: from trying to sleep to the final awakening
 * @param midpoint       local clock time halfway between falling asleep (tried + SOL) and the final awakening
 */
public record SleepFigures(
        int tibMin,
        int tstMin,
        double sePct,
        int solMin,
        int wasoMin,
        int sleepWindowMin,
        LocalTime midpoint,
        ZonedDateTime inBed,
        ZonedDateTime triedToSleep,
        ZonedDateTime finalWake,
        ZonedDateTime outOfBed) {
}
