package dev.kip.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.DeviceNight;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration 004 on a journal that imported iPhone-only nights before it: asleep 0 with no stage becomes unknown. */
class TimedSetsAndUnknownSleepMigrationTest {
    @TempDir
    Path dir;

    @Test
    void inBedOnlyNightsStoredAsZeroBecomeUnknown_othersKeepTheirMinutes() throws Exception {
        Path file = dir.resolve("journal.db");
        Journal.open(file).close();
        // Back to the schema before 004, holding what the old import wrote.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TABLE exercise_aliases");
            st.execute("ALTER TABLE sets DROP COLUMN distance_m");
            st.execute("ALTER TABLE sets DROP COLUMN seconds");
            st.execute("DROP TABLE device_nights");
            st.execute("CREATE TABLE device_nights (date TEXT NOT NULL, source TEXT NOT NULL, start TEXT NOT NULL, end TEXT NOT NULL,"
                    + " in_bed_min INTEGER NOT NULL, asleep_min INTEGER NOT NULL, awake_min INTEGER NOT NULL, core_min INTEGER NOT NULL,"
                    + " deep_min INTEGER NOT NULL, rem_min INTEGER NOT NULL, PRIMARY KEY (date, source))");
            st.execute("INSERT INTO device_nights VALUES ('2024-03-05', 'phone', '2024-03-04T23:10', '2024-03-05T06:40', 450, 0, 0, 0, 0, 0)");
            st.execute("INSERT INTO device_nights VALUES ('2024-03-06', 'watch', '2024-03-05T23:10', '2024-03-06T06:40', 450, 420, 30, 250,"
                    + " 60, 110)");
            // and without what the migrations after 004 add (they run again)
            st.execute("DROP TABLE routine_exercises");
            st.execute("DROP TABLE routines");
            st.execute("PRAGMA user_version = " + (Migrations.versionOf("004-timed-sets-unknown-sleep-aliases.sql") - 1));
        }

        try (Journal journal = Journal.open(file)) {
            assertThat(journal.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(new DeviceNightStore(journal).between(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)))
                    .extracting(DeviceNight::date, DeviceNight::asleepMin)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 5), null),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 6), 420));
        }
    }
}
