package dev.kip.journal;

import dev.kip.domain.Appointment;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Physiotherapy appointments, by date. */
public final class AppointmentStore {
    private static final int MAX_NOTE = 500;
    private final Journal journal;

    public AppointmentStore(Journal journal) {
        this.journal = journal;
    }

    /** Stores a new appointment and returns it with its id. */
    public Appointment add(Appointment a) {
        if (a.note().length() > MAX_NOTE) {
            throw new JournalException("Appointment note: at most " + MAX_NOTE + " characters, got " + a.note().length() + ".");
        }
        return journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "INSERT INTO appointments (date, note) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Sql.bind(ps, a.date(), a.note());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Appointment(keys.getLong(1), a.date(), a.note());
                }
            }
        });
    }

    /** True when the appointment was there to remove. */
    public boolean delete(long id) {
        return journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement("DELETE FROM appointments WHERE id = ?")) {
                Sql.bind(ps, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Every appointment, oldest first. */
    public List<Appointment> all() {
        return query("SELECT id, date, note FROM appointments ORDER BY date, id");
    }

    /** The latest appointment on or before {@code day}. */
    public Optional<Appointment> lastOnOrBefore(LocalDate day) {
        return query("SELECT id, date, note FROM appointments WHERE date <= ? ORDER BY date DESC, id DESC LIMIT 1", day)
                .stream().findFirst();
    }

    /** The latest appointment before {@code day}: where "since the last appointment" starts. */
    public Optional<Appointment> lastBefore(LocalDate day) {
        return lastOnOrBefore(day.minusDays(1));
    }

    /** The first appointment on or after {@code day}. */
    public Optional<Appointment> nextOnOrAfter(LocalDate day) {
        return query("SELECT id, date, note FROM appointments WHERE date >= ? ORDER BY date, id LIMIT 1", day).stream().findFirst();
    }

    private List<Appointment> query(String sql, Object... args) {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(sql)) {
                Sql.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Appointment> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Appointment(rs.getLong(1), Sql.date(rs, "date"), rs.getString(3)));
                    }
                    return out;
                }
            }
        });
    }
}
