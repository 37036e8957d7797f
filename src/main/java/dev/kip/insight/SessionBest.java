package dev.kip.insight;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The best e1RM (kg) one session reached on one exercise, from its work sets, always by Epley with a
 * single counting as its own 1RM (see {@link E1rm}), whatever formula the person chose for display:
 * the journal computes these in SQL. {@code bestE1rm} must be positive.
 */
public record SessionBest(LocalDate date, long workoutId, long exerciseId, double bestE1rm) {
    public SessionBest {
        Objects.requireNonNull(date, "date");
        if (!(bestE1rm > 0) || Double.isInfinite(bestE1rm)) {
            throw new IllegalArgumentException("session best of workout " + workoutId + ", exercise " + exerciseId
                    + ": e1RM must be a positive number of kg, got " + bestE1rm);
        }
    }
}
