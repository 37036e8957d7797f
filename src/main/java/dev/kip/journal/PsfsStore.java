package dev.kip.journal;

import dev.kip.domain.PsfsActivity;
import dev.kip.domain.PsfsRating;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Patient-Specific Functional Scale: the activities the person named (at most
 * {@value #MAX_ACTIVE} in use at a time) and their ratings, one per activity and day.
 */
public final class PsfsStore {
    /** The scale asks for up to five activities (Stratford et al. 1995). */
    public static final int MAX_ACTIVE = 5;
    private static final int MAX_NAME = 200;

    private final Journal journal;

    public PsfsStore(Journal journal) {
        this.journal = journal;
    }

    /** Adds an activity in use from {@code added}; refused with a message when five are in use or the name is blank or too long. */
    public PsfsActivity add(String name, LocalDate added) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new JournalException("PSFS activity: expected a name of 1 to " + MAX_NAME + " characters, such as"
                    + " 'squat to depth', got " + (n.isEmpty() ? "none" : n.length() + " characters") + ".");
        }
        return journal.transaction(() -> {
            long active = activities().stream().filter(PsfsActivity::isActive).count();
            if (active >= MAX_ACTIVE) {
                throw new JournalException("PSFS: " + MAX_ACTIVE + " activities are in use already; retire one before adding '"
                        + n + "'.");
            }
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "INSERT INTO psfs_activities (name, added) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Sql.bind(ps, n, added);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new PsfsActivity(keys.getLong(1), n, added, null);
                }
            }
        });
    }

    /** Stops rating an activity from {@code day} on; its ratings stay. */
    public void retire(long activityId, LocalDate day) {
        journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "UPDATE psfs_activities SET retired = ? WHERE id = ? AND retired IS NULL")) {
                Sql.bind(ps, day, activityId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every activity, in the order named. */
    public List<PsfsActivity> activities() {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT id, name, added, retired FROM psfs_activities ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                List<PsfsActivity> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new PsfsActivity(rs.getLong(1), rs.getString(2), Sql.date(rs, "added"),
                            rs.getString(4) == null ? null : Sql.date(rs, "retired")));
                }
                return out;
            }
        });
    }

    /** Saves the day's ratings (activity id → 0–10) in one transaction, replacing that day's earlier ones. */
    public void rate(LocalDate day, Map<Long, Integer> scores) {
        List<PsfsRating> ratings = scores.entrySet().stream().map(e -> new PsfsRating(day, e.getKey(), e.getValue())).toList();
        journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "INSERT OR REPLACE INTO psfs_ratings (date, activity_id, score) VALUES (?,?,?)")) {
                for (PsfsRating r : ratings) {
                    Sql.bind(ps, r.date(), r.activityId(), r.score());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Every rating up to {@code to}, oldest first (the change is counted from an activity's first rating). */
    public List<PsfsRating> ratingsUpTo(LocalDate to) {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT date, activity_id, score FROM psfs_ratings WHERE date <= ? ORDER BY date, activity_id")) {
                Sql.bind(ps, to);
                try (ResultSet rs = ps.executeQuery()) {
                    List<PsfsRating> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new PsfsRating(Sql.date(rs, "date"), rs.getLong(2), rs.getInt(3)));
                    }
                    return out;
                }
            }
        });
    }
}
