package dev.kip.exchange.parse;

import java.util.Locale;

/**
 * What an import decided about a file beyond adding and skipping, said in the preview (with its
 * count where it has one) so that the person knows what was recovered, kept differently or left
 * unknown, and why.
 */
public enum Notice {
    WINDOWS_1252(null, "The file is not UTF-8: it was read as Windows-1252 (Latin-1, Western European)."),
    UNWRAPPED_LINES("line", "wrapped in quotes as a spreadsheet re-save leaves them: unwrapped and read"),
    RECOVERED_COMMAS("line", "with an unquoted comma inside an exercise name's parentheses: read with the comma in the name"),
    LONG_WORKOUT("workout", "over 24 hours long (the app was never stopped): sets kept, duration left empty"),
    TIMED_OR_DISTANCE_SETS("set", "of time or distance (holds, cardio): kept with their seconds and distance"),
    EXERCISE_NOTES("exercise note", "kept in the workout's notes"),
    ASLEEP_UNKNOWN("night", "recorded as time in bed only (a phone without a watch): asleep left unknown, not zero");

    private final String unit;
    private final String text;

    Notice(String unit, String text) {
        this.unit = unit;
        this.text = text;
    }

    /** "2 workouts over 24 hours long …", or the sentence alone for a notice without a count. */
    public String describe(int count) {
        return unit == null ? text : String.format(Locale.ROOT, "%,d %s%s %s.", count, unit, count == 1 ? "" : "s", text);
    }
}
