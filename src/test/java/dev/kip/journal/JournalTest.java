package dev.kip.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kip.domain.DeviceNight;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path dir;

    @Test
    void createsANewJournalAtTheLatestSchemaWithPrivateModes() throws Exception {
        Path file = dir.resolve("sub/folder/journal.db");
        try (Journal j = Journal.open(file)) {
            assertThat(j.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(j.integrityProblems()).isEmpty();
        }
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(file.getParent())).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    }

    @Test
    void nightsStoredBeforeZonesAreStampedWithTheZoneAtMigrationTime() throws Exception {
        Path file = dir.resolve("zones.db");
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (Migrations.Step step : Migrations.after(0, tokyo)) {
                boolean addsZone = step.statements().stream().anyMatch(s -> s.contains("ALTER TABLE nights ADD COLUMN zone"));
                if (addsZone) {
                    st.execute("INSERT INTO nights (date, into_bed, tried_to_sleep, sol_min, awakenings, waso_min, final_wake, "
                            + "out_of_bed, quality, rested) VALUES ('2024-03-31', '23:00', '23:00', 0, 0, 0, '07:00', '07:00', 3, 3)");
                }
                for (String sql : step.statements()) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + step.version());
            }
            st.execute("PRAGMA application_id = " + Journal.APPLICATION_ID);
        }
        try (Journal j = Journal.open(file)) {
            assertThat(new NightStore(j).find(LocalDate.of(2024, 3, 31)).orElseThrow().zone()).isEqualTo(tokyo);
        }
    }

    @Test
    void deviceNightsStoredBeforeTheirZoneAreStampedWithTheZoneAtMigrationTime_newOnesKeepTheirOwn() throws Exception {
        Path file = dir.resolve("device-zones.db");
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (Migrations.Step step : Migrations.after(0, tokyo)) {
                if (step.version() == Migrations.versionOf("009-device-night-zone.sql")) {
                    st.execute("INSERT INTO device_nights (date, source, start, end, in_bed_min, asleep_min, awake_min, core_min,"
                            + " deep_min, rem_min) VALUES ('2024-03-31', 'Garmin', '2024-03-30T23:00', '2024-03-31T07:00', 420,"
                            + " 400, 20, 300, 100, 0)");
                }
                for (String sql : step.statements()) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + step.version());
            }
            st.execute("PRAGMA application_id = " + Journal.APPLICATION_ID);
        }
        LocalDate day = LocalDate.of(2024, 3, 31);
        try (Journal j = Journal.open(file)) {
            DeviceNightStore store = new DeviceNightStore(j);
            assertThat(store.between(day, day)).extracting(DeviceNight::zone).containsExactly(tokyo);
            store.insertIfAbsent(new DeviceNight(day, "Oura", day.minusDays(1).atTime(23, 0), day.atTime(7, 0), 420, 400, 20, 300,
                    100, 0, ZoneId.of("-05:00")));
            assertThat(store.between(day, day)).extracting(DeviceNight::source, DeviceNight::zone).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Garmin", tokyo), org.assertj.core.groups.Tuple.tuple("Oura", ZoneId.of("-05:00")));
        }
    }

    @Test
    void migratesAnEmptyFile() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (Journal j = Journal.open(file)) {
            assertThat(j.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void reopensAndUsesWalWithForeignKeys() throws Exception {
        Path file = dir.resolve("j.db");
        Journal.open(file).close();
        try (Journal j = Journal.open(file)) {
            j.read(() -> {
                try (Statement st = j.connection().createStatement()) {
                    assertThat(st.executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
                    assertThat(st.executeQuery("PRAGMA foreign_keys").getInt(1)).isEqualTo(1);
                    assertThat(st.executeQuery("PRAGMA synchronous").getInt(1)).isEqualTo(2);
                }
                return null;
            });
        }
    }

    @Test
    void refusesASecondOpenOfTheSameJournal() {
        Path file = dir.resolve("j.db");
        try (Journal first = Journal.open(file, Journal.WINDOW)) {
            assertThatThrownBy(() -> Journal.open(file)).isInstanceOf(JournalInUseException.class)
                    .hasMessageContaining("is open in a Kip window (process " + ProcessHandle.current().pid() + ")")
                    .hasMessageContaining("Close that window first");
        }
        try (Journal first = Journal.open(file, "kip import")) {
            assertThatThrownBy(() -> Journal.open(file, Journal.WINDOW)).isInstanceOf(JournalInUseException.class)
                    .hasMessageContaining("is in use by 'kip import' (process " + ProcessHandle.current().pid() + "), which is still running")
                    .hasMessageNotContaining("window");
        }
        Journal.open(file).close();
    }

    @Test
    void refusesAFileThatIsNotADatabaseAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "my training notes, not a database\n");
        assertUnchangedAfterRefusal(file, "is not a Kip journal (it is not an SQLite database)");
    }

    @Test
    void refusesAnotherAppsSqliteDatabase() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
        }
        assertUnchangedAfterRefusal(file, "is an SQLite database but not a Kip journal");
    }

    @Test
    void refusesAJournalFromANewerKip() throws Exception {
        Path file = dir.resolve("newer.db");
        Journal.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA user_version = 99");
        }
        assertUnchangedAfterRefusal(file, "was written by a newer Kip");
    }

    @Test
    void refusesACorruptJournalAndNamesItsBackups() throws Exception {
        Path file = dir.resolve("broken.db");
        try (Journal j = Journal.open(file)) {
            j.backupTo(Backups.folderOf(file).resolve("broken-2026-11-01.db"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            // Page 2 onwards holds the schema's tables: scribble over it.
            raf.seek(4096);
            raf.write(new byte[4096 * 2]);
            for (int i = 0; i < 64; i++) {
                raf.write("garbage!".getBytes());
            }
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Journal.open(file)).isInstanceOf(CorruptJournalException.class)
                .hasMessageContaining("is damaged").hasMessageContaining("The newest good backup is")
                .satisfies(e -> assertThat(((CorruptJournalException) e).newestGoodBackup()).isPresent());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void refusesAReadOnlyJournal() throws Exception {
        Path file = dir.resolve("ro.db");
        Journal.open(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        assertUnchangedAfterRefusal(file, "is read-only");
    }

    @Test
    void keepsABackupBeforeMigratingAnOlderJournal() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : Migrations.after(0, ZoneId.of("Europe/Berlin")).get(0).statements()) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = 1");
            st.execute("PRAGMA application_id = " + Journal.APPLICATION_ID);
            st.execute("INSERT INTO settings (key, value) VALUES ('reportName', 'Zoë')");
        }
        try (Journal j = Journal.open(file)) {
            assertThat(j.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(new SettingsStore(j).get("reportName")).contains("Zoë");
        }
        if (Migrations.latestVersion() > 1) {
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("old.db.before-schema-2-"));
            }
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Journal j = Journal.open(dir.resolve("t.db"))) {
            SettingsStore settings = new SettingsStore(j);
            assertThatThrownBy(() -> j.transaction(() -> {
                settings.put("a", "1");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(settings.get("a")).isEmpty();
        }
    }

    private static void assertUnchangedAfterRefusal(Path file, String message) throws Exception {
        byte[] before = Files.readAllBytes(file);
        Set<String> siblingsBefore = siblings(file);
        assertThatThrownBy(() -> Journal.open(file)).isInstanceOf(JournalException.class)
                .hasMessageContaining(file.getFileName().toString()).hasMessageContaining(message);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(siblings(file)).isEqualTo(siblingsBefore);
    }

    private static Set<String> siblings(Path file) throws Exception {
        try (var files = Files.list(file.getParent())) {
            return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }
}
