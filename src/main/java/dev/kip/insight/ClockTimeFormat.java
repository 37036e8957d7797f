package dev.kip.insight;

import java.time.LocalTime;

/**
 * Shows a clock time as the settings ask: {@code 23:15} (24-hour) or {@code 11:15 pm} (12-hour).
 * Built from digits, not {@code String.format}: exports call it four times a row, and the formatter
 * was a quarter of {@code kip export sleep}'s time.
 */
public final class ClockTimeFormat {

    private ClockTimeFormat() {
    }

    public static String format(LocalTime time, boolean clock24) {
        if (time == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(8);
        if (clock24) {
            twoDigits(out, time.getHour());
        } else {
            out.append(time.getHour() % 12 == 0 ? 12 : time.getHour() % 12);
        }
        twoDigits(out.append(':'), time.getMinute());
        return clock24 ? out.toString() : out.append(time.getHour() < 12 ? " am" : " pm").toString();
    }

    private static void twoDigits(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
