package dev.kip.journal;

import dev.kip.domain.BodyWeight;
import dev.kip.domain.DeviceNight;
import dev.kip.domain.Factors;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Night;
import dev.kip.domain.Workout;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

/**
 * Writes many rows fast, for an import: every statement is prepared once and reused for all
 * rows, sets go in batches, and workout ids are handed out here instead of read back per row.
 * Rows whose key is already stored are left alone (and reported as not added); any other
 * constraint still fails loudly. The sets' CHECKs are tested here before a set is queued
 * ({@link SetRules}), and SQLite's own test of them is off while the queued sets are written.
 * Open it inside {@link Journal#transaction}, close it before the transaction ends: the caller's
 * transaction is what makes the whole import all or nothing.
 */
public final class BulkWriter implements AutoCloseable {

    /**
     * Sets go in multi-row INSERTs of this many rows: SQLite then opens its cursors (table, two
     * indexes, two foreign-key parents) once per statement instead of once per row, which about
     * halves the cost of a set.
     */
    private static final int SETS_PER_STATEMENT = 256;
    /**
     * Sets wait in memory until this many are due (a few MB), then go in with SQLite's CHECKs off
     * (see {@link SetRules}): turning them off and on makes SQLite recompile the statements, so
     * it is done once per this many sets, not per statement.
     */
    private static final int SETS_PER_FLUSH = 128 * SETS_PER_STATEMENT;
    private static final int MIN_SETS_TO_DEFER_INDEXES = 10_000;
    private static final List<String> SET_COLUMNS = List.of("workout_id", "exercise_id", "set_order", "set_type", "weight_kg",
            "reps");
    /**
     * Columns most imported sets leave empty (no import has an RIR; distance and time are rare): a
     * statement binds only those its sets use and leaves the others NULL, three or four binds a set
     * fewer (each a call into SQLite). Bit i of a statement's "columns used" stands for column i here.
     */
    private static final List<String> OPTIONAL_SET_COLUMNS = List.of("rpe", "rir", "distance_m", "seconds");
    private static final int ALL_OPTIONAL_COLUMNS = (1 << OPTIONAL_SET_COLUMNS.size()) - 1;
    /**
     * Helper threads SQLite may use to sort when it rebuilds the sets' indexes: on two cores with
     * other work beside it, the rebuild took a fifth less wall time with them.
     */
    private static final int SORT_THREADS = 2;
    /** A larger page cache while the import runs: fewer spills of the growing indexes (−N means N KiB). */
    private static final int IMPORT_CACHE_KIB = 64 * 1024;

    private final Journal journal;
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final PreparedStatement workout;
    private final PreparedStatement set;
    /** Multi-row statements of sets by the optional columns they bind, prepared when first needed. */
    private final PreparedStatement[] manySets = new PreparedStatement[ALL_OPTIONAL_COLUMNS + 1];
    private final PreparedStatement night;
    private final PreparedStatement factors;
    private final PreparedStatement deviceNight;
    private final PreparedStatement bodyWeight;
    private final int previousCacheSize;
    private final int previousThreads;
    private final SQLiteConnectionConfig config;
    private final boolean previousGeneratedKeys;
    private final List<String> deferredIndexes;
    /** The catalog's exercise ids: sets are checked against them here, not by SQLite (see {@link #transaction}). */
    private final Set<Long> exerciseIds = new HashSet<>();
    private long lastWorkoutId;
    private final long[] pendingWorkoutIds = new long[SETS_PER_FLUSH];
    private final LiftSet[] pendingSets = new LiftSet[SETS_PER_FLUSH];
    private int pending;

    private BulkWriter(Journal journal, long setsToCome) throws SQLException {
        this.journal = journal;
        config = journal.connection().unwrap(SQLiteConnection.class).getConnectionConfig();
        previousGeneratedKeys = config.isGetGeneratedKeys();
        try (Statement st = journal.connection().createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM workouts")) {
                lastWorkoutId = rs.getLong(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT id FROM exercises")) {
                while (rs.next()) {
                    exerciseIds.add(rs.getLong(1));
                }
            }
            try (ResultSet rs = st.executeQuery("PRAGMA cache_size")) {
                previousCacheSize = rs.getInt(1);
            }
            st.execute("PRAGMA cache_size = -" + IMPORT_CACHE_KIB);
            previousThreads = Journal.intPragma(st, "threads");
            st.execute("PRAGMA threads = " + SORT_THREADS);
            deferredIndexes = setsToCome >= MIN_SETS_TO_DEFER_INDEXES && setsToCome >= count(st, "sets")
                    ? dropIndexes(st, "sets") : List.of();
        }
        // Prepared after the indexes are dropped: SQLite would otherwise recompile them at their first run.
        // ON CONFLICT … DO NOTHING, not INSERT OR IGNORE: OR IGNORE would also drop rows that break a CHECK.
        workout = prepare("INSERT INTO workouts (id, date, start, duration_min, session_rpe, felt_heavier, name, notes, source, "
                + "source_key) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (source, source_key) DO NOTHING");
        set = prepare(insertSets(1, ALL_OPTIONAL_COLUMNS));
        night = prepare("INSERT INTO nights (date, into_bed, tried_to_sleep, sol_min, awakenings, waso_min, final_wake, "
                + "out_of_bed, quality, rested, woke_early, note, zone) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (date) DO NOTHING");
        factors = prepare("INSERT INTO factors (date, caffeine_drinks, last_caffeine, alcohol_drinks, screens, "
                + "late_hard_training, room, room_temp_c, nap_start, nap_min) VALUES (?,?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT (date) DO NOTHING");
        deviceNight = prepare("INSERT INTO device_nights (date, source, start, end, in_bed_min, asleep_min, awake_min, "
                + "core_min, deep_min, rem_min, zone) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (date, source) DO NOTHING");
        bodyWeight = prepare("INSERT INTO body_weights (date, weight_kg, source) VALUES (?,?,?) "
                + "ON CONFLICT (date, source) DO NOTHING");
        // sqlite-jdbc asks SQLite for the last rowid after every INSERT, for getGeneratedKeys: about 3 µs per workout
        // and per statement of sets. The ids are handed out here, so none needs it; off last, so a failed open leaves it on.
        config.setGetGeneratedKeys(false);
    }

    /**
     * Prepares the statements; call inside {@link Journal#transaction}. {@code setsToCome}, the
     * number of sets about to be written, decides whether the sets' indexes are rebuilt at the end
     * instead of updated row by row (faster when the import at least doubles the sets).
     */
    public static BulkWriter open(Journal journal, long setsToCome) {
        return journal.read(() -> new BulkWriter(journal, setsToCome));
    }

    /**
     * Runs an import's {@code work} in one transaction in which SQLite does not check the sets'
     * foreign keys row by row (about a tenth of a large import): a BulkWriter opened in it checks
     * them itself, since it hands out the workout ids and knows the catalog's exercise ids. Every
     * set written in this transaction must go through a BulkWriter; other tables' foreign keys are
     * checked before the commit.
     */
    public static <T> T transaction(Journal journal, Journal.SqlWork<T> work) {
        return journal.transactionVouchingFor("sets", work);
    }

    /**
     * As {@link #transaction}, rolled back at the end instead of committed, after every statement
     * and check ran: a dry run of an import that cannot say yes where the import would say no.
     */
    public static <T> T rehearsal(Journal journal, Journal.SqlWork<T> work) {
        return journal.rehearsalVouchingFor("sets", work);
    }

    private static long count(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.getLong(1);
        }
    }

    /**
     * Drops the table's indexes and returns the statements that recreate them. Inside the import's
     * transaction, so a rollback brings them back as they were; {@link #close} rebuilds them, which
     * sorts once instead of inserting into two B-trees per row (about a third of an import's time).
     */
    private static List<String> dropIndexes(Statement st, String table) throws SQLException {
        Map<String, String> indexes = new LinkedHashMap<>();
        try (ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '"
                + table + "' AND sql IS NOT NULL")) {
            while (rs.next()) {
                indexes.put(rs.getString(1), rs.getString(2));
            }
        }
        for (String name : indexes.keySet()) {
            st.execute("DROP INDEX \"" + name + "\"");
        }
        return List.copyOf(indexes.values());
    }

    /** An INSERT of {@code rows} sets, each with {@link #SET_COLUMNS} and the optional ones in {@code optional}. */
    private static String insertSets(int rows, int optional) {
        List<String> columns = new ArrayList<>(SET_COLUMNS);
        for (int i = 0; i < OPTIONAL_SET_COLUMNS.size(); i++) {
            if ((optional & 1 << i) != 0) {
                columns.add(OPTIONAL_SET_COLUMNS.get(i));
            }
        }
        String row = "(" + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        return "INSERT INTO sets (" + String.join(", ", columns) + ") VALUES " + String.join(",", Collections.nCopies(rows, row));
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = journal.connection().prepareStatement(sql);
        statements.add(ps);
        return ps;
    }

    /**
     * Adds the workout (id null) and its sets; false when its (source, source key) is already stored.
     *
     * @throws SQLException when a set names an exercise id that is not in the catalog
     */
    public boolean workout(Workout w) throws SQLException {
        for (LiftSet s : w.sets()) {
            if (!exerciseIds.contains(s.exerciseId())) {
                throw new SQLException("FOREIGN KEY constraint failed: a set of the workout of " + w.date() + " ("
                        + w.sourceKey() + ") refers to exercise id " + s.exerciseId() + ", which is not in the catalog");
            }
            SetRules.check(s);
        }
        long id = lastWorkoutId + 1;
        workout.setLong(1, id);
        workout.setString(2, w.date().toString());
        workout.setString(3, Sql.time(w.start()));
        setInteger(workout, 4, w.durationMin());
        setReal(workout, 5, w.sessionRpe());
        workout.setInt(6, w.feltHeavier() ? 1 : 0);
        workout.setString(7, w.name());
        workout.setString(8, w.notes());
        workout.setString(9, w.source());
        workout.setString(10, w.sourceKey());
        if (workout.executeUpdate() == 0) {
            return false;
        }
        lastWorkoutId = id;
        for (LiftSet s : w.sets()) {
            pendingWorkoutIds[pending] = id;
            pendingSets[pending] = s;
            if (++pending == SETS_PER_FLUSH) {
                flushSets();
            }
        }
        return true;
    }

    /** Adds the night; false when that date already has one. */
    public boolean night(Night n) throws SQLException {
        Sql.bind(night, n.date(), n.intoBed(), n.triedToSleep(), n.solMin(), n.awakenings(), n.wasoMin(), n.finalWake(),
                n.outOfBed(), n.quality(), n.rested(), n.wokeEarly(), n.note(), n.zone());
        return night.executeUpdate() > 0;
    }

    /** Adds the factors; false when that date already has some. */
    public boolean factors(Factors f) throws SQLException {
        Sql.bind(factors, f.date(), f.caffeineDrinks(), f.lastCaffeine(), f.alcoholDrinks(), f.screens(), f.lateHardTraining(),
                f.room(), f.roomTempC(), f.napStart(), f.napMin());
        return factors.executeUpdate() > 0;
    }

    /** Adds the device night; false when that date already has one from the same source. */
    public boolean deviceNight(DeviceNight n) throws SQLException {
        Sql.bind(deviceNight, n.date(), n.source(), n.start().toString(), n.end().toString(), n.inBedMin(), n.asleepMin(),
                n.awakeMin(), n.coreMin(), n.deepMin(), n.remMin(), n.zone().getId());
        return deviceNight.executeUpdate() > 0;
    }

    /** Adds the body weight; false when that date already has one from the same source. */
    public boolean bodyWeight(BodyWeight w) throws SQLException {
        Sql.bind(bodyWeight, w.date(), w.kg(), w.source());
        return bodyWeight.executeUpdate() > 0;
    }

    /**
     * Binds pending sets {@code from} … {@code from + count − 1} to the statement's parameters:
     * {@link #SET_COLUMNS}, then the optional ones in {@code optional}.
     */
    private void bindSets(PreparedStatement ps, int from, int count, int optional) throws SQLException {
        int p = 1;
        for (int i = from; i < from + count; i++) {
            LiftSet s = pendingSets[i];
            ps.setLong(p++, pendingWorkoutIds[i]);
            ps.setLong(p++, s.exerciseId());
            ps.setInt(p++, s.order());
            ps.setString(p++, s.type().name());
            setReal(ps, p++, s.weightKg());
            setInteger(ps, p++, s.reps());
            if ((optional & 1) != 0) {
                setReal(ps, p++, s.rpe());
            }
            if ((optional & 2) != 0) {
                setInteger(ps, p++, s.rir());
            }
            if ((optional & 4) != 0) {
                setReal(ps, p++, s.distanceM());
            }
            if ((optional & 8) != 0) {
                setInteger(ps, p++, s.seconds());
            }
        }
    }

    /** The optional columns (bits as in {@link #OPTIONAL_SET_COLUMNS}) pending sets {@code from} … {@code from + count − 1} use. */
    private int optionalColumnsUsed(int from, int count) {
        int used = 0;
        for (int i = from; i < from + count; i++) {
            LiftSet s = pendingSets[i];
            used |= (s.rpe() != null ? 1 : 0) | (s.rir() != null ? 2 : 0) | (s.distanceM() != null ? 4 : 0) | (s.seconds() != null ? 8 : 0);
        }
        return used;
    }

    /**
     * Writes the pending sets, as many as fill whole statements in multi-row ones and the rest one
     * row at a time, with SQLite's CHECKs off: {@link #workout} tested them ({@link SetRules}). Only
     * the sets' statements run while they are off.
     */
    private void flushSets() throws SQLException {
        if (pending == 0) {
            return;
        }
        try (Statement st = journal.connection().createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = ON");
            try {
                int whole = pending - pending % SETS_PER_STATEMENT;
                for (int i = 0; i < whole; i += SETS_PER_STATEMENT) {
                    int optional = optionalColumnsUsed(i, SETS_PER_STATEMENT);
                    if (manySets[optional] == null) {
                        manySets[optional] = prepare(insertSets(SETS_PER_STATEMENT, optional));
                    }
                    bindSets(manySets[optional], i, SETS_PER_STATEMENT, optional);
                    manySets[optional].executeUpdate();
                }
                for (int i = whole; i < pending; i++) {
                    bindSets(set, i, 1, ALL_OPTIONAL_COLUMNS);
                    set.executeUpdate();
                }
            } finally {
                st.execute("PRAGMA ignore_check_constraints = OFF");
            }
        }
        Arrays.fill(pendingSets, 0, pending, null);
        pending = 0;
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setReal(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    /** Writes the sets still waiting in the batch, restores the page cache and frees the statements. */
    @Override
    public void close() {
        journal.read(() -> {
            try {
                flushSets();
            } finally {
                config.setGetGeneratedKeys(previousGeneratedKeys);
                for (PreparedStatement ps : statements) {
                    ps.close();
                }
                try (Statement st = journal.connection().createStatement()) {
                    for (String sql : deferredIndexes) {
                        st.execute(sql);
                    }
                    st.execute("PRAGMA cache_size = " + previousCacheSize);
                    st.execute("PRAGMA threads = " + previousThreads);
                }
            }
            return null;
        });
    }
}
