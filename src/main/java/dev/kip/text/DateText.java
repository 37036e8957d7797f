package dev.kip.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The one way a day is written on screen, "Sun 6 Dec 2026", and read back: typed as shown, without
 * the weekday ("6 Dec 2026") or as ISO ("2026-12-06"), whatever the machine's locale.
 */
public final class DateText {
    /** Every date Kip writes is in this one language, whatever the machine's. */
    private static final Locale LANGUAGE = Locale.ENGLISH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", LANGUAGE);
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM", LANGUAGE);
    private static final DateTimeFormatter HEADING_WITH_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LANGUAGE);
    private static final DateTimeFormatter WEEKDAY_DAY_MONTH = DateTimeFormatter.ofPattern("EEEE d MMM", LANGUAGE);
    private static final DateTimeFormatter SHORT_WEEKDAY_DAY_MONTH = DateTimeFormatter.ofPattern("EEE d MMM", LANGUAGE);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", LANGUAGE);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", LANGUAGE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", LANGUAGE);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", LANGUAGE);
    private static final DateTimeFormatter FULL_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", LANGUAGE);
    private static final List<DateTimeFormatter> READ = List.of(lenient("EEE d MMM yyyy"), lenient("d MMM yyyy"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private DateText() {
    }

    private static DateTimeFormatter lenient(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(LANGUAGE);
    }

    /** "Sun 6 Dec 2026". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A view's heading: "Monday 7 December". */
    public static String heading(LocalDate date) {
        return HEADING.format(date);
    }

    /** A heading that names the year: "Monday 7 December 2026". */
    public static String headingWithYear(LocalDate date) {
        return HEADING_WITH_YEAR.format(date);
    }

    /** A recent day in a sentence: "Monday 7 Dec". */
    public static String weekdayDayMonth(LocalDate date) {
        return WEEKDAY_DAY_MONTH.format(date);
    }

    /** A recent day where room is short: "Mon 7 Dec". */
    public static String shortWeekdayDayMonth(LocalDate date) {
        return SHORT_WEEKDAY_DAY_MONTH.format(date);
    }

    /** The ends of a range: "7 Dec 2026". */
    public static String dayMonthYear(LocalDate date) {
        return DAY_MONTH_YEAR.format(date);
    }

    /** A chart's day tick, or a day within a year already named: "7 Dec". */
    public static String dayMonth(LocalDate date) {
        return DAY_MONTH.format(date);
    }

    /** A chart's month tick: "Dec". */
    public static String month(LocalDate date) {
        return MONTH.format(date);
    }

    /** A chart's month tick where the year changes: "Dec 2026". */
    public static String monthYear(LocalDate date) {
        return MONTH_YEAR.format(date);
    }

    /** A whole month: "December 2026". */
    public static String fullMonthYear(LocalDate date) {
        return FULL_MONTH_YEAR.format(date);
    }

    /** A day as {@link #day} writes it, without its weekday, or as ISO; case and outer spaces ignored. */
    public static LocalDate parseDay(String text) {
        String t = text.strip();
        for (DateTimeFormatter f : READ) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new DateTimeParseException("expected a date such as " + day(LocalDate.of(2026, 12, 6)), text, 0);
    }
}
