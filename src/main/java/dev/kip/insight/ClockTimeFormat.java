package dev.kip.insight;

import java.time.LocalTime;
import java.util.Locale;

/** Shows a clock time as the settings ask: {@code 23:15} (24-hour) or {@code 11:15 pm} (12-hour). */
public final class ClockTimeFormat {

    private ClockTimeFormat() {
    }

    public static String format(LocalTime time, boolean clock24) {
        if (time == null) {
            return "";
        }
        if (clock24) {
            return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
        }
        int h12 = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return String.format(Locale.ROOT, "%d:%02d %s", h12, time.getMinute(), time.getHour() < 12 ? "am" : "pm");
    }
}
