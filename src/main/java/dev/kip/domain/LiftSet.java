package dev.kip.domain;

/**
 * One set within a workout. {@code order} counts from 1 within the workout's exercise.
 * Weight is in kg (null for body-weight, timed or distance sets); RPE (1–10, halves allowed) and
 * RIR (0–10) are optional. A timed hold (a plank) or a distance (a row, a carry) keeps its
 * {@code seconds} and {@code distanceM}; such a set may have no reps.
 */
public record LiftSet(
        long exerciseId,
        int order,
        SetType type,
        Double weightKg,
        Integer reps,
        Double rpe,
        Integer rir,
        Double distanceM,
        Integer seconds) {

    /** A set of weight and reps only, as logged in the Training view. */
    public LiftSet(long exerciseId, int order, SetType type, Double weightKg, Integer reps, Double rpe, Integer rir) {
        this(exerciseId, order, type, weightKg, reps, rpe, rir, null, null);
    }

    /** True for a set measured in time or distance (a hold, a row, a carry) rather than only in reps. */
    public boolean hasTimeOrDistance() {
        return seconds != null || distanceM != null;
    }
}
