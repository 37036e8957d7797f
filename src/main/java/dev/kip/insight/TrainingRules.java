package dev.kip.insight;

import dev.kip.domain.SetType;
import dev.kip.text.DateText;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a workout and its sets may hold. Each check returns the message to show at the field,
 * naming the field and what is expected, or empty when the value is fine. Missing optional values
 * (null) are fine; the journal's CHECK constraints enforce the same limits as a last line.
 */
public final class TrainingRules {
    public static final double MAX_WEIGHT_KG = 1000;

    private TrainingRules() {
    }

    /** A weight in kg: 0 to 1000 (a bar alone is 20; nobody lifts a tonne). */
    public static Optional<String> weight(Double kg) {
        if (kg != null && !(kg >= 0 && kg <= MAX_WEIGHT_KG)) {
            return Optional.of("Weight: expected 0 to 1000 kg");
        }
        return Optional.empty();
    }

    /**
     * Reps: a working set needs at least one, unless it is held or covered (a plank of 60 s, a 2 km
     * row: {@code timedOrDistance}); no set has negative reps or more than 1000.
     */
    public static Optional<String> reps(Integer reps, SetType type, boolean timedOrDistance) {
        if (type == SetType.WORKING && !timedOrDistance && (reps == null || reps <= 0)) {
            return Optional.of("Reps: a working set needs at least 1 rep");
        }
        if (reps != null && (reps < 0 || reps > 1000)) {
            return Optional.of("Reps: expected 0 to 1000");
        }
        return Optional.empty();
    }

    /** Set RPE: 1 to 10 in steps of 0.5. */
    public static Optional<String> rpe(Double rpe) {
        if (rpe != null && !(rpe >= 1 && rpe <= 10 && isHalfStep(rpe))) {
            return Optional.of("RPE: expected 1 to 10, in steps of 0.5");
        }
        return Optional.empty();
    }

    /** Reps in reserve: 0 to 10. */
    public static Optional<String> rir(Integer rir) {
        if (rir != null && (rir < 0 || rir > 10)) {
            return Optional.of("RIR: expected 0 to 10 reps in reserve");
        }
        return Optional.empty();
    }

    /** Session RPE (CR-10): 0 to 10 in steps of 0.5. */
    public static Optional<String> sessionRpe(Double rpe) {
        if (rpe != null && !(rpe >= 0 && rpe <= 10 && isHalfStep(rpe))) {
            return Optional.of("Session RPE: expected 0 to 10 (CR-10), in steps of 0.5");
        }
        return Optional.empty();
    }

    /** Duration in minutes: 0 to 1440. */
    public static Optional<String> duration(Integer minutes) {
        if (minutes != null && (minutes < 0 || minutes > 1440)) {
            return Optional.of("Duration: expected 0 to 1440 minutes");
        }
        return Optional.empty();
    }

    /** A workout's date: required and not after today. */
    public static Optional<String> date(LocalDate date, LocalDate today) {
        if (date == null) {
            return Optional.of("Date: expected a date such as " + DateText.day(today));
        }
        if (date.isAfter(today)) {
            return Optional.of("Date: a workout cannot be in the future (today is " + DateText.day(today) + ")");
        }
        return Optional.empty();
    }

    private static boolean isHalfStep(double value) {
        return value * 2 == Math.rint(value * 2);
    }
}
