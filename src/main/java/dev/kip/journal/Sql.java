package dev.kip.journal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Conversions between domain values and the journal's column formats (ISO dates, HH:MM times). */
final class Sql {
    private Sql() {
    }

    static String time(LocalTime t) {
        return t == null ? null : String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    static LocalTime time(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : parseTime(s);
    }

    /** A night's zone id; one that is no zone (only a hand-edited journal has one) names the row. */
    static ZoneId zone(ResultSet rs, String column) throws SQLException {
        String id = rs.getString(column);
        try {
            return ZoneId.of(id);
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
                return LocalTime.of(hour, minute);
            }
        }
        return LocalTime.parse(s);
    }

    static LocalDate parseDate(String s) {
        if (s != null && s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-'
                && digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10)) {
            try {
                return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
            } catch (DateTimeException impossible) {
                // 2026-02-30 and the like: let the parser say so, as before
            }
        }
        return LocalDate.parse(s);
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
