package dev.kip.insight;

import dev.kip.domain.LiftSet;
import dev.kip.domain.Routine;
import dev.kip.domain.SetType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Routines and workouts, one from the other: a workout saved as a routine, a routine started as a workout's sets. */
public final class RoutineTargets {
    private RoutineTargets() {
    }

    /**
     * A workout's sets as a routine's targets, one per exercise in the order first logged: the
     * number of its work sets (warm-ups are not the plan, unless there is nothing else), the reps
     * most of them had (the first such on a tie), and the heaviest weight among them.
     */
    public static List<Routine.Target> of(List<LiftSet> sets) {
        Map<Long, List<LiftSet>> byExercise = new LinkedHashMap<>();
        sets.forEach(s -> byExercise.computeIfAbsent(s.exerciseId(), k -> new ArrayList<>()).add(s));
        List<Routine.Target> out = new ArrayList<>();
        byExercise.forEach((exercise, all) -> {
            List<LiftSet> work = all.stream().filter(s -> s.type() != SetType.WARM_UP).toList();
            List<LiftSet> planned = work.isEmpty() ? all : work;
            Double heaviest = planned.stream().map(LiftSet::weightKg).filter(Objects::nonNull).max(Double::compare).orElse(null);
            out.add(new Routine.Target(exercise, planned.size(), mostCommonReps(planned), heaviest));
        });
        return out;
    }

    private static Integer mostCommonReps(List<LiftSet> sets) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        sets.stream().map(LiftSet::reps).filter(Objects::nonNull).forEach(r -> counts.merge(r, 1, Integer::sum));
        return counts.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey).orElse(null);
    }

    /** A routine's targets as the sets of a new workout: each target's sets, all work sets, at its reps and weight. */
    public static List<LiftSet> sets(Routine r) {
        List<LiftSet> out = new ArrayList<>();
        for (Routine.Target t : r.exercises()) {
            for (int i = 1; i <= t.sets(); i++) {
                out.add(new LiftSet(t.exerciseId(), i, SetType.WORKING, t.weightKg(), t.reps(), null, null));
            }
        }
        return out;
    }
}
