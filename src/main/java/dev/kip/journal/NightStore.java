package dev.kip.journal;

import dev.kip.domain.Night;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Diary nights, keyed by wake date. */
public final class NightStore {
    private static final String COLUMNS = "date, into_bed, tried_to_sleep, sol_min, awakenings, waso_min, final_wake, "
            + "out_of_bed, quality, rested, woke_early, note, zone";
    private final Journal journal;

    public NightStore(Journal journal) {
        this.journal = journal;
    }

    /** Adds a night; a second night for the same date is refused with a message offering to edit it. */
    public void insert(Night n) {
        journal.transaction(() -> {
            if (exists(n.date())) {
                throw new JournalException("There is already a night for " + n.date() + "; edit that night instead.");
            }
            write("INSERT", n);
            return null;
        });
    }

    /** Adds the night or replaces the one stored for its date. */
    public void put(Night n) {
        journal.transaction(() -> {
            write("INSERT OR REPLACE", n);
            return null;
        });
    }

    private void write(String verb, Night n) throws SQLException {
        try (PreparedStatement ps = journal.connection().prepareStatement(
                verb + " INTO nights (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            Sql.bind(ps, n.date(), n.intoBed(), n.triedToSleep(), n.solMin(), n.awakenings(), n.wasoMin(), n.finalWake(),
                    n.outOfBed(), n.quality(), n.rested(), n.wokeEarly(), n.note(), n.zone());
            ps.executeUpdate();
        }
    }

    public boolean exists(LocalDate date) {
        return find(date).isPresent();
    }

    public Optional<Night> find(LocalDate date) {
        List<Night> found = query("SELECT " + COLUMNS + " FROM nights WHERE date = ?", date);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Nights with from ≤ date ≤ to, oldest first. */
    public List<Night> between(LocalDate from, LocalDate to) {
        return query("SELECT " + COLUMNS + " FROM nights WHERE date BETWEEN ? AND ? ORDER BY date", from, to);
    }

    /** The newest {@code limit} nights on or before {@code asOf}, newest first. */
    public List<Night> latest(LocalDate asOf, int limit) {
        return query("SELECT " + COLUMNS + " FROM nights WHERE date <= ? ORDER BY date DESC LIMIT ?", asOf, limit);
    }

    public boolean delete(LocalDate date) {
        return journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement("DELETE FROM nights WHERE date = ?")) {
                Sql.bind(ps, date);
                return ps.executeUpdate() > 0;
            }
        });
    }

    public int count() {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement("SELECT count(*) FROM nights");
                 ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1);
            }
        });
    }

    private List<Night> query(String sql, Object... args) {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(sql)) {
                Sql.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Night> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Night(Sql.date(rs, "date"), Sql.time(rs, "into_bed"), Sql.time(rs, "tried_to_sleep"),
                                rs.getInt("sol_min"), rs.getInt("awakenings"), rs.getInt("waso_min"),
                                Sql.time(rs, "final_wake"), Sql.time(rs, "out_of_bed"), rs.getInt("quality"),
                                rs.getInt("rested"), rs.getInt("woke_early") != 0, rs.getString("note"), Sql.zone(rs, "zone")));
                    }
                    return out;
                }
            }
        });
    }
}
