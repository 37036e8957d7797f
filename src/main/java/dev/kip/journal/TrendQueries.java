package dev.kip.journal;

import dev.kip.domain.JournalExtent;
import dev.kip.domain.LiftChoice;
import dev.kip.domain.NightSleep;
import dev.kip.domain.RegionDay;
import dev.kip.domain.TopSet;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The aggregates behind Trends, Today's recovery check and {@code kip trends}: each is one
 * parameterised query over a date range that uses the date indexes and aggregates in SQL, so a
 * ten-year journal hands over thousands of rows, not the tens of thousands of sets behind them.
 */
public final class TrendQueries {

    /** The sets insight's E1rm counts: warm-ups and sets without weight or reps never do. */
    private static final String WORK_SET = "s.set_type <> 'WARM_UP' AND s.weight_kg > 0 AND s.reps > 0";

    private final Journal journal;
    private final ExerciseStore exercises;

    public TrendQueries(Journal journal) {
        this.journal = journal;
        this.exercises = new ExerciseStore(journal);
    }

    /** The first and last date holding any night, device night, workout or mark; empty for an empty journal. */
    public Optional<JournalExtent> extent() {
        return journal.read(() -> {
            String sql = "SELECT min(d), max(d) FROM ("
                    + "SELECT min(date) AS d FROM nights UNION ALL SELECT max(date) FROM nights "
                    + "UNION ALL SELECT min(date) FROM device_nights UNION ALL SELECT max(date) FROM device_nights "
                    + "UNION ALL SELECT min(date) FROM workouts UNION ALL SELECT max(date) FROM workouts "
                    + "UNION ALL SELECT min(date) FROM body_marks UNION ALL SELECT max(date) FROM body_marks)";
            try (PreparedStatement ps = journal.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                String first = rs.getString(1);
                return first == null ? Optional.empty()
                        : Optional.of(new JournalExtent(Sql.parseDate(first), Sql.parseDate(rs.getString(2))));
            }
        });
    }

    /** The main lifts present in the catalog: their exercise ids. */
    public Set<Long> mainLiftIds() {
        return new TreeSet<>(MainLifts.ids(exercises).values());
    }

    /** Exercises with weighted work sets, the main lifts first, then by how often they were trained. */
    public List<LiftChoice> liftChoices() {
        Set<Long> main = mainLiftIds();
        List<LiftChoice> choices = journal.read(() -> {
            List<LiftChoice> out = new ArrayList<>();
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT e.id, e.name, count(DISTINCT s.workout_id) FROM sets s JOIN exercises e ON e.id = s.exercise_id"
                            + " WHERE " + WORK_SET + " GROUP BY e.id ORDER BY count(DISTINCT s.workout_id) DESC, e.name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LiftChoice(rs.getLong(1), rs.getString(2), rs.getInt(3)));
                }
            }
            return out;
        });
        List<LiftChoice> ordered = new ArrayList<>(choices.stream().filter(c -> main.contains(c.id())).toList());
        ordered.addAll(choices.stream().filter(c -> !main.contains(c.id())).toList());
        return ordered;
    }

    /**
     * One device night per date: the longest asleep time among the sources, with that recording's
     * end as the wake time. A night whose asleep time no source knows (time in bed only) is left
     * out, never read as 0.
     */
    public List<NightSleep> deviceSleep(LocalDate from, LocalDate to) {
        // SQLite returns the bare column "end" from the row holding the max(); max() passes over NULLs.
        return query("SELECT date, max(asleep_min), end FROM device_nights WHERE date BETWEEN ? AND ? GROUP BY date"
                        + " HAVING max(asleep_min) IS NOT NULL ORDER BY date",
                rs -> new NightSleep(Sql.parseDate(rs.getString(1)), rs.getInt(2),
                        LocalDateTime.parse(rs.getString(3)).toLocalTime(), false), from, to);
    }

    /**
     * The top sets (the heaviest weight per number of reps, work sets only) of each session on each
     * of {@code exerciseIds}, oldest first: what insight's E1rm needs to find each session's best
     * under either formula, a few rows per session instead of every set.
     */
    public List<TopSet> topSets(LocalDate from, LocalDate to, Collection<Long> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", Collections.nCopies(exerciseIds.size(), "?"));
        List<Object> args = new ArrayList<>(List.of(from, to));
        args.addAll(exerciseIds);
        return query("SELECT w.date, w.id, s.exercise_id, s.reps, MAX(s.weight_kg)"
                        // CROSS JOIN keeps workouts as the outer loop, so a short range is read through the
                        // date index rather than through every set of these exercises in the journal.
                        + " FROM workouts w CROSS JOIN sets s ON s.workout_id = w.id"
                        + " WHERE w.date BETWEEN ? AND ? AND s.exercise_id IN (" + in + ") AND " + WORK_SET
                        + " GROUP BY w.id, s.exercise_id, s.reps ORDER BY w.date, w.id, s.exercise_id, s.reps",
                rs -> new TopSet(Sql.parseDate(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getDouble(5)),
                args.toArray());
    }

    /** Soreness and pain per region and day (the highest of each kind), oldest first. */
    public List<RegionDay> regionDays(LocalDate from, LocalDate to) {
        return query("SELECT date, region_id, max(CASE WHEN kind = 'SORENESS' THEN level ELSE 0 END),"
                        + " max(CASE WHEN kind = 'PAIN' THEN level ELSE 0 END) FROM body_marks WHERE date BETWEEN ? AND ?"
                        + " GROUP BY date, region_id ORDER BY date, region_id",
                rs -> new RegionDay(Sql.parseDate(rs.getString(1)), Sql.regionId(rs.getString(2)), rs.getInt(3), rs.getInt(4)), from, to);
    }

    /** Days each main lift was last trained on or before {@code asOf}, by lift name; lifts never trained are absent. */
    public Map<String, LocalDate> lastTrained(LocalDate asOf) {
        Map<String, LocalDate> out = new LinkedHashMap<>();
        MainLifts.ids(exercises).forEach((lift, id) -> journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT max(w.date) FROM sets s JOIN workouts w ON w.id = s.workout_id WHERE s.exercise_id = ? AND w.date <= ?")) {
                Sql.bind(ps, id, asOf);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.getString(1) != null) {
                        out.put(lift.exerciseName(), Sql.parseDate(rs.getString(1)));
                    }
                }
            }
            return null;
        }));
        return out;
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(sql)) {
                Sql.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(row.map(rs));
                    }
                    return out;
                }
            }
        });
    }
}
