package dev.kip.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kip.journal.BackupService;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalCheck;
import dev.kip.journal.JournalFixtures;
import dev.kip.journal.JournalRestore;
import dev.kip.journal.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: a -wal left beside a journal is replayed only when it is the journal's own. */
class WalFilesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void aJournal() {
        file = dir.resolve("journal.db");
        try (Journal j = Journal.open(file)) {
            JournalFixtures.fill(j, DAY, 30);
        }
    }

    @Test
    void theWalOfAKilledKipIsReplayed() throws Exception {
        Path killed = dir.resolve("killed.db");
        JournalFixtures.killedAfter(file, killed, "INSERT INTO settings (key, value) VALUES ('lastSave', 'in the wal')");
        try (Journal j = Journal.open(killed)) {
            assertThat(new SettingsStore(j).get("lastSave")).contains("in the wal");
            assertThat(j.notices()).isEmpty();
        }
    }

    @Test
    void aKipKilledWhileSqliteCopiedItsWalIntoTheFileLosesNothing() throws Exception {
        // An import's commit: a schema change (its indexes rebuilt) and rows, then the checkpoint cut short.
        Path killed = dir.resolve("killed-in-checkpoint.db");
        JournalFixtures.killedDuringCheckpoint(file, killed, "CREATE INDEX kip_test_reps ON sets (reps)",
                "INSERT INTO settings (key, value) VALUES ('lastSave', 'in the wal')");
        // The file alone is malformed (what was read before the lock refused the journal as damaged) …
        assertThatThrownBy(() -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + killed + "?immutable=1");
                 Statement st = c.createStatement()) {
                st.executeQuery("SELECT count(*) FROM sqlite_master").close();
            }
        }).hasMessageContaining("malformed");
        // … and with its -wal it is whole.
        try (Journal j = Journal.open(killed)) {
            assertThat(new SettingsStore(j).get("lastSave")).contains("in the wal");
            assertThat(new JournalCheck(j).findings()).isEmpty();
            assertThat(j.notices()).isEmpty();
        }
    }

    @Test
    void aWalFromAnotherFileIsMovedAsideKeptAndNeverReplayed() throws Exception {
        Map<String, List<List<Object>>> before = JournalFixtures.dump(file);
        // Another journal, with different rows, killed with writes in its -wal …
        Path other = dir.resolve("other.db");
        try (Journal j = Journal.open(other)) {
            JournalFixtures.fill(j, DAY.plusDays(400), 60);
        }
        Path killed = dir.resolve("killed-other.db");
        JournalFixtures.killedAfter(other, killed, "DELETE FROM sets", "DELETE FROM nights WHERE rowid % 2 = 0",
                "UPDATE nights SET note = 'from the other journal'");
        // … and its -wal lies beside ours.
        byte[] foreignWal = Files.readAllBytes(dir.resolve("killed-other.db-wal"));
        Files.copy(dir.resolve("killed-other.db-wal"), dir.resolve("journal.db-wal"));

        try (Journal j = Journal.open(file)) {
            assertThat(j.notices()).singleElement().asString().contains("does not belong to it or is damaged")
                    .contains("moved it aside").contains("kept, not deleted");
            assertThat(new JournalCheck(j).findings()).isEmpty();
        }
        assertThat(JournalFixtures.dump(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("journal.db-wal.set-aside-")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(aside)).isEqualTo(foreignWal);
        }
    }

    @Test
    void withNothingToSayWhereAWalCameFromOneThatWouldDamageTheJournalIsSetAside() throws Exception {
        Map<String, List<List<Object>>> before = JournalFixtures.dump(file);
        Path other = dir.resolve("other.db");
        try (Journal j = Journal.open(other)) {
            JournalFixtures.fill(j, DAY.plusDays(2000), 900);
        }
        Path killed = dir.resolve("killed-other.db");
        JournalFixtures.killedAfter(other, killed, "DELETE FROM sets WHERE rowid % 3 = 0", "UPDATE nights SET note = 'other'");
        Files.copy(dir.resolve("killed-other.db-wal"), dir.resolve("journal.db-wal"));
        Files.delete(dir.resolve("journal.db.lock")); // copied here without its history

        try (Journal j = Journal.open(file)) {
            assertThat(j.notices()).singleElement().asString().contains("replayed into a copy, it damages the journal");
        }
        assertThat(JournalFixtures.dump(file)).isEqualTo(before);
    }

    @Test
    void restoringACopyThatHasItsOwnWalRestoresTheWalsRowsToo() throws Exception {
        Path copy = dir.resolve("copy.db");
        JournalFixtures.killedAfter(file, copy, "UPDATE nights SET note = 'updated in the wal'");
        assertThat(Files.size(dir.resolve("copy.db-wal"))).isPositive();

        new JournalRestore(new BackupService(Clock.systemUTC()), Clock.systemUTC()).restore(dir.resolve("restored.db"), copy);
        List<List<Object>> nights = JournalFixtures.dump(dir.resolve("restored.db")).get("nights");
        assertThat(nights).hasSize(30).allSatisfy(row -> assertThat(row).contains("updated in the wal"));
        // The copy itself was only read.
        assertThat(dir.resolve("copy.db-wal")).exists();
    }
}
