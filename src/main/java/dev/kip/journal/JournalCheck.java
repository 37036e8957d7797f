package dev.kip.journal;

import dev.kip.domain.BodyRegions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** SQLite's integrity check plus Kip's own invariants that the schema cannot express. */
public final class JournalCheck {
    /** Findings listed per kind of problem; a journal with thousands of the same one needs no more. */
    private static final int LIMIT = 20;
    private static final List<String> DATED_TABLES = List.of("nights", "factors", "device_nights", "workouts", "body_marks", "body_weights");
    private static final List<String> NIGHT_TIMES = List.of("into_bed", "tried_to_sleep", "final_wake", "out_of_bed");

    private final Journal journal;

    public JournalCheck(Journal journal) {
        this.journal = journal;
    }

    public List<String> findings() {
        List<String> findings = new ArrayList<>(journal.integrityProblems());
        if (!findings.isEmpty()) {
            return findings;
        }
        journal.read(() -> {
            unknownRegions(findings);
            impossibleDates(findings);
            impossibleNights(findings);
            query(findings, "SELECT s.id, w.date FROM sets s JOIN workouts w ON w.id = s.workout_id "
                    + "WHERE s.set_type IN ('WORKING', 'FAILURE') AND s.reps IS NOT NULL AND s.reps <= 0 LIMIT " + LIMIT,
                    rs -> "set " + rs.getLong(1) + " on " + rs.getString(2) + " is a working set with no reps");
            query(findings, "SELECT w.id, w.date FROM workouts w WHERE NOT EXISTS (SELECT 1 FROM sets s WHERE s.workout_id = w.id) "
                    + "AND w.source IS NOT NULL LIMIT " + LIMIT,
                    rs -> "imported workout " + rs.getLong(1) + " on " + rs.getString(2) + " has no sets");
            return null;
        });
        return findings;
    }

    private void unknownRegions(List<String> findings) throws SQLException {
        try (PreparedStatement ps = journal.connection().prepareStatement(
                "SELECT region_id, count(*), 'body mark' FROM body_marks GROUP BY region_id UNION ALL "
                        + "SELECT region_id, count(*), 'exercise region' FROM exercise_regions GROUP BY region_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (BodyRegions.byId(rs.getString(1)).isEmpty()) {
                    findings.add(rs.getInt(2) + " " + rs.getString(3) + "(s) use the unknown body region '" + rs.getString(1) + "'");
                }
            }
        }
    }

    /** The schema checks a date's shape only: 2026-02-30 passes it, but SQLite's date() does not give it back unchanged. */
    private void impossibleDates(List<String> findings) throws SQLException {
        for (String table : DATED_TABLES) {
            query(findings, "SELECT date FROM " + table + " WHERE date(date) IS NOT date LIMIT " + LIMIT,
                    rs -> table + " has a row dated '" + rs.getString(1) + "', which is not a calendar date");
        }
    }

    /**
     * A night's clock times must follow each other around the clock (into bed, tried to sleep,
     * final wake, out of bed, each within 24 h of going to bed), and the time asleep worked out
     * from them must not be negative: SOL + WASO ≤ final wake − tried to sleep.
     */
    private void impossibleNights(List<String> findings) throws SQLException {
        int found = 0;
        try (PreparedStatement ps = journal.connection().prepareStatement(
                "SELECT date, " + String.join(", ", NIGHT_TIMES) + ", sol_min, waso_min, zone FROM nights ORDER BY date");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next() && found < LIMIT) {
                String problem = nightProblem(rs);
                if (problem != null) {
                    findings.add("the night of " + rs.getString("date") + " " + problem);
                    found++;
                }
            }
        }
    }

    private static String nightProblem(ResultSet rs) throws SQLException {
        int[] minutes = new int[NIGHT_TIMES.size()];
        for (int i = 0; i < minutes.length; i++) {
            String t = rs.getString(NIGHT_TIMES.get(i));
            minutes[i] = minuteOfDay(t);
            if (minutes[i] < 0) {
                return "has " + NIGHT_TIMES.get(i) + " '" + t + "', which is not a clock time HH:MM";
            }
        }
        if (!isZone(rs.getString("zone"))) {
            return "has the time zone '" + rs.getString("zone") + "', which is not a time zone id like Europe/Berlin";
        }
        int tried = (minutes[1] - minutes[0] + 1440) % 1440;
        int wake = (minutes[2] - minutes[0] + 1440) % 1440;
        int out = (minutes[3] - minutes[0] + 1440) % 1440;
        if (tried > wake || wake > out) {
            return "has its times out of order (into bed " + rs.getString(2) + ", tried to sleep " + rs.getString(3)
                    + ", final wake " + rs.getString(4) + ", out of bed " + rs.getString(5) + ")";
        }
        int solPlusWaso = rs.getInt("sol_min") + rs.getInt("waso_min");
        if (solPlusWaso > wake - tried) {
            return "has more minutes awake (SOL + WASO = " + solPlusWaso + ") than the " + (wake - tried)
                    + " between trying to sleep and the final wake";
        }
        return null;
    }

    private static boolean isZone(String id) {
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Minutes since midnight of "HH:MM", or -1 when it is not a valid clock time. */
    static int minuteOfDay(String hhmm) {
        if (hhmm == null || !hhmm.matches("\\d\\d:\\d\\d")) {
            return -1;
        }
        int h = Integer.parseInt(hhmm.substring(0, 2));
        int m = Integer.parseInt(hhmm.substring(3));
        return h < 24 && m < 60 ? h * 60 + m : -1;
    }

    @FunctionalInterface
    private interface RowMessage {
        String of(ResultSet rs) throws SQLException;
    }

    private void query(List<String> findings, String sql, RowMessage message) throws SQLException {
        try (PreparedStatement ps = journal.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                findings.add(message.of(rs));
            }
        }
    }
}
