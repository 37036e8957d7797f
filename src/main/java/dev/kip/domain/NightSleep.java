package dev.kip.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * How long the person slept on the night keyed {@code date} and when they woke: from the diary
 * (total sleep time, final awakening) when there is a diary night, else from a device (asleep
 * minutes, end of the recording). {@code wake} may be null for a device night without one.
 */
public record NightSleep(LocalDate date, int sleepMin, LocalTime wake, boolean fromDiary) {
}
