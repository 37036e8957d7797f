package dev.kip.journal;

import dev.kip.domain.Routine;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Routines with their exercises; a routine and its exercises are always written together in one transaction. */
public final class RoutineStore {
    private final Journal journal;

    public RoutineStore(Journal journal) {
        this.journal = journal;
    }

    /** Inserts (id null) or replaces a routine and its exercises; returns it with its id. */
    public Routine save(Routine r) {
        return journal.transaction(() -> {
            long id;
            try {
                if (r.id() == null) {
                    try (PreparedStatement ps = journal.connection().prepareStatement(
                            "INSERT INTO routines (name) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
                        ps.setString(1, r.name().strip());
                        ps.executeUpdate();
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            keys.next();
                            id = keys.getLong(1);
                        }
                    }
                } else {
                    id = r.id();
                    try (PreparedStatement ps = journal.connection().prepareStatement("UPDATE routines SET name = ? WHERE id = ?")) {
                        ps.setString(1, r.name().strip());
                        ps.setLong(2, id);
                        if (ps.executeUpdate() == 0) {
                            throw new JournalException("Routine " + id + " no longer exists.");
                        }
                    }
                    try (PreparedStatement ps = journal.connection().prepareStatement("DELETE FROM routine_exercises WHERE routine_id = ?")) {
                        ps.setLong(1, id);
                        ps.executeUpdate();
                    }
                }
            } catch (SQLException ex) {
                if (ex.getMessage() != null && ex.getMessage().contains("UNIQUE")) {
                    throw new JournalException("A routine called '" + r.name().strip() + "' already exists.");
                }
                throw ex;
            }
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "INSERT INTO routine_exercises (routine_id, position, exercise_id, sets, reps, weight_kg) VALUES (?,?,?,?,?,?)")) {
                int position = 1;
                for (Routine.Target t : r.exercises()) {
                    Sql.bind(ps, id, position++, t.exerciseId(), t.sets(), t.reps(), t.weightKg());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return r.withId(id);
        });
    }

    /** All routines by name, each with its exercises in order. */
    public List<Routine> all() {
        return journal.read(() -> {
            Map<Long, String> names = new LinkedHashMap<>();
            try (PreparedStatement ps = journal.connection().prepareStatement("SELECT id, name FROM routines ORDER BY name COLLATE NOCASE");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                }
            }
            Map<Long, List<Routine.Target>> targets = new LinkedHashMap<>();
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT routine_id, exercise_id, sets, reps, weight_kg FROM routine_exercises ORDER BY routine_id, position");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    targets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Routine.Target(rs.getLong(2), rs.getInt(3),
                            Sql.integer(rs, "reps"), Sql.real(rs, "weight_kg")));
                }
            }
            List<Routine> out = new ArrayList<>();
            names.forEach((id, name) -> out.add(new Routine(id, name, targets.getOrDefault(id, List.of()))));
            return out;
        });
    }

    public boolean delete(long id) {
        return journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement("DELETE FROM routines WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }
}
