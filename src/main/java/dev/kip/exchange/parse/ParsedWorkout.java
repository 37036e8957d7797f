package dev.kip.exchange.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One workout as read from an export. {@code sourceKey} is stable across re-exports of the
 * same history, e.g. {@code strong:2024-03-04 07:01:00|Push Day}, {@code fitnotes:2024-03-04}.
 * {@code start} and {@code durationMin} are null where the format has none.
 */
public record ParsedWorkout(String sourceKey, LocalDate date, LocalTime start, Integer durationMin, String name,
                            String notes, List<ParsedSet> sets) {

    public ParsedWorkout {
        name = name == null ? "" : name;
        notes = notes == null ? "" : notes;
        sets = List.copyOf(sets);
    }
}
