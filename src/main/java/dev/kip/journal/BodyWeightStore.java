package dev.kip.journal;

import dev.kip.domain.BodyWeight;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Body weights, one per (date, source). */
public final class BodyWeightStore {
    private final Journal journal;

    public BodyWeightStore(Journal journal) {
        this.journal = journal;
    }

    /** Adds the weight unless that day already has one from the same source; true when added. */
    public boolean insertIfAbsent(BodyWeight w) {
        return journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "INSERT OR IGNORE INTO body_weights (date, weight_kg, source) VALUES (?,?,?)")) {
                Sql.bind(ps, w.date(), w.kg(), w.source());
                return ps.executeUpdate() > 0;
            }
        });
    }

    public List<BodyWeight> between(LocalDate from, LocalDate to) {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT date, weight_kg, source FROM body_weights WHERE date BETWEEN ? AND ? ORDER BY date, source")) {
                Sql.bind(ps, from, to);
                try (ResultSet rs = ps.executeQuery()) {
                    List<BodyWeight> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new BodyWeight(Sql.date(rs, "date"), rs.getDouble(2), rs.getString(3)));
                    }
                    return out;
                }
            }
        });
    }
}
