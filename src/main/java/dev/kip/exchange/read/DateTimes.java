package dev.kip.exchange.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Hand-written readers for the date and time layouts the exports use. They return null rather
 * than throw, so callers can name the line and column; written by hand because a million rows
 * through DateTimeFormatter cost more than the rest of the parse.
 */
public final class DateTimes {

    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private DateTimes() {
    }

    /** {@code yyyy-MM-dd}, or null. */
    public static LocalDate isoDate(String s) {
        String t = s.strip();
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return null;
        }
        return date(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10));
    }

    /** {@code HH:mm}, {@code H:mm} or {@code HH:mm:ss} (24-hour), or null. */
    public static LocalTime clock(String s) {
        String t = s.strip();
        int[] hms = time(t, 0);
        return hms == null || hms[3] != t.length() || hms[0] > 23 ? null : LocalTime.of(hms[0], hms[1], hms[2]);
    }

    /**
     * Strong's {@code yyyy-MM-dd HH:mm:ss}, or {@code yyyy-MM-dd h:mm:ss a} with a space, a
     * narrow no-break space (U+202F) or a no-break space before AM/PM; seconds optional. Null if neither.
     */
    public static LocalDateTime dateAndClock(String s) {
        String t = s.strip();
        if (t.length() < 15 || (t.charAt(10) != ' ' && t.charAt(10) != 'T')) {
            return null;
        }
        LocalDate date = isoDate(t.substring(0, 10));
        int[] hms = time(t, 11);
        if (date == null || hms == null) {
            return null;
        }
        int i = hms[3];
        int hour = hms[0];
        if (i < t.length()) {
            while (i < t.length() && isSpace(t.charAt(i))) {
                i++;
            }
            String marker = t.substring(i);
            boolean pm = marker.equalsIgnoreCase("PM");
            if (!(pm || marker.equalsIgnoreCase("AM")) || hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return hour > 23 ? null : date.atTime(hour, hms[1], hms[2]);
    }

    /**
     * Hevy's {@code 7 Apr 2024, 16:34} (English month, 3 or more letters), or an ISO
     * timestamp; one with an offset or {@code Z} is converted to local time in {@code zone}.
     */
    public static LocalDateTime hevy(String s, ZoneId zone) {
        String t = s.strip();
        if (t.length() > 4 && t.charAt(4) == '-') {
            return iso(t, zone);
        }
        int space1 = t.indexOf(' ');
        int space2 = space1 < 0 ? -1 : t.indexOf(' ', space1 + 1);
        int comma = space2 < 0 ? -1 : t.indexOf(',', space2 + 1);
        if (comma < 0 || space2 - space1 < 4) {
            return null;
        }
        int month = MONTHS.indexOf(t.substring(space1 + 1, space1 + 4).toLowerCase(java.util.Locale.ROOT));
        LocalDate date = month < 0 || month % 3 != 0 ? null
                : date(digits(t, comma - 4, comma), month / 3 + 1, digits(t, 0, space1));
        String clockText = t.substring(comma + 1).strip();
        LocalTime clock = clock(clockText);
        return date == null || clock == null || comma - space2 != 5 ? null : date.atTime(clock);
    }

    private static LocalDateTime iso(String t, ZoneId zone) {
        try {
            if (t.endsWith("Z") || t.lastIndexOf('+') > 10 || t.lastIndexOf('-') > 10) {
                return OffsetDateTime.parse(t.replace(' ', 'T')).atZoneSameInstant(zone).toLocalDateTime();
            }
            return dateAndClock(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u202F' || c == '\u00A0';
    }

    /** [hour, minute, second, index after] for {@code H:mm[:ss]} at {@code from}, or null. */
    private static int[] time(String t, int from) {
        int colon = t.indexOf(':', from);
        if (colon - from < 1 || colon - from > 2 || colon + 3 > t.length()) {
            return null;
        }
        int hour = digits(t, from, colon);
        int minute = digits(t, colon + 1, colon + 3);
        int second = 0;
        int end = colon + 3;
        if (end + 3 <= t.length() && t.charAt(end) == ':') {
            second = digits(t, end + 1, end + 3);
            end += 3;
        }
        return hour < 0 || minute < 0 || minute > 59 || second < 0 || second > 59 ? null
                : new int[] {hour, minute, second, end};
    }

    /** The decimal number in {@code t[from, to)}, or -1 when it is not all ASCII digits. */
    public static int digits(String t, int from, int to) {
        if (from < 0 || to > t.length() || from >= to) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < 1900 || year > 2200 || month < 1 || day < 1) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
