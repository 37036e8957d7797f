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

    /** A duration in minutes as "7 h 25" (or "45 min" under an hour); negatives keep their sign. */
    public static String hoursMinutes(long minutes) {
        long abs = Math.abs(minutes);
        String sign = minutes < 0 ? "−" : "";
        if (abs < 60) {
            return sign + abs + " min";
        }
        return String.format(Locale.ROOT, "%s%d h %02d", sign, abs / 60, abs % 60);
    }

    /** A duration as people say it: 45 → "45 min", 90 → "1 h 30 min", 120 → "2 h". */
    public static String spoken(long minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
