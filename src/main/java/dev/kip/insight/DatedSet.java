package dev.kip.insight;

import dev.kip.domain.LiftSet;

import java.time.LocalDate;
import java.util.Objects;

/** A set with the date and workout it belongs to: the input of {@link PersonalRecords}. */
public record DatedSet(LocalDate date, long workoutId, LiftSet set) {
    public DatedSet {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(set, "set");
    }
}
