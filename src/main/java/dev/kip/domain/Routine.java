package dev.kip.domain;

import java.util.List;

/**
 * A plan a workout starts from: its exercises in order, each with a target. {@code id} is null
 * until stored. Nothing in a routine counts as training until a workout started from it is saved.
 */
public record Routine(Long id, String name, List<Target> exercises) {
    public Routine {
        exercises = List.copyOf(exercises);
    }

    /** One exercise of a routine: {@code sets} × {@code reps} (null: as many as it takes), at {@code weightKg} (null: not planned). */
    public record Target(long exerciseId, int sets, Integer reps, Double weightKg) {
    }

    public Routine withId(Long newId) {
        return new Routine(newId, name, exercises);
    }
}
