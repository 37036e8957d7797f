package dev.kip.service;

import dev.kip.domain.LiftSet;
import java.util.List;

/**
 * The sets an editor holds for one exercise, named as typed: the name is resolved to a catalog id
 * (or a new catalog entry) when the workout is saved, so {@code exerciseId} in the sets is ignored.
 */
public record ExerciseSets(String exercise, List<LiftSet> sets) {
    public ExerciseSets {
        sets = List.copyOf(sets);
    }
}
