package dev.kip.journal;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Settings.E1rmFormula;
import dev.kip.domain.Workout;
import dev.kip.domain.WorkoutSummary;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Read-only aggregates over workouts and sets for the Training view, computed in SQL so that ten
 * years of training (2,000 workouts, 60,000 sets) come back in milliseconds. Every query is
 * parameterised and served by the indexes of migrations 001 and 003 ({@code sets_by_exercise_covering},
 * {@code sets_by_workout}, {@code workouts_by_date}).
 */
public final class TrainingQueries {
    /** The list's order, newest first (as {@code WorkoutSummary.NEWEST_FIRST}). */
    private static final String NEWEST_FIRST = " ORDER BY date DESC, start DESC, id DESC";
    private final Journal journal;

    public TrainingQueries(Journal journal) {
        this.journal = journal;
    }

    /**
     * Every workout, newest first, with its set count and exercise names: no sets are loaded. Two
     * queries (the workouts; per workout and exercise the set count, from the covering index
     * {@code sets_by_exercise_covering}) joined here, which is several times faster than a correlated
     * subquery per workout on ten years of training. The second comes ordered by workout and first
     * set, so each workout's line is built as its rows go by: sorting each workout's exercises and a
     * map entry per exercise were a third of the Java side.
     */
    public List<WorkoutSummary> summaries() {
        return summaries(-1);
    }

    /**
     * The newest {@code count} workouts' lines, the first of {@link #summaries()}: what a list shows in its first
     * frame. Their sets are found through {@code sets_by_workout}, so this costs the same on forty years as on one.
     */
    public List<WorkoutSummary> newestSummaries(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count: expected 0 or more, got " + count);
        }
        return summaries(count);
    }

    /** How many workouts the journal holds. */
    public int workoutCount() {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement("SELECT count(*) FROM workouts");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** The newest {@code limit} workouts' lines, or every workout's when {@code limit} is negative (SQLite's LIMIT -1). */
    private List<WorkoutSummary> summaries(int limit) {
        return journal.read(() -> {
            Map<Long, String> names = new HashMap<>();
            try (PreparedStatement ps = journal.connection().prepareStatement("SELECT id, name FROM exercises");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                }
            }
            Map<Long, Contents> contents = new HashMap<>();
            try (PreparedStatement ps = journal.connection().prepareStatement(limit < 0
                    ? "SELECT workout_id, exercise_id, count(*), min(id) AS first FROM sets GROUP BY workout_id, exercise_id ORDER BY workout_id, first"
                    : "SELECT workout_id, exercise_id, count(*), min(id) AS first FROM sets WHERE workout_id IN (SELECT id FROM workouts"
                            + NEWEST_FIRST + " LIMIT ?) GROUP BY workout_id, exercise_id ORDER BY workout_id, first")) {
                if (limit >= 0) {
                    ps.setInt(1, limit);
                }
                ResultSet rs = ps.executeQuery();
                long workout = -1;
                StringJoiner exercises = null;
                int sets = 0;
                while (rs.next()) {
                    if (rs.getLong(1) != workout) {
                        if (exercises != null) {
                            contents.put(workout, new Contents(sets, exercises.toString()));
                        }
                        workout = rs.getLong(1);
                        exercises = new StringJoiner(", ");
                        sets = 0;
                    }
                    exercises.add(names.get(rs.getLong(2)));
                    sets += rs.getInt(3);
                }
                if (exercises != null) {
                    contents.put(workout, new Contents(sets, exercises.toString()));
                }
            }
            List<WorkoutSummary> out = new ArrayList<>();
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT id, date, start, duration_min, session_rpe, felt_heavier FROM workouts" + NEWEST_FIRST + " LIMIT ?")) {
                ps.setInt(1, limit);
                ResultSet rs = ps.executeQuery();
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Contents c = contents.getOrDefault(id, Contents.NONE);
                    out.add(new WorkoutSummary(id, Sql.parseDate(rs.getString(2)), Sql.time(rs, "start"),
                            Sql.integer(rs, "duration_min"), Sql.real(rs, "session_rpe"), rs.getInt(6) != 0, c.sets(), c.exercises()));
                }
            }
            return out;
        });
    }

    /** A workout's set count and exercise names in the order first logged. */
    private record Contents(int sets, String exercises) {
        static final Contents NONE = new Contents(0, "");
    }

    /**
     * Every workout that trained {@code exerciseId}, oldest first, each holding only that exercise's
     * sets (in the order logged): the history personal records are computed from.
     */
    public List<Workout> exerciseHistory(long exerciseId) {
        return setsOf(exerciseId, """
                SELECT w.id, w.date, w.start, w.duration_min, w.session_rpe, w.felt_heavier, w.name, w.notes,
                       w.source, w.source_key, s.set_order, s.set_type, s.weight_kg, s.reps, s.rpe, s.rir
                FROM sets s JOIN workouts w ON w.id = s.workout_id
                WHERE s.exercise_id = ?
                ORDER BY w.date, w.id, s.id""", exerciseId);
    }

    /**
     * The few sets of an exercise, logged before the workout ({@code date}, {@code workoutId}), that
     * decide its personal records: at each weight the set with the most reps, and the one with the most
     * reps up to 12 (the best e1RM at that weight, as e1RM grows with reps and estimates above 12 reps
     * don't count), plus the earliest set (the exercise's baseline day). Folding these gives the same
     * bests as folding the whole history, from a few dozen rows instead of thousands.
     */
    public List<Workout> recordDecidingSets(long exerciseId, LocalDate date, long workoutId) {
        // One pass over the exercise's earlier work sets, then the few chosen sets read in full.
        // SQLite returns the other columns of the row holding MAX(): the set itself.
        String sql = """
                WITH c AS MATERIALIZED (
                    SELECT s.id AS sid, w.id AS wid, w.date AS d, s.weight_kg AS kg, s.reps AS reps
                    FROM sets s JOIN workouts w ON w.id = s.workout_id
                    WHERE s.exercise_id = ? AND s.set_type <> 'WARM_UP' AND s.weight_kg > 0 AND s.reps > 0
                      AND (w.date < ? OR (w.date = ? AND w.id < ?))),
                picked AS (
                    SELECT sid FROM (SELECT sid, MAX(reps) FROM c GROUP BY round(kg * 100))
                    UNION SELECT sid FROM (SELECT sid, MAX(reps) FROM c WHERE reps <= 12 GROUP BY round(kg * 100))
                    UNION SELECT sid FROM (SELECT sid FROM c ORDER BY d, wid LIMIT 1))
                SELECT w.id, w.date, w.start, w.duration_min, w.session_rpe, w.felt_heavier, w.name, w.notes,
                       w.source, w.source_key, s.set_order, s.set_type, s.weight_kg, s.reps, s.rpe, s.rir
                FROM sets s JOIN workouts w ON w.id = s.workout_id
                WHERE s.id IN (SELECT sid FROM picked)
                ORDER BY w.date, w.id, s.id""";
        String day = date.toString();
        return setsOf(exerciseId, sql, exerciseId, day, day, workoutId);
    }

    /**
     * The last session of an exercise before a workout ({@code date}, {@code workoutId}; a workout
     * not yet saved has no id: every workout of that day or before counts), holding only that
     * exercise's sets in their order: what the person did "last time".
     */
    public Optional<Workout> previousSession(long exerciseId, LocalDate date, Long workoutId) {
        String sql = """
                SELECT w.id, w.date, w.start, w.duration_min, w.session_rpe, w.felt_heavier, w.name, w.notes,
                       w.source, w.source_key, s.set_order, s.set_type, s.weight_kg, s.reps, s.rpe, s.rir
                FROM sets s JOIN workouts w ON w.id = s.workout_id
                WHERE s.exercise_id = ? AND w.id = (
                    SELECT w2.id FROM sets s2 JOIN workouts w2 ON w2.id = s2.workout_id
                    WHERE s2.exercise_id = ? AND (w2.date < ? OR (w2.date = ? AND w2.id < ?))
                    ORDER BY w2.date DESC, w2.id DESC LIMIT 1)
                ORDER BY s.set_order, s.id""";
        String day = date.toString();
        List<Workout> found = setsOf(exerciseId, sql, exerciseId, exerciseId, day, day, workoutId == null ? Long.MAX_VALUE : workoutId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Reads rows of workout columns followed by one set's columns into workouts holding those sets. */
    private List<Workout> setsOf(long exerciseId, String sql, Object... args) {
        return journal.read(() -> {
            List<Workout> out = new ArrayList<>();
            // Columns by index and the workout's fields read once per workout: this runs on every save.
            try (PreparedStatement ps = journal.connection().prepareStatement(sql)) {
                Sql.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    Workout current = null;
                    List<LiftSet> sets = new ArrayList<>();
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (current == null || current.id() != id) {
                            if (current != null) {
                                out.add(current.withSets(sets));
                                sets.clear();
                            }
                            current = new Workout(id, Sql.parseDate(rs.getString(2)), Sql.time(rs, "start"),
                                    Sql.integer(rs, "duration_min"), Sql.real(rs, "session_rpe"), rs.getInt(6) != 0,
                                    rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), List.of());
                        }
                        sets.add(new LiftSet(exerciseId, rs.getInt(11), SetType.valueOf(rs.getString(12)), nullable(rs, rs.getDouble(13)),
                                nullable(rs, rs.getInt(14)), nullable(rs, rs.getDouble(15)), nullable(rs, rs.getInt(16))));
                    }
                    if (current != null) {
                        out.add(current.withSets(sets));
                    }
                }
            }
            return out;
        });
    }

    /** {@code value}, just read, or null when its column was NULL. */
    private static <T> T nullable(ResultSet rs, T value) throws SQLException {
        return rs.wasNull() ? null : value;
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
