package dev.kip.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A training session. {@code id} is null until stored. {@code sessionRpe} is CR-10; the
 * session load is sRPE × minutes. {@code source}/{@code sourceKey} identify an imported
 * workout so that re-importing the same file adds nothing (null when logged in Kip).
 */
public record Workout(
        Long id,
        LocalDate date,
        LocalTime start,
        Integer durationMin,
        Double sessionRpe,
        boolean feltHeavier,
        String name,
        String notes,
        String source,
        String sourceKey,
        List<LiftSet> sets) {

    public Workout {
        name = name == null ? "" : name;
        notes = notes == null ? "" : notes;
        sets = List.copyOf(sets);
    }

    public Workout withId(Long newId) {
        return new Workout(newId, date, start, durationMin, sessionRpe, feltHeavier, name, notes, source, sourceKey, sets);
    }

    public Workout withSets(List<LiftSet> newSets) {
        return new Workout(id, date, start, durationMin, sessionRpe, feltHeavier, name, notes, source, sourceKey, newSets);
    }
}
