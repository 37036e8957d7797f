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
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final List<DateTimeFormatter> READ = List.of(lenient("EEE d MMM yyyy"), lenient("d MMM yyyy"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private DateText() {
    }

    private static DateTimeFormatter lenient(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /** "Sun 6 Dec 2026". */
    public static String day(LocalDate date) {
        return DAY.format(date);
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
