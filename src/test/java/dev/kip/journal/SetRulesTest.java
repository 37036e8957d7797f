package dev.kip.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Workout;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BulkWriter writes sets with SQLite's CHECKs off and tests them itself ({@link SetRules}): the
 * rules must be the schema's, and judge every value as SQLite does.
 */
class SetRulesTest {

    private static final Double[] REALS = {null, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -1e9, -0.5,
        -0.0, 0.0, 0.5, 1.0, 9.99, 10.0, 10.5, 999.99, 1000.0, 1000.01, 86_400.0, 999_999.9, 1_000_000.0, 1_000_000.1};
    private static final Integer[] INTS = {null, Integer.MIN_VALUE, -1, 0, 1, 9, 10, 11, 999, 1000, 1001, 86_400, 86_401,
        Integer.MAX_VALUE};

    @TempDir
    Path dir;

    @Test
    void theRulesAreTheSetsTablesChecks() {
        try (Journal j = Journal.open(dir.resolve("j.db"))) {
            String sql = j.read(() -> {
                try (Statement st = j.connection().createStatement();
                     ResultSet rs = st.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'sets'")) {
                    return rs.getString(1);
                }
            });
            assertThat(checks(sql)).containsExactlyInAnyOrderElementsOf(SetRules.checks());
        }
    }

    @Test
    void everySetTypeIsOneTheSchemaAllows() {
        assertThat(SetRules.checks()).contains("set_type IN (" + String.join(", ",
                Arrays.stream(SetType.values()).map(t -> "'" + t.name() + "'").toList()) + ")");
    }

    @Test
    void theRulesJudgeEveryValueAsSqliteDoes() {
        try (Journal j = Journal.open(dir.resolve("j.db"))) {
            long exercise = j.read(() -> {
                try (Statement st = j.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT min(id) FROM exercises")) {
                    return rs.getLong(1);
                }
            });
            List<LiftSet> sets = new ArrayList<>();
            for (int order : new int[] {-1, 0, 1}) {
                sets.add(new LiftSet(exercise, order, SetType.WORKING, null, null, null, null, null, null));
            }
            for (Double v : REALS) {
                sets.add(new LiftSet(exercise, 1, SetType.DROP, v, null, null, null, null, null));
                sets.add(new LiftSet(exercise, 1, SetType.DROP, null, null, v, null, null, null));
                sets.add(new LiftSet(exercise, 1, SetType.DROP, null, null, null, null, v, null));
            }
            for (Integer v : INTS) {
                sets.add(new LiftSet(exercise, 1, SetType.FAILURE, null, v, null, null, null, null));
                sets.add(new LiftSet(exercise, 1, SetType.FAILURE, null, null, null, v, null, null));
                sets.add(new LiftSet(exercise, 1, SetType.FAILURE, null, null, null, null, null, v));
            }
            j.transaction(() -> {
                try (Statement st = j.connection().createStatement()) {
                    st.execute("INSERT INTO workouts (id, date) VALUES (1, '2024-03-01')");
                }
                try (PreparedStatement ps = j.connection().prepareStatement("INSERT INTO sets (workout_id, exercise_id, set_order, "
                        + "set_type, weight_kg, reps, rpe, rir, distance_m, seconds) VALUES (1,?,?,?,?,?,?,?,?,?)")) {
                    for (LiftSet s : sets) {
                        assertThat(rulesAccept(s)).as("%s", s).isEqualTo(sqliteAccepts(ps, s));
                    }
                }
                return null;
            });
        }
    }

    @Test
    void anImportOfASetBreakingACheckFailsWhole() {
        try (Journal j = Journal.open(dir.resolve("j.db"))) {
            long exercise = j.read(() -> {
                try (Statement st = j.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT min(id) FROM exercises")) {
                    return rs.getLong(1);
                }
            });
            Workout bad = new Workout(null, LocalDate.of(2024, 3, 1), LocalTime.of(7, 30), 60, null, false, "Push", "", "strong", "w2",
                    List.of(new LiftSet(exercise, 1, SetType.WORKING, 1000.5, 5, null, null)));
            assertThatThrownBy(() -> BulkWriter.transaction(j, () -> {
                try (BulkWriter bulk = BulkWriter.open(j, 1)) {
                    bulk.workout(new Workout(null, LocalDate.of(2024, 3, 1), null, null, null, false, "", "", "strong", "w1",
                            List.of(new LiftSet(exercise, 1, SetType.WORKING, 100.0, 5, null, null))));
                    bulk.workout(bad);
                }
                return null;
            })).isInstanceOf(JournalException.class).hasMessageContaining("CHECK constraint failed: weight_kg BETWEEN 0 AND 1000");
            assertThat(j.read(() -> {
                try (Statement st = j.connection().createStatement();
                     ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM sets) + (SELECT count(*) FROM workouts)")) {
                    return rs.getLong(1);
                }
            })).isZero();
            // SQLite tests the CHECKs again after the import.
            assertThatThrownBy(() -> j.transaction(() -> {
                try (Statement st = j.connection().createStatement()) {
                    st.execute("INSERT INTO workouts (id, date) VALUES (1, '2024-03-01')");
                    st.execute("INSERT INTO sets (workout_id, exercise_id, set_order, set_type, reps) VALUES (1, " + exercise
                            + ", 1, 'WORKING', 1001)");
                }
                return null;
            })).isInstanceOf(JournalException.class).hasMessageContaining("reps BETWEEN 0 AND 1000");
        }
    }

    /** What each "CHECK (…)" of a CREATE TABLE holds, its parentheses balanced. */
    private static List<String> checks(String createTable) {
        List<String> checks = new ArrayList<>();
        for (int at = createTable.indexOf("CHECK ("); at >= 0; at = createTable.indexOf("CHECK (", at + 1)) {
            int start = at + "CHECK (".length();
            int depth = 1;
            int i = start;
            for (; depth > 0; i++) {
                char c = createTable.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            checks.add(createTable.substring(start, i - 1));
        }
        return checks;
    }

    private static boolean rulesAccept(LiftSet s) {
        try {
            SetRules.check(s);
            return true;
        } catch (SQLException e) {
            assertThat(Journal.isRuleBroken(e)).isTrue();
            return false;
        }
    }

    private static boolean sqliteAccepts(PreparedStatement ps, LiftSet s) throws SQLException {
        ps.setLong(1, s.exerciseId());
        ps.setInt(2, s.order());
        ps.setString(3, s.type().name());
        setReal(ps, 4, s.weightKg());
        setInteger(ps, 5, s.reps());
        setReal(ps, 6, s.rpe());
        setInteger(ps, 7, s.rir());
        setReal(ps, 8, s.distanceM());
        setInteger(ps, 9, s.seconds());
        try {
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            assertThat(Journal.isRuleBroken(e)).isTrue();
            return false;
        }
    }

    private static void setReal(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
