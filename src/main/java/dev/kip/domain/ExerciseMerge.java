package dev.kip.domain;

import java.util.List;

/**
 * One exercise merged into another (a wrong import mapping put right): what moved, so that the
 * merge can be undone exactly. {@code removed} is the exercise as it was (id, name, regions);
 * {@code routineSlots} are {routine id, position} pairs; {@code nameKeptAsAlias} says whether its
 * name was added as an alias of {@code intoId}.
 */
public record ExerciseMerge(Exercise removed, long intoId, List<Long> setIds, List<long[]> routineSlots, List<String> aliases,
                            boolean nameKeptAsAlias) {
    public ExerciseMerge {
        setIds = List.copyOf(setIds);
        routineSlots = List.copyOf(routineSlots);
        aliases = List.copyOf(aliases);
    }
}
