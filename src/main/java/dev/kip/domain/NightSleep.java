package dev.kip.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * How long the person slept on the night keyed {@code date} and when they woke: from the diary
 * (total sleep time, final awakening) when there is a diary night, else from a device (asleep
 * minutes, end of the recording). {@code wake} may be null for a device night without one; {@code source}
 * says which ({@link #DIARY}, else the device's name).
 */
public record NightSleep(LocalDate date, int sleepMin, LocalTime wake, String source) {
    /** The source of a diary night; a device night carries its device's name ("Garmin"). */
    public static final String DIARY = "diary";

    /** A night from the diary, or from an unnamed device. */
    public NightSleep(LocalDate date, int sleepMin, LocalTime wake, boolean fromDiary) {
        this(date, sleepMin, wake, fromDiary ? DIARY : "device");
    }

    public boolean fromDiary() {
        return DIARY.equals(source);
    }
}
