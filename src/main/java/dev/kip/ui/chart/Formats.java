package dev.kip.ui.chart;

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

    /** Minutes as hours with one decimal for axes: 450 → "7.5". */
    public static String hours(double minutes) {
        return String.format(Locale.ROOT, "%.1f", minutes / 60);
    }
}
