package dev.kip.insight;

import dev.kip.domain.Exercise;
import dev.kip.domain.LiftSet;
import dev.kip.domain.RegionLoad;
import dev.kip.domain.Workout;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Weekly hard sets per body region: each work set (working, drop, failure; never a warm-up) adds
 * the exercise's region weight (primary 1.0, secondary 0.5) to each region the exercise loads.
 */
public final class HardSets {

    private HardSets() {
    }

    /**
     * Hard sets per ISO week (keyed by Monday) and per region id (sorted). Only weeks with work sets
     * appear. A set whose exercise is not in {@code exercisesById} is an error.
     */
    public static NavigableMap<LocalDate, NavigableMap<String, Double>> weekly(Collection<Workout> workouts,
                                                                              Map<Long, Exercise> exercisesById) {
        NavigableMap<LocalDate, NavigableMap<String, Double>> weeks = new TreeMap<>();
        for (Workout w : workouts) {
            for (LiftSet set : w.sets()) {
                if (!WorkSets.isWork(set)) {
                    continue;
                }
                Exercise exercise = exercisesById.get(set.exerciseId());
                if (exercise == null) {
                    throw new IllegalArgumentException("workout on " + w.date() + ", set " + set.order()
                            + ": exercise id " + set.exerciseId() + " is not in the exercise catalog");
                }
                NavigableMap<String, Double> regions = weeks.computeIfAbsent(TrainingLoad.weekStart(w.date()),
                        k -> new TreeMap<>());
                for (RegionLoad load : exercise.regions()) {
                    regions.merge(load.regionId(), load.weight(), Double::sum);
                }
            }
        }
        return weeks;
    }
}
