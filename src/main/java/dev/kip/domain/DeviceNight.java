package dev.kip.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A night as a device measured it (e.g. Apple Health), kept beside the diary night and never
 * merged into it: the diary is what the person felt, the device what it measured.
 * {@code asleepMin} is null when the device recorded only time in bed (a phone without a watch):
 * asleep is unknown then, never zero. {@code start} and {@code end} are local times in {@code zone}, the
 * zone (an IANA id, or the offset the export gave) the night was slept in, kept with the night like the
 * diary's.
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
        int remMin,
        ZoneId zone) {

    public DeviceNight {
        Objects.requireNonNull(zone, "zone");
    }

    /** A night slept in the machine's zone (a source that writes local times without one). */
    public DeviceNight(LocalDate date, String source, LocalDateTime start, LocalDateTime end, int inBedMin, Integer asleepMin,
                       int awakeMin, int coreMin, int deepMin, int remMin) {
        this(date, source, start, end, inBedMin, asleepMin, awakeMin, coreMin, deepMin, remMin, ZoneId.systemDefault());
    }

    /** Minutes from start to end as they passed in the night's zone (one hour less across a spring-forward night). */
    public long spanMin() {
        return Duration.between(start.atZone(zone), end.atZone(zone)).toMinutes();
    }
}
