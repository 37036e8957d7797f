package dev.kip.domain;

/**
 * One set within a workout. {@code order} counts from 1 within the workout's exercise.
 * Weight is in kg (null for body-weight or cardio sets); RPE (1–10, halves allowed) and RIR
 * (0–10) are optional.
 */
public record LiftSet(
        long exerciseId,
        int order,
        SetType type,
        Double weightKg,
        Integer reps,
        Double rpe,
        Integer rir) {
}
