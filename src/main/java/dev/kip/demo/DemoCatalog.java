package dev.kip.demo;

import dev.kip.domain.Exercise;
import dev.kip.domain.RegionLoad;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.JournalException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The journal's exercise catalog as the demo needs it: ids by name, region loads by id. */
final class DemoCatalog {
    private final Map<String, Exercise> byName = new HashMap<>();
    private final Map<Long, Exercise> byId = new HashMap<>();

    DemoCatalog(ExerciseStore exercises) {
        for (Exercise e : exercises.all()) {
            byName.put(e.name().toLowerCase(Locale.ROOT), e);
            byId.put(e.id(), e);
        }
    }

    long id(String name) {
        Exercise e = byName.get(name.toLowerCase(Locale.ROOT));
        if (e == null) {
            throw new JournalException("The exercise catalog has no '" + name + "'; the demo needs the seeded catalog.");
        }
        return e.id();
    }

    String name(long exerciseId) {
        return byId.get(exerciseId).name();
    }

    List<RegionLoad> regions(long exerciseId) {
        return byId.get(exerciseId).regions();
    }
}
