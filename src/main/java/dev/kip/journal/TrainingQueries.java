package dev.kip.journal;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Settings.E1rmFormula;
import dev.kip.domain.Workout;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Read-only aggregates over workouts and sets for the Training view, computed in SQL so that ten
 * years of training (2,000 workouts, 60,000 sets) come back in milliseconds. Every query is
 * parameterised and served by the indexes of migration 001 ({@code sets_by_exercise},
 * {@code sets_by_workout}, {@code workouts_by_date}).
 */
public final class TrainingQueries {
    private final Journal journal;

    public TrainingQueries(Journal journal) {
        this.journal = journal;
    }

    /** Every workout, newest first, with its set count and exercise names: one query, no sets loaded. */
    public List<WorkoutSummary> summaries() {
        return journal.read(() -> {
            List<WorkoutSummary> out = new ArrayList<>();
            // The inner query lists each workout's exercises once, in the order first logged.
            try (PreparedStatement ps = journal.connection().prepareStatement("""
                    SELECT w.id, w.date, w.start, w.duration_min, w.session_rpe, w.felt_heavier,
                           (SELECT count(*) FROM sets s WHERE s.workout_id = w.id) AS set_count,
                           (SELECT group_concat(name, ', ') FROM (
                                SELECT e.name AS name FROM sets s JOIN exercises e ON e.id = s.exercise_id
                                WHERE s.workout_id = w.id GROUP BY s.exercise_id ORDER BY min(s.id))) AS exercises
                    FROM workouts w
                    ORDER BY w.date DESC, w.start DESC, w.id DESC""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new WorkoutSummary(rs.getLong("id"), Sql.date(rs, "date"), Sql.time(rs, "start"),
                            Sql.integer(rs, "duration_min"), Sql.real(rs, "session_rpe"), rs.getInt("felt_heavier") != 0,
                            rs.getInt("set_count"), rs.getString("exercises") == null ? "" : rs.getString("exercises")));
                }
            }
            return out;
        });
    }

    /**
     * The best e1RM of each session that trained {@code exerciseId}, oldest first, by {@code formula}
     * (a single is its own 1RM, as in insight's E1rm). Warm-ups and sets without weight or reps never
     * count; Brzycki is undefined from 37 reps, so those sets are left out under it. The weight and
     * reps are those of the set that reached the best (SQLite returns the bare columns of the MAX row).
     */
    public List<SessionE1rm> sessionBests(long exerciseId, E1rmFormula formula) {
        String e1rm = switch (formula) {
            case EPLEY -> "CASE WHEN s.reps = 1 THEN s.weight_kg ELSE s.weight_kg * (1 + s.reps / 30.0) END";
            case BRZYCKI -> "CASE WHEN s.reps < 37 THEN s.weight_kg * 36.0 / (37 - s.reps) END";
        };
        String sql = "SELECT w.date, w.id, MAX(" + e1rm + ") AS best, s.weight_kg, s.reps "
                + "FROM sets s JOIN workouts w ON w.id = s.workout_id "
                + "WHERE s.exercise_id = ? AND s.set_type <> 'WARM_UP' AND s.weight_kg > 0 AND s.reps > 0 "
                + "GROUP BY w.id HAVING best IS NOT NULL ORDER BY w.date, w.id";
        return journal.read(() -> {
            List<SessionE1rm> out = new ArrayList<>();
            try (PreparedStatement ps = journal.connection().prepareStatement(sql)) {
                ps.setLong(1, exerciseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SessionE1rm(Sql.date(rs, "date"), rs.getLong(2), rs.getDouble("best"),
                                rs.getDouble("weight_kg"), rs.getInt("reps")));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Every workout that trained {@code exerciseId}, oldest first, each holding only that exercise's
     * sets (in the order logged): the history personal records are computed from.
     */
    public List<Workout> exerciseHistory(long exerciseId) {
        return journal.read(() -> {
            Map<Long, Workout> byId = new LinkedHashMap<>();
            Map<Long, List<LiftSet>> sets = new LinkedHashMap<>();
            try (PreparedStatement ps = journal.connection().prepareStatement("""
                    SELECT w.id, w.date, w.start, w.duration_min, w.session_rpe, w.felt_heavier, w.name, w.notes,
                           w.source, w.source_key, s.set_order, s.set_type, s.weight_kg, s.reps, s.rpe, s.rir
                    FROM sets s JOIN workouts w ON w.id = s.workout_id
                    WHERE s.exercise_id = ?
                    ORDER BY w.date, w.id, s.id""")) {
                ps.setLong(1, exerciseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        if (!byId.containsKey(id)) {
                            byId.put(id, new Workout(id, Sql.date(rs, "date"), Sql.time(rs, "start"),
                                    Sql.integer(rs, "duration_min"), Sql.real(rs, "session_rpe"), rs.getInt("felt_heavier") != 0,
                                    rs.getString("name"), rs.getString("notes"), rs.getString("source"),
                                    rs.getString("source_key"), List.of()));
                        }
                        sets.computeIfAbsent(id, k -> new ArrayList<>()).add(new LiftSet(exerciseId, rs.getInt("set_order"),
                                SetType.valueOf(rs.getString("set_type")), Sql.real(rs, "weight_kg"),
                                Sql.integer(rs, "reps"), Sql.real(rs, "rpe"), Sql.integer(rs, "rir")));
                    }
                }
            }
            List<Workout> out = new ArrayList<>(byId.size());
            byId.forEach((id, w) -> out.add(w.withSets(sets.get(id))));
            return out;
        });
    }

    /** Session load (session RPE × minutes) summed per day; days without a known load are absent. */
    public Map<LocalDate, Double> dailyLoad() {
        return journal.read(() -> {
            Map<LocalDate, Double> out = new TreeMap<>();
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT date, SUM(session_rpe * duration_min) FROM workouts "
                            + "WHERE session_rpe IS NOT NULL AND duration_min IS NOT NULL GROUP BY date");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(Sql.date(rs, "date"), rs.getDouble(2));
                }
            }
            return out;
        });
    }
}
