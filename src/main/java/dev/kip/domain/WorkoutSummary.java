package dev.kip.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One line of the workout list: the workout's own fields and what it holds, without its sets, so
 * that ten years of workouts list in one query. {@code exercises} names them in the order logged.
 */
public record WorkoutSummary(long id, LocalDate date, LocalTime start, Integer durationMin, Double sessionRpe,
                             boolean feltHeavier, int setCount, String exercises) {
    /** The list's order, as the journal's query gives it: newest date first, then latest start (none last), then id. */
    public static final Comparator<WorkoutSummary> NEWEST_FIRST = Comparator.comparing(WorkoutSummary::date)
            .thenComparing(WorkoutSummary::start, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(WorkoutSummary::id).reversed();

    /** The line of a saved workout (its sets in logged order), naming exercises by {@code names}: no query needed. */
    public static WorkoutSummary of(Workout w, Map<Long, String> names) {
        StringJoiner exercises = new StringJoiner(", ");
        w.sets().stream().map(LiftSet::exerciseId).distinct().forEach(id -> exercises.add(names.get(id)));
        return new WorkoutSummary(w.id(), w.date(), w.start(), w.durationMin(), w.sessionRpe(), w.feltHeavier(), w.sets().size(),
                exercises.toString());
    }
}
