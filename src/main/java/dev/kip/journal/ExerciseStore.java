package dev.kip.journal;

import dev.kip.domain.Exercise;
import dev.kip.domain.RegionLoad;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The exercise catalog with each exercise's body-region loads. Sets refer to exercises by id, so renaming keeps history. */
public final class ExerciseStore {
    private final Journal journal;

    public ExerciseStore(Journal journal) {
        this.journal = journal;
    }

    /** Inserts (id null) or updates the exercise and replaces its region loads; returns it with its id. */
    public Exercise save(Exercise e) {
        return journal.transaction(() -> {
            long id;
            if (e.id() == null) {
                try (PreparedStatement ps = journal.connection().prepareStatement(
                        "INSERT INTO exercises (name) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, e.name().strip());
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                } catch (SQLException ex) {
                    if (ex.getMessage() != null && ex.getMessage().contains("UNIQUE")) {
                        throw new JournalException("An exercise called '" + e.name().strip() + "' already exists.");
                    }
                    throw ex;
                }
            } else {
                id = e.id();
                try (PreparedStatement ps = journal.connection().prepareStatement("UPDATE exercises SET name = ? WHERE id = ?")) {
                    ps.setString(1, e.name().strip());
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = journal.connection().prepareStatement("DELETE FROM exercise_regions WHERE exercise_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "INSERT INTO exercise_regions (exercise_id, region_id, weight) VALUES (?, ?, ?)")) {
                for (RegionLoad r : e.regions()) {
                    ps.setLong(1, id);
                    ps.setString(2, r.regionId());
                    ps.setDouble(3, r.weight());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return e.withId(id);
        });
    }

    /** All exercises by name. */
    public List<Exercise> all() {
        return journal.read(() -> {
            Map<Long, String> names = new LinkedHashMap<>();
            try (PreparedStatement ps = journal.connection().prepareStatement("SELECT id, name FROM exercises ORDER BY name COLLATE NOCASE");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                }
            }
            Map<Long, List<RegionLoad>> loads = new LinkedHashMap<>();
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT exercise_id, region_id, weight FROM exercise_regions ORDER BY exercise_id, weight DESC, region_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    loads.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new RegionLoad(rs.getString(2), rs.getDouble(3)));
                }
            }
            List<Exercise> out = new ArrayList<>();
            names.forEach((id, name) -> out.add(new Exercise(id, name, loads.getOrDefault(id, List.of()))));
            return out;
        });
    }

    /**
     * Remembers that another app calls exercise {@code exerciseId} {@code alias}; an alias already
     * stored keeps its exercise (the first mapping, or the person's, stands). True when added.
     */
    public boolean addAlias(String alias, long exerciseId) {
        return journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "INSERT INTO exercise_aliases (alias, exercise_id) VALUES (?, ?) ON CONFLICT (alias) DO NOTHING")) {
                ps.setString(1, alias.strip());
                ps.setLong(2, exerciseId);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** The names other apps gave the catalog's exercises, each with the exercise's name. */
    public Map<String, String> aliases() {
        return journal.read(() -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT a.alias, e.name FROM exercise_aliases a JOIN exercises e ON e.id = a.exercise_id ORDER BY a.alias");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    public Optional<Exercise> byName(String name) {
        String wanted = name.strip();
        return all().stream().filter(e -> e.name().equalsIgnoreCase(wanted)).findFirst();
    }

    public Optional<Exercise> byId(long id) {
        return all().stream().filter(e -> e.id() == id).findFirst();
    }

    /** Removes an exercise that no set uses; refuses one with history. */
    public void delete(long id) {
        journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement("SELECT count(*) FROM sets WHERE exercise_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.getInt(1) > 0) {
                        throw new JournalException("This exercise has " + rs.getInt(1) + " logged sets; rename it instead of deleting it.");
                    }
                }
            }
            try (PreparedStatement ps = journal.connection().prepareStatement("DELETE FROM exercises WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
