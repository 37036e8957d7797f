package dev.kip.journal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The keys of rows already in the journal, read once per import so its preview can tell, row by
 * row and without a query each, what a re-import would skip.
 */
public final class ImportKeys {
    private final Journal journal;

    public ImportKeys(Journal journal) {
        this.journal = journal;
    }

    /** The source keys of the workouts imported from {@code source}. */
    public Set<String> workoutSourceKeys(String source) {
        return strings("SELECT source_key FROM workouts WHERE source = ? AND source_key IS NOT NULL", source);
    }

    /** The dates that have a diary night. */
    public Set<LocalDate> nightDates() {
        return dates("SELECT date FROM nights");
    }

    /** The dates that have a device night from {@code source}. */
    public Set<LocalDate> deviceNightDates(String source) {
        return dates("SELECT date FROM device_nights WHERE source = ?", source);
    }

    /** The dates that have a body weight from {@code source}. */
    public Set<LocalDate> bodyWeightDates(String source) {
        return dates("SELECT date FROM body_weights WHERE source = ?", source);
    }

    private Set<LocalDate> dates(String sql, Object... args) {
        Set<LocalDate> out = new HashSet<>();
        strings(sql, args).forEach(d -> out.add(LocalDate.parse(d)));
        return out;
    }

    private Set<String> strings(String sql, Object... args) {
        return journal.read(() -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = journal.connection().prepareStatement(sql)) {
                Sql.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }
}
