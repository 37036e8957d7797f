package dev.kip.insight;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the clock times people type: {@code 23:15}, {@code 2315}, {@code 715}, {@code 11:15pm},
 * {@code 11.15 pm}, {@code 7}, {@code 7am}, {@code 12 a.m.}. One or two digits are an hour; three
 * or four digits are hours then two minute digits. With am/pm the hour must be 1–12, without it 0–23.
 * Anything else is not a clock time: the result is empty, never an exception.
 */
public final class ClockTimeParser {

    /** What a person should type, for messages. */
    public static final String EXPECTED = "a clock time such as 23:15, 2315 or 11:15 pm";

    private static final String MERIDIEM = "(?:\\s*(a|p)\\.?(?:m\\.?)?)?";
    private static final Pattern SEPARATED = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?" + MERIDIEM);
    private static final Pattern RUN_TOGETHER = Pattern.compile("(\\d{1,2})(\\d{2})" + MERIDIEM);
    private static final int LONGEST = 16;

    private ClockTimeParser() {
    }

    /**
     * Reads an entry field: blank is null (not entered; the validator says when that is missing),
     * text that is not a clock time adds a problem for {@code field} and is null too.
     */
    public static LocalTime parseField(String field, String label, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalTime> time = parse(text);
        if (time.isEmpty()) {
            problems.add(new Problem(field, label + ": \"" + text.strip() + "\" is not " + EXPECTED));
        }
        return time.orElse(null);
    }

    public static Optional<LocalTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.length() > LONGEST) {
            return Optional.empty();
        }
        Matcher m = SEPARATED.matcher(s);
        if (!m.matches()) {
            m = RUN_TOGETHER.matcher(s);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String meridiem = m.group(3);
        if (minute > 59) {
            return Optional.empty();
        }
        if (meridiem == null) {
            return hour <= 23 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
        }
        if (hour < 1 || hour > 12) {
            return Optional.empty();
        }
        // 12 am is midnight, 12 pm is noon.
        int h24 = hour % 12 + (meridiem.equals("p") ? 12 : 0);
        return Optional.of(LocalTime.of(h24, minute));
    }
}
