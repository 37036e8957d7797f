package dev.kip.journal;

import dev.kip.domain.Exercise;
import dev.kip.domain.ExerciseMerge;
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

    /** The person's mapping: {@code alias} now stands for exercise {@code exerciseId}, whatever it stood for before. */
    public void setAlias(String alias, long exerciseId) {
        journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "INSERT INTO exercise_aliases (alias, exercise_id) VALUES (?, ?)"
                            + " ON CONFLICT (alias) DO UPDATE SET exercise_id = excluded.exercise_id")) {
                ps.setString(1, alias.strip());
                ps.setLong(2, exerciseId);
                return ps.executeUpdate();
            }
        });
    }

    /** Forgets {@code alias} (case aside), so the name maps by the rules again, or to an exercise of its own. */
    public void removeAlias(String alias) {
        journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement("DELETE FROM exercise_aliases WHERE alias = ?")) {
                ps.setString(1, alias.strip());
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Merges exercise {@code fromId} into {@code intoId} in one transaction: its sets, its places in
     * routines and its aliases move, its name becomes an alias of the other (so the next import maps
     * it there), and it is removed. Records are computed from sets, so they follow. Returns what
     * {@link #unmerge} needs to put everything back.
     */
    public ExerciseMerge merge(long fromId, long intoId) {
        if (fromId == intoId) {
            throw new JournalException("An exercise cannot be merged into itself.");
        }
        return journal.transaction(() -> {
            Exercise from = byId(fromId).orElseThrow(() -> new JournalException("There is no exercise " + fromId + " to merge."));
            byId(intoId).orElseThrow(() -> new JournalException("There is no exercise " + intoId + " to merge into."));
            List<Long> setIds = longs("SELECT id FROM sets WHERE exercise_id = ? ORDER BY id", fromId);
            List<long[]> slots = new ArrayList<>();
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT routine_id, position FROM routine_exercises WHERE exercise_id = ? ORDER BY routine_id, position")) {
                ps.setLong(1, fromId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        slots.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                }
            }
            List<String> aliases = new ArrayList<>();
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT alias FROM exercise_aliases WHERE exercise_id = ? ORDER BY alias")) {
                ps.setLong(1, fromId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        aliases.add(rs.getString(1));
                    }
                }
            }
            for (String table : List.of("sets", "routine_exercises", "exercise_aliases")) {
                update("UPDATE " + table + " SET exercise_id = ? WHERE exercise_id = ?", intoId, fromId);
            }
            update("DELETE FROM exercises WHERE id = ?", fromId);
            boolean kept = addAlias(from.name(), intoId);
            return new ExerciseMerge(from, intoId, setIds, slots, aliases, kept);
        });
    }

    /** Undoes {@link #merge}: the exercise comes back with its id, name and regions, and everything that moved moves back. */
    public void unmerge(ExerciseMerge m) {
        journal.transaction(() -> {
            Exercise e = m.removed();
            try (PreparedStatement ps = journal.connection().prepareStatement("INSERT INTO exercises (id, name) VALUES (?, ?)")) {
                ps.setLong(1, e.id());
                ps.setString(2, e.name());
                ps.executeUpdate();
            } catch (SQLException ex) {
                if (ex.getMessage() != null && ex.getMessage().contains("UNIQUE")) {
                    throw new JournalException("The merge of '" + e.name() + "' cannot be undone: an exercise of that name exists again.");
                }
                throw ex;
            }
            save(e);
            if (m.nameKeptAsAlias()) {
                update("DELETE FROM exercise_aliases WHERE alias = ? AND exercise_id = ?", e.name(), m.intoId());
            }
            for (Long id : m.setIds()) {
                update("UPDATE sets SET exercise_id = ? WHERE id = ?", e.id(), id);
            }
            for (long[] slot : m.routineSlots()) {
                update("UPDATE routine_exercises SET exercise_id = ? WHERE routine_id = ? AND position = ?", e.id(), slot[0], slot[1]);
            }
            for (String alias : m.aliases()) {
                update("UPDATE exercise_aliases SET exercise_id = ? WHERE alias = ?", e.id(), alias);
            }
            return null;
        });
    }

    private List<Long> longs(String sql, Object... args) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = journal.connection().prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = journal.connection().prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
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
