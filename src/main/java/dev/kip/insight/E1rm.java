package dev.kip.insight;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SessionBest;
import dev.kip.domain.Settings.E1rmFormula;
import dev.kip.domain.TopSet;
import dev.kip.domain.Workout;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Estimated one-repetition maximum (e1RM): Epley {@code w × (1 + reps/30)} or Brzycki
 * {@code w × 36 / (37 − reps)}.
 *
 * <p><b>A single is its own 1RM under both formulas.</b> Brzycki already gives {@code w × 36/36 = w}
 * at one rep, but raw Epley gives {@code w × 1.033}: a 100 kg single would "estimate" 103.3 kg and a
 * true max would look smaller than its own estimate. So Epley is applied from two reps on, as most
 * training logs do; at two reps it gives {@code w × 1.067 > w}, so the estimate still rises with reps.
 *
 * <p>Warm-ups never count; neither does a set without a positive weight or without reps.
 *
 * <p>This is the one e1RM of Kip: Training, Trends, the recovery check, the report and the export
 * all take their figures from here, by the formula chosen in Settings.
 */
public final class E1rm {

    /** Sets with more reps than this give an e1RM of low confidence (the formulas drift at high reps). */
    public static final int LOW_CONFIDENCE_ABOVE_REPS = 12;
    /** Brzycki divides by {@code 37 − reps}: undefined from here on. */
    static final int BRZYCKI_UNDEFINED_FROM_REPS = 37;

    private E1rm() {
    }

    /** The e1RM of a set, or empty when it cannot count (warm-up, no positive weight, no reps). */
    public static OptionalDouble of(LiftSet set, E1rmFormula formula) {
        if (!counts(set)) {
            return OptionalDouble.empty();
        }
        return estimate(set.weightKg(), set.reps(), formula);
    }

    /** Whether a set can give an e1RM or a record: a work set with a positive weight and at least one rep. */
    public static boolean counts(LiftSet set) {
        return WorkSets.isWork(set)
                && set.weightKg() != null && set.weightKg() > 0
                && set.reps() != null && set.reps() > 0;
    }

    /** The e1RM of {@code weightKg × reps}; empty for reps ≤ 0, a weight that is not positive, or Brzycki at ≥ 37 reps. */
    public static OptionalDouble estimate(double weightKg, int reps, E1rmFormula formula) {
        if (!(weightKg > 0) || Double.isInfinite(weightKg) || reps <= 0) {
            return OptionalDouble.empty();
        }
        if (reps == 1) {
            return OptionalDouble.of(weightKg);
        }
        return switch (formula) {
            case EPLEY -> OptionalDouble.of(weightKg * (1 + reps / 30.0));
            case BRZYCKI -> reps >= BRZYCKI_UNDEFINED_FROM_REPS
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(weightKg * 36 / (37 - reps));
        };
    }

    /**
     * Each session's best e1RM per exercise from its top sets (as the journal aggregates them), in
     * the order of the first top set of each session and exercise; a session whose sets all fall
     * outside the formula (Brzycki from 37 reps) has none.
     */
    public static List<SessionBest> sessionBests(List<TopSet> topSets, E1rmFormula formula) {
        Map<List<Long>, SessionBest> best = new LinkedHashMap<>();
        for (TopSet t : topSets) {
            OptionalDouble e1rm = estimate(t.weightKg(), t.reps(), formula);
            if (e1rm.isPresent()) {
                SessionBest b = new SessionBest(t.date(), t.workoutId(), t.exerciseId(), e1rm.getAsDouble(), t.weightKg(), t.reps());
                best.merge(List.of(t.workoutId(), t.exerciseId()), b, (was, now) -> now.bestE1rm() > was.bestE1rm() ? now : was);
            }
        }
        return new ArrayList<>(best.values());
    }

    /** Each session's best e1RM on each of {@code exerciseIds}, from workouts loaded with their sets, in the workouts' order. */
    public static List<SessionBest> sessionBests(List<Workout> workouts, Collection<Long> exerciseIds, E1rmFormula formula) {
        List<TopSet> sets = new ArrayList<>();
        for (Workout w : workouts) {
            w.sets().stream()
                    .filter(s -> exerciseIds.contains(s.exerciseId()) && counts(s))
                    .sorted(Comparator.comparingLong(LiftSet::exerciseId))
                    .forEach(s -> sets.add(new TopSet(w.date(), w.id(), s.exerciseId(), s.reps(), s.weightKg())));
        }
        return sessionBests(sets, formula);
    }

    /** The formula's name as the charts, tables and the PDF say it: "Epley", "Brzycki". */
    public static String name(E1rmFormula formula) {
        return switch (formula) {
            case EPLEY -> "Epley";
            case BRZYCKI -> "Brzycki";
        };
    }

    /** True above {@value #LOW_CONFIDENCE_ABOVE_REPS} reps. */
    public static boolean isLowConfidence(int reps) {
        return reps > LOW_CONFIDENCE_ABOVE_REPS;
    }
}
