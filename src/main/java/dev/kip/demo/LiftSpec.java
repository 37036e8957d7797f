package dev.kip.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How strong the demo lifter is at one exercise: an estimated 1RM at the start (null for a
 * body-weight exercise, which starts at {@code startReps}), the share gained over the years, and
 * the weight step the gym's plates or dumbbells allow. Strength follows diminishing returns:
 * e1RM = start × (1 + gain × (1 − e^(−age/150))), age in weeks of effective training; e.g. a 100 kg
 * squat with gain 0.75 is 100 × (1 + 0.75 × 0.283) ≈ 121 kg at age 50 (about a year) and
 * 100 × (1 + 0.75 × 0.926) ≈ 169 kg at age 390 (about ten years with plateaus and breaks).
 */
record LiftSpec(String name, Double startE1rmKg, int startReps, double gain, double stepKg, boolean barbell) {

    private static final double AGE_SCALE_WEEKS = 150;
    private static final double BAR_KG = 20;

    private static final Map<String, LiftSpec> BY_NAME = List.of(
            weighted("Back Squat", 100, 0.75, 2.5, true),
            weighted("Bench Press", 75, 0.55, 2.5, true),
            weighted("Deadlift", 125, 0.7, 2.5, true),
            weighted("Overhead Press", 47.5, 0.5, 2.5, true),
            weighted("Barbell Row", 70, 0.5, 2.5, true),
            weighted("Front Squat", 80, 0.7, 2.5, true),
            weighted("Incline Bench Press", 62.5, 0.5, 2.5, true),
            weighted("Dumbbell Row", 32, 0.6, 2, false),
            weighted("Lat Pulldown", 65, 0.5, 2.5, false),
            weighted("Leg Curl", 45, 0.5, 2.5, false),
            weighted("Triceps Pushdown", 35, 0.5, 2.5, false),
            weighted("Lateral Raise", 11, 0.4, 1, false),
            weighted("Standing Calf Raise", 80, 0.5, 5, false),
            weighted("Face Pull", 25, 0.4, 2.5, false),
            weighted("Dumbbell Curl", 15, 0.5, 2, false),
            weighted("Hammer Curl", 17, 0.5, 2, false),
            weighted("Cable Crunch", 40, 0.5, 2.5, false),
            weighted("Leg Extension", 50, 0.5, 2.5, false),
            weighted("Romanian Deadlift", 95, 0.6, 2.5, true),
            weighted("Skull Crusher", 30, 0.5, 2.5, true),
            weighted("Seated Calf Raise", 50, 0.5, 2.5, false),
            weighted("Hip Thrust", 90, 0.8, 5, true),
            weighted("Bulgarian Split Squat", 24, 0.6, 2, false),
            weighted("Close-Grip Bench Press", 65, 0.5, 2.5, true),
            weighted("Barbell Curl", 35, 0.5, 2.5, true),
            weighted("Lunge", 45, 0.6, 2.5, true),
            weighted("Shrug", 100, 0.5, 5, true),
            weighted("Good Morning", 60, 0.5, 2.5, true),
            weighted("Leg Press", 150, 0.7, 5, false),
            bodyWeight("Hanging Leg Raise", 10, 0.5),
            bodyWeight("Chin-up", 8, 0.6),
            bodyWeight("Dips", 10, 0.6),
            bodyWeight("Pull-up", 7, 0.6))
            .stream().collect(Collectors.toUnmodifiableMap(LiftSpec::name, Function.identity()));

    private static LiftSpec weighted(String name, double startE1rmKg, double gain, double stepKg, boolean barbell) {
        return new LiftSpec(name, startE1rmKg, 0, gain, stepKg, barbell);
    }

    private static LiftSpec bodyWeight(String name, int startReps, double gain) {
        return new LiftSpec(name, null, startReps, gain, 0, false);
    }

    static LiftSpec of(String name) {
        LiftSpec spec = BY_NAME.get(name);
        if (spec == null) {
            throw new IllegalStateException("the demo has no strength profile for '" + name + "'");
        }
        return spec;
    }

    boolean isBodyWeight() {
        return startE1rmKg == null;
    }

    /** How many times stronger than at the start, after {@code ageWeeks} of effective training. */
    double growth(double ageWeeks) {
        return 1 + gain * (1 - StrictMath.exp(-ageWeeks / AGE_SCALE_WEEKS));
    }

    double e1rmKg(double ageWeeks) {
        return startE1rmKg * growth(ageWeeks);
    }

    /** The nearest weight the equipment allows; never lighter than the bar or one step. */
    double loadable(double kg) {
        return Math.max(barbell ? BAR_KG : stepKg, Numbers.toStep(kg, stepKg));
    }
}
