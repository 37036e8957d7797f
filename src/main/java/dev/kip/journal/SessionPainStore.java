package dev.kip.journal;

import dev.kip.domain.SessionPain;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Pain felt during a session, per region: saved with the workout, removed with it. */
public final class SessionPainStore {

    /** One reading with its session: the workout's id and date. */
    public record Dated(long workoutId, LocalDate date, SessionPain pain) {
    }

    private final Journal journal;

    public SessionPainStore(Journal journal) {
        this.journal = journal;
    }

    /** Replaces the session's readings with {@code pains} (none clears them); joins the caller's transaction if any. */
    public void replace(long workoutId, List<SessionPain> pains) {
        journal.transaction(() -> {
            try (PreparedStatement del = journal.connection().prepareStatement("DELETE FROM session_pain WHERE workout_id = ?")) {
                Sql.bind(del, workoutId);
                del.executeUpdate();
            }
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "INSERT OR REPLACE INTO session_pain (workout_id, region_id, level) VALUES (?,?,?)")) {
                for (SessionPain p : pains) {
                    Sql.bind(ps, workoutId, p.regionId(), p.level());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    public List<SessionPain> of(long workoutId) {
        return query("WHERE p.workout_id = ?", workoutId).stream().map(Dated::pain).toList();
    }

    /** Readings of the sessions dated from ≤ date ≤ to, oldest first. */
    public List<Dated> between(LocalDate from, LocalDate to) {
        return query("WHERE w.date BETWEEN ? AND ?", from, to);
    }

    private List<Dated> query(String where, Object... args) {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT p.workout_id, w.date, p.region_id, p.level FROM session_pain p JOIN workouts w ON w.id = p.workout_id "
                            + where + " ORDER BY w.date, p.workout_id, p.region_id")) {
                Sql.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Dated> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Dated(rs.getLong(1), Sql.date(rs, "date"), new SessionPain(rs.getString(3), rs.getInt(4))));
                    }
                    return out;
                }
            }
        });
    }
}
