package dev.kip.insight;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the Trends view or {@code kip trends} asks for.
 *
 * @param liftId      the exercise whose e1RM and performance are followed; null for the strength index
 * @param window      nights of sleep before a session: 1 (the night before) or 3 (the mean of up to 3 nights)
 * @param mainLiftIds the exercise ids of the main lifts (squat, bench press, deadlift, overhead press) present
 */
public record TrendsRequest(LocalDate from, LocalDate to, Long liftId, int window, int targetMin, Set<Long> mainLiftIds) {

    /**
     * Days of history before {@code from} the figures need: the 56-day performance window (which
     * also covers the 14-night debt and regularity windows and the lags).
     */
    public static final int LEAD_DAYS = Performance.WINDOW_DAYS;

    public TrendsRequest {
        if (from == null || to == null) {
            throw new IllegalArgumentException("range: 'from' and 'to' are both needed");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range: 'to' (" + to + ") is before 'from' (" + from + ")");
        }
        if (window != 1 && window != 3) {
            throw new IllegalArgumentException("window: expected 1 or 3 nights, got " + window);
        }
        if (targetMin <= 0) {
            throw new IllegalArgumentException("sleep target: expected a positive number of minutes, got " + targetMin);
        }
        mainLiftIds = Set.copyOf(mainLiftIds);
    }

    /** The first date whose data the figures for this range need. */
    public LocalDate dataFrom() {
        return from.minusDays(LEAD_DAYS);
    }

    public boolean strengthIndex() {
        return liftId == null;
    }
}
