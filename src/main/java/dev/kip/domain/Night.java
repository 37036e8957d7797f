package dev.kip.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One night of the sleep diary (Consensus Sleep Diary core items), keyed by the date the
 * person woke up. Clock times are local; durations are worked out in {@code insight}.
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
        String note) {

    public Night {
        note = note == null ? "" : note;
    }
}
