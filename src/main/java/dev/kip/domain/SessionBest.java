package dev.kip.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The best e1RM (kg) one session reached on one exercise, by the formula the person chose, with
 * the set that reached it ({@code weightKg} × {@code reps}). Worked out by insight's {@code E1rm},
 * the one place that knows the formulas. {@code bestE1rm} must be positive.
 */
public record SessionBest(LocalDate date, long workoutId, long exerciseId, double bestE1rm, double weightKg, int reps) {
    public SessionBest {
        Objects.requireNonNull(date, "date");
        if (!(bestE1rm > 0) || Double.isInfinite(bestE1rm)) {
            throw new IllegalArgumentException("session best of workout " + workoutId + ", exercise " + exerciseId
                    + ": e1RM must be a positive number of kg, got " + bestE1rm);
        }
    }
}
