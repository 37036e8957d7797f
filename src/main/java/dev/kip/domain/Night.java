package dev.kip.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One night of the sleep diary (Consensus Sleep Diary core items), keyed by the date the
 * person woke up. Clock times are local to {@code zone}, the time zone (IANA id) the night was
 * slept in: durations are worked out in that zone (in {@code insight}), whatever zone the machine
 * is in when they are read, so a night across a DST change keeps its length.
 */
public record Night(
        LocalDate date,
        LocalTime intoBed,
        LocalTime triedToSleep,
        int solMin,
        int awakenings,
        int wasoMin,
        LocalTime finalWake,
        LocalTime outOfBed,
        int quality,
        int rested,
        boolean wokeEarly,
        String note,
        ZoneId zone) {

    public Night {
        note = note == null || note.isEmpty() ? "" : note; // one shared "" for the many nights with no note
        Objects.requireNonNull(zone, "zone");
    }
}
