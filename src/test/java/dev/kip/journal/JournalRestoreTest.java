package dev.kip.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalRestoreTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Clock CLOCK = Clock.fixed(DAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));

    @TempDir
    Path dir;
    Path file;
    Path backup;
    Map<String, List<List<Object>>> atBackup;
    JournalRestore restore;

    @BeforeEach
    void journalWithABackupAndLaterChanges() throws Exception {
        file = dir.resolve("journal.db");
        BackupService service = new BackupService(CLOCK);
        restore = new JournalRestore(service, CLOCK);
        try (Journal j = Journal.open(file)) {
            JournalFixtures.fill(j, DAY.minusDays(1), 20);
            backup = service.dailyBackup(j).orElseThrow();
        }
        atBackup = JournalFixtures.dump(file);
        try (Journal j = Journal.open(file)) {
            new NightStore(j).delete(DAY.minusDays(1));
            JournalFixtures.fill(j, DAY.plusDays(30), 5);
        }
        assertThat(JournalFixtures.dump(file)).isNotEqualTo(atBackup);
    }

    @Test
    void restoreGivesBackIdenticalContentAndBacksUpTheJournalFirst() throws Exception {
        Map<String, List<List<Object>>> beforeRestore = JournalFixtures.dump(file);
        JournalRestore.Result result = restore.restore(file, backup);
        assertThat(JournalFixtures.dump(file)).isEqualTo(atBackup);
        assertThat(result.keptDamaged()).isFalse();
        assertThat(result.keptAs().getFileName()).hasToString("journal-2026-03-02-093000-before-restore.db");
        assertThat(JournalFixtures.dump(result.keptAs())).isEqualTo(beforeRestore);
        assertThat(result.describe()).contains("Restored " + file + " from " + backup).contains("backed up in " + result.keptAs());
        // The restored journal opens and is sound; no temporary files are left.
        try (Journal j = Journal.open(file)) {
            assertThat(new JournalCheck(j).findings()).isEmpty();
        }
        assertThat(JournalFixtures.names(dir)).containsExactly("backups", "journal.db", "journal.db.lock");
    }

    @Test
    void staleWalAndShmFilesAreNotReplayedIntoTheRestoredJournal() throws Exception {
        // The journal as a crash leaves it: the main file without the last write, which sits in -wal.
        Path crashed = Files.createDirectories(dir.resolve("crash"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = 0");
            st.execute("INSERT INTO settings (key, value) VALUES ('fromTheWal', 'yes')");
            for (String side : List.of("", "-wal", "-shm")) {
                Files.copy(dir.resolve("journal.db" + side), crashed.resolve("journal.db" + side));
            }
        }
        for (String side : List.of("", "-wal", "-shm")) {
            Files.copy(crashed.resolve("journal.db" + side), dir.resolve("journal.db" + side), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        JournalFixtures.lockAsAKilledKipLeavesIt(file);
        JournalRestore.Result result = restore.restore(file, backup);
        assertThat(JournalFixtures.names(dir)).doesNotContain("journal.db-wal", "journal.db-shm");
        assertThat(JournalFixtures.dump(file)).isEqualTo(atBackup);
        // What the crash left was recovered into the backup taken first.
        assertThat(JournalFixtures.dump(result.keptAs()).get("settings")).anyMatch(row -> row.get(0).equals("fromTheWal"));
        try (Journal j = Journal.open(file)) {
            assertThat(new SettingsStore(j).get("fromTheWal")).isEmpty();
        }
    }

    @Test
    void aCorruptJournalIsKeptUnderADamagedNameWithItsWal() throws Exception {
        JournalFixtures.corrupt(file);
        byte[] damagedBytes = Files.readAllBytes(file);
        Files.writeString(dir.resolve("journal.db-wal"), "whatever the crash left");
        JournalRestore.Result result = restore.restore(file, backup);
        Path kept = dir.resolve("journal.damaged-20260302-093000.db");
        assertThat(result.keptDamaged()).isTrue();
        assertThat(result.keptAs()).isEqualTo(kept);
        assertThat(result.describe()).contains("could not be opened, so it is kept as " + kept);
        assertThat(result.whyDamaged()).contains("is damaged");
        assertThat(Files.readAllBytes(kept)).isEqualTo(damagedBytes);
        assertThat(dir.resolve("journal.damaged-20260302-093000.db-wal")).hasContent("whatever the crash left");
        assertThat(JournalFixtures.dump(file)).isEqualTo(atBackup);
        assertThat(JournalFixtures.names(Backups.folderOf(file))).containsExactly(backup.getFileName().toString());
    }

    @Test
    void restoringIntoAFolderWithNoJournalYetWorks() throws Exception {
        Path elsewhere = dir.resolve("new/place/journal.db");
        JournalRestore.Result result = restore.restore(elsewhere, backup);
        assertThat(result.keptAs()).isNull();
        assertThat(JournalFixtures.dump(elsewhere)).isEqualTo(atBackup);
    }

    @Test
    void aBackupThatIsNotAJournalIsRefusedAndChangesNothing() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.db"), "squat 5x5 at 100 kg\n");
        assertRefusedUnchanged(text, "is not a Kip backup (it is not an SQLite database)");
    }

    @Test
    void anotherAppsDatabaseIsRefused() throws Exception {
        Path other = dir.resolve("photos.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)");
        }
        assertRefusedUnchanged(other, "is an SQLite database but not a Kip journal");
    }

    @Test
    void aCorruptBackupIsRefused() throws Exception {
        Path bad = Files.copy(backup, dir.resolve("bad.db"));
        JournalFixtures.corrupt(bad);
        assertRefusedUnchanged(bad, "is damaged");
    }

    @Test
    void aBackupFromANewerKipIsRefused() throws Exception {
        Path newer = Files.copy(backup, dir.resolve("newer.db"));
        JournalFixtures.makeNewer(newer);
        assertRefusedUnchanged(newer, "written by a newer Kip");
    }

    @Test
    void aMissingBackupIsRefused() throws Exception {
        assertRefusedUnchanged(dir.resolve("nowhere.db"), "there is no such file");
    }

    @Test
    void aJournalOpenInKipIsNotReplaced() throws Exception {
        try (Journal open = Journal.open(file, Journal.WINDOW)) {
            assertThatThrownBy(() -> restore.restore(file, backup)).isInstanceOf(JournalInUseException.class)
                    .hasMessageContaining("is open in a Kip window").hasMessageContaining("nothing was changed");
        }
        assertThat(JournalFixtures.dump(file)).isNotEqualTo(atBackup);
    }

    @Test
    void theJournalCannotBeRestoredFromItself() {
        assertThatThrownBy(() -> restore.restore(file, file)).hasMessageContaining("from itself");
    }

    private void assertRefusedUnchanged(Path badBackup, String message) throws Exception {
        byte[] before = Files.readAllBytes(file);
        Set<String> names = JournalFixtures.names(dir);
        Set<String> backups = JournalFixtures.names(Backups.folderOf(file));
        assertThatThrownBy(() -> restore.restore(file, badBackup)).isInstanceOf(JournalException.class)
                .hasMessageContaining(badBackup.getFileName().toString()).hasMessageContaining(message);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(JournalFixtures.names(dir)).isEqualTo(names);
        assertThat(JournalFixtures.names(Backups.folderOf(file))).isEqualTo(backups);
    }
}
