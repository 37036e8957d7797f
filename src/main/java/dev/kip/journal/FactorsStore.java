package dev.kip.journal;

import dev.kip.domain.Factors;
import dev.kip.domain.RoomFeel;
import dev.kip.domain.ScreenTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The daily factors (sleep-diary extras), one row per night date; an empty set of factors removes the row. */
public final class FactorsStore {
    private static final String COLUMNS = "date, caffeine_drinks, last_caffeine, alcohol_drinks, screens, "
            + "late_hard_training, room, room_temp_c, nap_start, nap_min";
    private final Journal journal;

    public FactorsStore(Journal journal) {
        this.journal = journal;
    }

    public void put(Factors f) {
        journal.transaction(() -> {
            if (f.isEmpty()) {
                delete(f.date());
                return null;
            }
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "INSERT OR REPLACE INTO factors (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                Sql.bind(ps, f.date(), f.caffeineDrinks(), f.lastCaffeine(), f.alcoholDrinks(), f.screens(),
                        f.lateHardTraining(), f.room(), f.roomTempC(), f.napStart(), f.napMin());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void delete(LocalDate date) {
        journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement("DELETE FROM factors WHERE date = ?")) {
                Sql.bind(ps, date);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Factors> find(LocalDate date) {
        List<Factors> found = between(date, date);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Factors with from ≤ date ≤ to, oldest first. */
    public List<Factors> between(LocalDate from, LocalDate to) {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT " + COLUMNS + " FROM factors WHERE date BETWEEN ? AND ? ORDER BY date")) {
                Sql.bind(ps, from, to);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Factors> out = new ArrayList<>();
                    while (rs.next()) {
                        String screens = rs.getString("screens");
                        String room = rs.getString("room");
                        out.add(new Factors(Sql.date(rs, "date"), Sql.integer(rs, "caffeine_drinks"),
                                Sql.time(rs, "last_caffeine"), Sql.integer(rs, "alcohol_drinks"),
                                screens == null ? null : ScreenTime.valueOf(screens), Sql.bool(rs, "late_hard_training"),
                                room == null ? null : RoomFeel.valueOf(room), Sql.real(rs, "room_temp_c"),
                                Sql.time(rs, "nap_start"), Sql.integer(rs, "nap_min")));
                    }
                    return out;
                }
            }
        });
    }
}
