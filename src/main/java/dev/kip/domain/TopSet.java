package dev.kip.domain;

import java.time.LocalDate;

/**
 * The heaviest work set of {@code reps} repetitions one session did on one exercise. For a given
 * number of reps the e1RM only grows with the weight, whatever the formula, so a session's best
 * e1RM is among its top sets: the journal aggregates sets to these in SQL, and insight's
 * {@code E1rm} picks the best by the person's formula.
 */
public record TopSet(LocalDate date, long workoutId, long exerciseId, int reps, double weightKg) {
}
