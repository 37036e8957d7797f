package dev.kip.exchange.parse;

import java.util.Locale;

/**
 * Why parts of a file were read but not imported; shown in the preview with their counts, each
 * counted in what it is: lines of a CSV file, records of an XML file, or whole nights.
 */
public enum SkipReason {
    REST_TIMER("line", "rest timers, not sets"),
    EMPTY_SET("line", "no weight, reps, time or distance (0 × 0), so not sets"),
    DUPLICATE_LINE("line", "the same as the line before (same workout, exercise, set number and values), so written twice"),
    REPEATED_WORKOUT_LINES("line", "repeating, in the same order, lines given earlier for the same workout (the workout written"
            + " twice in the file), so written twice"),
    REPEATED_NIGHT("line", "the same night as an earlier line of the file, with the same values, so written twice"),
    SLEEP_OTHER_SOURCE("night", "also recorded by a sleep source that covered the night better"),
    SLEEP_RECORD_OVER_A_DAY("record", "of sleep spanning more than 24 hours (a phone left recording), which says nothing about one night"),
    BODY_WEIGHT_OUT_OF_RANGE("record", "of body weight outside 20–400 kg"),
    SHORTER_SLEEP_SAME_NIGHT("sleep", "shorter than another on the same date (naps)"),
    SLEEP_TOO_SHORT("sleep record", "under 15 minutes (tests, or tracking stopped at once)"),
    NO_SLEEP_RECORDED("day", "listed by the file without a sleep"),
    NAP("sleep", "marked by the file as naps");

    private final String unit;
    private final String text;

    SkipReason(String unit, String text) {
        this.unit = unit;
        this.text = text;
    }

    /** "3 lines: rest timers, not sets". */
    public String describe(int count) {
        return String.format(Locale.ROOT, "%,d %s%s: %s", count, unit, count == 1 ? "" : "s", text);
    }
}
