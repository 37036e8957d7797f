package dev.kip.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A night as a device measured it (e.g. Apple Health), kept beside the diary night and never
 * merged into it: the diary is what the person felt, the device what it measured.
 * {@code asleepMin} is null when the device recorded only time in bed (a phone without a watch):
 * asleep is unknown then, never zero.
 */
public record DeviceNight(
        LocalDate date,
        String source,
        LocalDateTime start,
        LocalDateTime end,
        int inBedMin,
        Integer asleepMin,
        int awakeMin,
        int coreMin,
        int deepMin,
        int remMin) {
}
