package dev.kip.exchange.parse;

import dev.kip.domain.SetType;

/**
 * One set as read from an export, before the exercise name is matched to the catalog.
 * {@code order} counts from 1 within the workout's exercise, in file order (warm-ups
 * included), so (source, workout, exercise, order) is a stable de-dup key for re-imports.
 * Weight in kg rounded to 0.01 (null for body-weight, timed or distance sets); distance in metres
 * and time in seconds for holds and cardio (null when the row has none); {@code line} is the file line.
 */
public record ParsedSet(String exerciseName, int order, SetType type, Double weightKg, Integer reps, Double rpe,
                        Double distanceM, Integer seconds, int line) {
}
