package dev.kip.journal;

import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conversions between domain values and the journal's column formats (ISO dates, HH:MM times).
 * Values read over and over are shared rather than made once per row: one date per day, one time
 * per minute, one zone per id and the body map's own string per region id. A 40-year journal read
 * for Trends is 160,000 region-days and 12,000 nights of four clock times each, and a copy per row
 * kept about 10 MB more in the window's heap. All are immutable, so sharing them changes nothing else.
 */
final class Sql {
    private static final int FIRST_SHARED_YEAR = 1900;
    private static final int SHARED_YEARS = 300;
    /** Per year, when first read: slot (month - 1) * 31 + day - 1. */
    private static final LocalDate[][] DAYS = new LocalDate[SHARED_YEARS][];
    private static final LocalTime[] MINUTES = new LocalTime[24 * 60];
    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    private Sql() {
    }

    /** "07:05": hours and minutes, two digits each (not String.format, which an import's every workout paid for). */
    static String time(LocalTime t) {
        if (t == null) {
            return null;
        }
        int h = t.getHour();
        int m = t.getMinute();
        return new String(new char[] {(char) ('0' + h / 10), (char) ('0' + h % 10), ':', (char) ('0' + m / 10), (char) ('0' + m % 10)});
    }

    static LocalTime time(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : parseTime(s);
    }

    /** A night's zone id; one that is no zone (only a hand-edited journal has one) names the row. */
    static ZoneId zone(ResultSet rs, String column) throws SQLException {
        String id = rs.getString(column);
        try {
            return ZONES.computeIfAbsent(id, ZoneId::of);
        } catch (DateTimeException e) {
            throw new JournalException("The row dated " + rs.getString("date") + " has the " + column + " '" + id
                    + "', which is not a time zone id like Europe/Berlin");
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return parseDate(rs.getString(column));
    }

    /*
     * The journal writes times as HH:MM and dates as YYYY-MM-DD. Reading 10 years of nights parses
     * about 25,000 of them, and the java.time parsers take about 1 µs each (most of the 28 ms the
     * Sleep view spent reading its diary), so those two shapes are read digit by digit; anything
     * else, or an impossible value, goes to the java.time parser and fails there as it always did.
     */
    static LocalTime parseTime(String s) {
        if (s.length() == 5 && s.charAt(2) == ':' && digits(s, 0, 2) && digits(s, 3, 5)) {
            int hour = number(s, 0, 2);
            int minute = number(s, 3, 5);
            if (hour < 24 && minute < 60) {
                return sharedTime(hour, minute);
            }
        }
        return LocalTime.parse(s);
    }

    static LocalDate parseDate(String s) {
        if (s != null && s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-'
                && digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10)) {
            try {
                return sharedDate(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
            } catch (DateTimeException impossible) {
                // 2026-02-30 and the like: let the parser say so, as before
            }
        }
        return LocalDate.parse(s);
    }

    /* Two threads may both make a value or a year's slots; either copy is as good (benign race). */
    private static LocalTime sharedTime(int hour, int minute) {
        int slot = hour * 60 + minute;
        LocalTime t = MINUTES[slot];
        if (t == null) {
            t = LocalTime.of(hour, minute);
            MINUTES[slot] = t;
        }
        return t;
    }

    private static LocalDate sharedDate(int year, int month, int day) {
        int y = year - FIRST_SHARED_YEAR;
        if (y < 0 || y >= SHARED_YEARS || month < 1 || month > 12 || day < 1 || day > 31) {
            return LocalDate.of(year, month, day);
        }
        LocalDate[] days = DAYS[y];
        if (days == null) {
            days = new LocalDate[12 * 31];
            DAYS[y] = days;
        }
        int slot = (month - 1) * 31 + day - 1;
        LocalDate d = days[slot];
        if (d == null) {
            d = LocalDate.of(year, month, day); // throws for 30 February and the like: nothing is kept
            days[slot] = d;
        }
        return d;
    }

    /** The region id as the body map's catalog holds it; an id it does not know, as read. */
    static String regionId(String id) {
        return BodyRegions.byId(id).map(BodyRegion::id).orElse(id);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Double real(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static Boolean bool(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v != 0;
    }

    static void set(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof LocalTime t) {
            ps.setString(index, time(t));
        } else if (value instanceof LocalDate d) {
            ps.setString(index, d.toString());
        } else if (value instanceof Boolean b) {
            ps.setInt(index, b ? 1 : 0);
        } else if (value instanceof ZoneId z) {
            ps.setString(index, z.getId());
        } else if (value instanceof Enum<?> e) {
            ps.setString(index, e.name());
        } else {
            ps.setObject(index, value);
        }
    }

    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            set(ps, i + 1, values[i]);
        }
    }
}
