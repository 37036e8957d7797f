package dev.kip.service;

import dev.kip.domain.Routine;
import java.util.List;

/** What a new workout can start from: the routines by name, and the names of recent workouts to repeat, newest first. */
public record Plans(List<Routine> routines, List<String> recentNames) {
    public Plans {
        routines = List.copyOf(routines);
        recentNames = List.copyOf(recentNames);
    }
}
