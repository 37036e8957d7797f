package dev.kip.ui.chart;

import dev.kip.insight.ClockTimeFormat;
import java.util.Locale;

/** Number formats shared by the charts and views. */
public final class Formats {
    private Formats() {
    }

    /** 437.4 → "7 h 17 min"; 420 → "7 h 00 min". */
    public static String hoursMinutes(double minutes) {
        long m = Math.round(minutes);
        return String.format(Locale.ROOT, "%d h %02d min", m / 60, m % 60);
    }

    /** A duration as people say it: 30 → "30 min", 90 → "1 h 30 min", 120 → "2 h". */
    public static String duration(long minutes) {
        return ClockTimeFormat.spoken(minutes);
    }
}
