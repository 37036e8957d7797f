package dev.kip.journal;

import dev.kip.domain.ImportLogEntry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The record of past imports. */
public final class ImportLogStore {
    private final Journal journal;

    public ImportLogStore(Journal journal) {
        this.journal = journal;
    }

    public void add(ImportLogEntry e) {
        journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "INSERT INTO import_log (at, file_name, format, workouts, sets, nights, weights, skipped) VALUES (?,?,?,?,?,?,?,?)")) {
                Sql.bind(ps, e.at().toString(), e.fileName(), e.format(), e.workouts(), e.sets(), e.nights(), e.weights(), e.skipped());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** All imports, newest first. */
    public List<ImportLogEntry> all() {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT at, file_name, format, workouts, sets, nights, weights, skipped FROM import_log ORDER BY id DESC");
                 ResultSet rs = ps.executeQuery()) {
                List<ImportLogEntry> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new ImportLogEntry(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)));
                }
                return out;
            }
        });
    }
}
