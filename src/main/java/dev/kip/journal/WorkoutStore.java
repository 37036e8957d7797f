package dev.kip.journal;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Workout;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Workouts with their sets; a workout and its sets are always written together in one transaction. */
public final class WorkoutStore {
    private static final String COLUMNS = "id, date, start, duration_min, session_rpe, felt_heavier, name, notes, source, source_key";
    private final Journal journal;

    public WorkoutStore(Journal journal) {
        this.journal = journal;
    }

    /** Inserts a new workout (id null) with its sets; returns it with its id. */
    public Workout insert(Workout w) {
        return journal.transaction(() -> {
            long id;
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "INSERT INTO workouts (date, start, duration_min, session_rpe, felt_heavier, name, notes, source, source_key) "
                            + "VALUES (?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                Sql.bind(ps, w.date(), w.start(), w.durationMin(), w.sessionRpe(), w.feltHeavier(), w.name(), w.notes(),
                        w.source(), w.sourceKey());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertSets(id, w.sets());
            return w.withId(id);
        });
    }

    /** Replaces a stored workout's fields and sets. */
    public void update(Workout w) {
        if (w.id() == null) {
            throw new IllegalArgumentException("update needs a stored workout");
        }
        journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "UPDATE workouts SET date = ?, start = ?, duration_min = ?, session_rpe = ?, felt_heavier = ?, name = ?, "
                            + "notes = ? WHERE id = ?")) {
                Sql.bind(ps, w.date(), w.start(), w.durationMin(), w.sessionRpe(), w.feltHeavier(), w.name(), w.notes(), w.id());
                if (ps.executeUpdate() == 0) {
                    throw new JournalException("Workout " + w.id() + " no longer exists.");
                }
            }
            try (PreparedStatement ps = journal.connection().prepareStatement("DELETE FROM sets WHERE workout_id = ?")) {
                ps.setLong(1, w.id());
                ps.executeUpdate();
            }
            insertSets(w.id(), w.sets());
            return null;
        });
    }

    private void insertSets(long workoutId, List<LiftSet> sets) throws SQLException {
        try (PreparedStatement ps = journal.connection().prepareStatement(
                "INSERT INTO sets (workout_id, exercise_id, set_order, set_type, weight_kg, reps, rpe, rir, distance_m, seconds) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (LiftSet s : sets) {
                Sql.bind(ps, workoutId, s.exerciseId(), s.order(), s.type(), s.weightKg(), s.reps(), s.rpe(), s.rir(),
                        s.distanceM(), s.seconds());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public boolean delete(long id) {
        return journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement("DELETE FROM workouts WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** The date of a stored workout, without its sets; empty when there is none with this id. */
    public Optional<LocalDate> dateOf(long id) {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement("SELECT date FROM workouts WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Sql.parseDate(rs.getString(1))) : Optional.<LocalDate>empty();
                }
            }
        });
    }

    public Optional<Workout> find(long id) {
        List<Workout> found = load("SELECT " + COLUMNS + " FROM workouts WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Workouts with from ≤ date ≤ to, with their sets, oldest first. */
    public List<Workout> between(LocalDate from, LocalDate to) {
        return load("SELECT " + COLUMNS + " FROM workouts WHERE date BETWEEN ? AND ? ORDER BY date, start, id", from, to);
    }

    /** The newest {@code limit} workouts on or before {@code asOf}, newest first, with their sets. */
    public List<Workout> latest(LocalDate asOf, int limit) {
        return load("SELECT " + COLUMNS + " FROM workouts WHERE date <= ? ORDER BY date DESC, start DESC, id DESC LIMIT ?", asOf, limit);
    }

    /** The newest workout called {@code name} (any workout when null), with its sets. */
    public Optional<Workout> newest(String name) {
        List<Workout> found = name == null
                ? load("SELECT " + COLUMNS + " FROM workouts ORDER BY date DESC, start DESC, id DESC LIMIT 1")
                : load("SELECT " + COLUMNS + " FROM workouts WHERE name = ? ORDER BY date DESC, start DESC, id DESC LIMIT 1", name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The names of workouts (imports and routines give them), the most recently used first. */
    public List<String> recentNames(int limit) {
        return journal.read(() -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT name FROM workouts WHERE trim(name) <> '' GROUP BY name ORDER BY MAX(date) DESC, MAX(id) DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    public int count() {
        return journal.read(() -> {
            try (Statement st = journal.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM workouts")) {
                return rs.getInt(1);
            }
        });
    }

    private List<Workout> load(String sql, Object... args) {
        return journal.read(() -> {
            Map<Long, Workout> byId = new LinkedHashMap<>();
            try (PreparedStatement ps = journal.connection().prepareStatement(sql)) {
                Sql.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byId.put(rs.getLong("id"), new Workout(rs.getLong("id"), Sql.date(rs, "date"), Sql.time(rs, "start"),
                                Sql.integer(rs, "duration_min"), Sql.real(rs, "session_rpe"), rs.getInt("felt_heavier") != 0,
                                rs.getString("name"), rs.getString("notes"), rs.getString("source"), rs.getString("source_key"),
                                List.of()));
                    }
                }
            }
            if (byId.isEmpty()) {
                return List.of();
            }
            Map<Long, List<LiftSet>> sets = new LinkedHashMap<>();
            String in = String.join(",", java.util.Collections.nCopies(byId.size(), "?"));
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT workout_id, exercise_id, set_order, set_type, weight_kg, reps, rpe, rir, distance_m, seconds FROM sets "
                            + "WHERE workout_id IN ("
                            + in + ") ORDER BY workout_id, id")) {
                Sql.bind(ps, byId.keySet().toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new LiftSet(rs.getLong(2), rs.getInt(3),
                                SetType.valueOf(rs.getString(4)), Sql.real(rs, "weight_kg"), Sql.integer(rs, "reps"),
                                Sql.real(rs, "rpe"), Sql.integer(rs, "rir"), Sql.real(rs, "distance_m"), Sql.integer(rs, "seconds")));
                    }
                }
            }
            List<Workout> out = new ArrayList<>(byId.size());
            byId.forEach((id, w) -> out.add(w.withSets(sets.getOrDefault(id, List.of()))));
            return out;
        });
    }
}
