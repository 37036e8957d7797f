package dev.kip.journal;

import dev.kip.domain.BodyRegions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** SQLite's integrity check plus Kip's own invariants that the schema cannot express. */
public final class JournalCheck {
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
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT region_id, count(*) FROM body_marks GROUP BY region_id UNION ALL "
                            + "SELECT region_id, count(*) FROM exercise_regions GROUP BY region_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (BodyRegions.byId(rs.getString(1)).isEmpty()) {
                        findings.add(rs.getInt(2) + " row(s) use the unknown body region '" + rs.getString(1) + "'");
                    }
                }
            }
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT s.id, w.date FROM sets s JOIN workouts w ON w.id = s.workout_id "
                            + "WHERE s.set_type IN ('WORKING', 'FAILURE') AND s.reps IS NOT NULL AND s.reps <= 0 LIMIT 20");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    findings.add("set " + rs.getLong(1) + " on " + rs.getString(2) + " is a working set with no reps");
                }
            }
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT w.id, w.date FROM workouts w WHERE NOT EXISTS (SELECT 1 FROM sets s WHERE s.workout_id = w.id) "
                            + "AND w.source IS NOT NULL LIMIT 20");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    findings.add("imported workout " + rs.getLong(1) + " on " + rs.getString(2) + " has no sets");
                }
            }
            return null;
        });
        return findings;
    }
}
