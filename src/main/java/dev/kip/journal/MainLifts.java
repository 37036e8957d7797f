package dev.kip.journal;

import dev.kip.domain.Exercise;
import java.util.EnumMap;
import java.util.Map;

/**
 * The four lifts the strength index follows, by their names in the seeded catalog
 * (migration 002). Found by name, so an exercise the person renamed away from its catalog name
 * is no longer a main lift.
 */
public final class MainLifts {

    public enum Lift {
        SQUAT("Back Squat"), BENCH("Bench Press"), DEADLIFT("Deadlift"), OVERHEAD_PRESS("Overhead Press");

        private final String exerciseName;

        Lift(String exerciseName) {
            this.exerciseName = exerciseName;
        }

        /** The name of this lift in the exercise catalog. */
        public String exerciseName() {
            return exerciseName;
        }
    }

    private MainLifts() {
    }

    /** The exercise id of each main lift present in the catalog, in {@link Lift} order; missing ones are absent. */
    public static Map<Lift, Long> ids(ExerciseStore exercises) {
        Map<Lift, Long> ids = new EnumMap<>(Lift.class);
        for (Exercise e : exercises.all()) {
            for (Lift lift : Lift.values()) {
                if (lift.exerciseName.equalsIgnoreCase(e.name())) {
                    ids.put(lift, e.id());
                }
            }
        }
        return ids;
    }
}
