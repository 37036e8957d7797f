package dev.kip.insight;

import java.time.LocalDate;

/**
 * One line of the bests table: the set that first reached {@code value} (kg, or reps for
 * {@link RecordKind#MOST_REPS_AT_WEIGHT}), with its weight and reps.
 */
public record Best(RecordKind kind, LocalDate date, long workoutId, double weightKg, int reps, double value) {
}
