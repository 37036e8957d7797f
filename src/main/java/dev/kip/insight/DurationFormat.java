package dev.kip.insight;

/**
 * The one wording of a duration, for the window, the report and the command line. Text says it as
 * people do: {@code 7 h 25 min}, {@code 45 min}, {@code 7 h}; tight table cells use the clock-like
 * {@code 7:25}. A negative duration keeps its sign (U+2212, a minus in print, not a hyphen).
 */
public final class DurationFormat {

    private static final String MINUS = "−";

    private DurationFormat() {
    }

    /** 445 → "7 h 25 min", 45 → "45 min", 420 → "7 h", 0 → "0 min". */
    public static String text(long minutes) {
        long abs = Math.abs(minutes);
        String sign = minutes < 0 ? MINUS : "";
        long h = abs / 60;
        long m = abs % 60;
        if (h == 0) {
            return sign + m + " min";
        }
        return m == 0 ? sign + h + " h" : sign + h + " h " + m + " min";
    }

    /** {@link #text(long)} of the nearest whole minute: 437.4 → "7 h 17 min". */
    public static String text(double minutes) {
        return text(Math.round(minutes));
    }

    /** For tight tables: 445 → "7:25", 45 → "0:45", 420 → "7:00". */
    public static String tight(long minutes) {
        long abs = Math.abs(minutes);
        return (minutes < 0 ? MINUS : "") + abs / 60 + ":" + (abs % 60 < 10 ? "0" : "") + abs % 60;
    }
}
