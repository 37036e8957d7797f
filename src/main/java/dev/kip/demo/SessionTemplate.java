package dev.kip.demo;

import java.util.List;

/**
 * The lifter's four rotating sessions: three main lifts (heavy, medium, volume) and a pool the
 * day's one or two accessories come from. Names are the seeded catalog's.
 */
enum SessionTemplate {
    SQUAT_BENCH("Squat + bench", List.of("Back Squat", "Bench Press", "Barbell Row"),
            List.of("Leg Curl", "Triceps Pushdown", "Lateral Raise", "Standing Calf Raise", "Face Pull", "Hanging Leg Raise")),
    DEADLIFT_PRESS("Deadlift + press", List.of("Deadlift", "Overhead Press", "Lat Pulldown"),
            List.of("Dumbbell Curl", "Hammer Curl", "Face Pull", "Cable Crunch", "Leg Extension", "Chin-up")),
    FRONT_SQUAT_INCLINE("Front squat + incline", List.of("Front Squat", "Incline Bench Press", "Dumbbell Row"),
            List.of("Romanian Deadlift", "Skull Crusher", "Seated Calf Raise", "Dips", "Hip Thrust", "Bulgarian Split Squat")),
    BENCH_SQUAT("Bench + squat", List.of("Bench Press", "Back Squat", "Barbell Row"),
            List.of("Close-Grip Bench Press", "Barbell Curl", "Lunge", "Shrug", "Pull-up", "Good Morning", "Leg Press"));

    private final String label;
    private final List<String> mainLifts;
    private final List<String> accessories;

    SessionTemplate(String label, List<String> mainLifts, List<String> accessories) {
        this.label = label;
        this.mainLifts = mainLifts;
        this.accessories = accessories;
    }

    /** The workout's name in the journal. */
    String label() {
        return label;
    }

    List<String> mainLifts() {
        return mainLifts;
    }

    List<String> accessories() {
        return accessories;
    }
}
