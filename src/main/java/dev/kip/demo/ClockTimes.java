package dev.kip.demo;

import java.time.LocalTime;

/** Clock times from minutes, the unit the simulation thinks in. */
final class ClockTimes {
    private ClockTimes() {
    }

    /** The clock time {@code minutes} after midnight; negative minutes are the evening before. */
    static LocalTime at(int minutes) {
        return LocalTime.MIDNIGHT.plusMinutes(Math.floorMod(minutes, 24 * 60));
    }

    /** Minutes rounded to the nearest multiple of {@code step}, as people write times. */
    static int rounded(double minutes, int step) {
        return (int) Math.round(minutes / step) * step;
    }
}
