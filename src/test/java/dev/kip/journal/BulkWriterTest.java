package dev.kip.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kip.domain.Exercise;
import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Workout;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import transaction leaves the sets' foreign keys to BulkWriter: it must still refuse a bad reference. */
class BulkWriterTest {

    @TempDir
    Path dir;

    private static Workout workoutWith(long exerciseId, String key) {
        return new Workout(null, LocalDate.of(2024, 3, 1), LocalTime.of(7, 30), 60, null, false, "Push", "", "strong", key,
                List.of(new LiftSet(exerciseId, 0, SetType.WORKING, 100.0, 5, null, null)));
    }

    private static long count(Journal j, String table) {
        return j.read(() -> {
            try (Statement st = j.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                return rs.getLong(1);
            }
        });
    }

    private static long firstExerciseId(Journal j) {
        return j.read(() -> {
            try (Statement st = j.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT min(id) FROM exercises")) {
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aSetNamingAMissingExerciseFailsTheWholeImport() {
        try (Journal j = Journal.open(dir.resolve("j.db"))) {
            long good = firstExerciseId(j);
            assertThatThrownBy(() -> BulkWriter.transaction(j, () -> {
                try (BulkWriter bulk = BulkWriter.open(j, 2)) {
                    bulk.workout(workoutWith(good, "w1"));
                    bulk.workout(workoutWith(999_999, "w2"));
                }
                return null;
            })).isInstanceOf(JournalException.class).hasMessageContaining("exercise id 999999").hasMessageContaining("w2");
            // All or nothing: the good workout before it is rolled back too.
            assertThat(count(j, "workouts")).isZero();
            assertThat(count(j, "sets")).isZero();
        }
    }

    @Test
    void everySetComesBackAsWrittenWhateverStatementCarriedIt() {
        try (Journal j = Journal.open(dir.resolve("j.db"))) {
            long exercise = firstExerciseId(j);
            // Statements of sets with none, some or all of RPE, RIR, distance and time, and single rows after them.
            List<LiftSet> written = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                boolean some = i >= 256;
                written.add(new LiftSet(exercise, i, SetType.values()[i % 4], i % 3 == 0 ? null : i / 10.0, i % 5 == 0 ? null : i % 1000,
                        some && i % 2 == 0 ? 8.5 : null, some && i % 97 == 0 ? 2 : null, some && i > 600 && i % 5 == 0 ? 1000.0 + i : null,
                        some && i > 700 && i % 7 == 0 ? 60 + i : null));
            }
            BulkWriter.transaction(j, () -> {
                try (BulkWriter bulk = BulkWriter.open(j, written.size())) {
                    bulk.workout(new Workout(null, LocalDate.of(2024, 3, 1), null, null, null, false, "", "", "strong", "w1",
                            written.subList(0, 700)));
                    bulk.workout(new Workout(null, LocalDate.of(2024, 3, 2), null, null, null, false, "", "", "strong", "w2",
                            written.subList(700, written.size())));
                }
                return null;
            });
            List<LiftSet> read = j.read(() -> {
                List<LiftSet> sets = new ArrayList<>();
                try (Statement st = j.connection().createStatement();
                     ResultSet rs = st.executeQuery("SELECT exercise_id, set_order, set_type, weight_kg, reps, rpe, rir, distance_m, "
                             + "seconds FROM sets ORDER BY id")) {
                    while (rs.next()) {
                        sets.add(new LiftSet(rs.getLong(1), rs.getInt(2), SetType.valueOf(rs.getString(3)), real(rs, 4),
                                integer(rs, 5), real(rs, 6), integer(rs, 7), real(rs, 8), integer(rs, 9)));
                    }
                }
                return sets;
            });
            assertThat(read).containsExactlyElementsOf(written);
        }
    }

    private static Double real(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    @Test
    void storesGetTheIdsOfNewRowsAgainAfterTheImport() {
        try (Journal j = Journal.open(dir.resolve("j.db"))) {
            long good = firstExerciseId(j);
            BulkWriter.transaction(j, () -> {
                try (BulkWriter bulk = BulkWriter.open(j, 1)) {
                    bulk.workout(workoutWith(good, "w1"));
                }
                return null;
            });
            Exercise saved = new ExerciseStore(j).save(new Exercise(null, "Zercher Squat", List.of()));
            assertThat(saved.id()).isNotNull().isGreaterThan(good);
        }
    }

    @Test
    void otherTablesForeignKeysAreStillCheckedBeforeTheCommit() {
        try (Journal j = Journal.open(dir.resolve("j.db"))) {
            long regionsBefore = count(j, "exercise_regions");
            assertThatThrownBy(() -> BulkWriter.transaction(j, () -> {
                try (Statement st = j.connection().createStatement()) {
                    st.execute("INSERT INTO exercise_regions (exercise_id, region_id, weight) VALUES (999999, 'FRONT.CHEST', 1.0)");
                }
                return null;
            })).isInstanceOf(JournalException.class).hasMessageContaining("exercise_regions");
            assertThat(count(j, "exercise_regions")).isEqualTo(regionsBefore);
        }
    }

    @Test
    void foreignKeysAreEnforcedAgainAfterTheImport() {
        try (Journal j = Journal.open(dir.resolve("j.db"))) {
            long good = firstExerciseId(j);
            BulkWriter.transaction(j, () -> {
                try (BulkWriter bulk = BulkWriter.open(j, 1)) {
                    assertThat(bulk.workout(workoutWith(good, "w1"))).isTrue();
                }
                return null;
            });
            assertThat(count(j, "sets")).isEqualTo(1);
            // Outside the import, SQLite itself refuses the same bad reference.
            assertThatThrownBy(() -> j.transaction(() -> {
                try (Statement st = j.connection().createStatement()) {
                    st.execute("INSERT INTO sets (workout_id, exercise_id, set_order, set_type) VALUES (1, 999999, 1, 'WORKING')");
                }
                return null;
            })).isInstanceOf(JournalException.class).hasMessageContaining("FOREIGN KEY");
        }
    }
}
