package dev.kip.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kip.cli.Cli;
import dev.kip.journal.BackupService;
import dev.kip.journal.Backups;
import dev.kip.journal.CorruptJournalException;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: a damaged journal is refused, never written, with its newest good backup offered. The
 * damage here is one the old check ({@code quick_check(1)}) misses: the nights' date index lost an
 * entry, so a second night with the same date got in.
 */
class DamagedJournalTest {
    private static final LocalDate LAST = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;
    Path file;
    Path goodBackup;

    @BeforeEach
    void journalWithABackup() {
        file = dir.resolve("journal.db");
        try (Journal j = Journal.open(file)) {
            JournalFixtures.fill(j, LAST, 5);
            goodBackup = new BackupService(Clock.fixed(LAST.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).dailyBackup(j)
                    .orElseThrow();
        }
    }

    @Test
    void aJournalWithADamagedIndexIsRefusedUnwrittenWithItsNewestGoodBackup() throws Exception {
        JournalFixtures.staleDateIndex(file, LAST.toString(), '9');
        byte[] damaged = Files.readAllBytes(file);
        assertThatThrownBy(() -> Journal.open(file)).isInstanceOf(CorruptJournalException.class)
                .hasMessageContaining("is damaged").hasMessageContaining("missing from index")
                .hasMessageContaining("Kip has not written to it")
                .hasMessageContaining("The newest good backup is " + goodBackup)
                .satisfies(e -> assertThat(((CorruptJournalException) e).newestGoodBackup()).contains(goodBackup));
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    @Test
    void theCommandLineAddsNoNightToADamagedJournalAndNamesTheBackup() throws Exception {
        JournalFixtures.staleDateIndex(file, LAST.toString(), '9');
        byte[] damaged = Files.readAllBytes(file);
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(
                "--journal", file.toString(), "sleep", "add", "--date", LAST.toString(), "--bed", "23:00", "--try", "23:10",
                "--sol", "10", "--awakenings", "1", "--waso", "5", "--final-wake", "06:30", "--out-of-bed", "06:40",
                "--quality", "3", "--rested", "3");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("is damaged", "kip restore " + goodBackup);
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    @Test
    void aJournalNotCheckedForAWeekIsCheckedEvenWhenItWasClosedCleanly() throws Exception {
        Instant eightDaysAgo = Instant.now().minus(8, ChronoUnit.DAYS);
        damageWithoutATrace(eightDaysAgo);
        assertThatThrownBy(() -> Journal.open(file)).isInstanceOf(CorruptJournalException.class);
    }

    @Test
    void aCleanJournalCheckedThisWeekOpensWithoutReadingEveryPage() throws Exception {
        // The trade-off for a fast open: damage nothing could see (same size, same time) waits for the weekly check.
        damageWithoutATrace(Instant.now().minus(1, ChronoUnit.DAYS));
        Journal.open(file).close();
    }

    /** Damage that leaves the file's size and time as a clean close recorded them, with the last check at {@code checkedAt}. */
    private void damageWithoutATrace(Instant checkedAt) throws Exception {
        Journal.open(file).close(); // a clean close, checked now
        Path lock = file.resolveSibling("journal.db.lock");
        String state = Files.readString(lock);
        assertThat(state).contains("closed ").contains("checked ");
        FileTime time = Files.getLastModifiedTime(file);
        JournalFixtures.staleDateIndex(file, LAST.toString(), '9');
        Files.setLastModifiedTime(file, time);
        Files.writeString(lock, state.replaceAll("checked .*", "checked " + checkedAt));
    }

    @Test
    void aFailingJournalWithNoGoodBackupSaysSo() throws Exception {
        Files.delete(goodBackup);
        JournalFixtures.staleDateIndex(file, LAST.toString(), '9');
        assertThatThrownBy(() -> Journal.open(file)).isInstanceOf(CorruptJournalException.class)
                .hasMessageContaining("No backups were found beside it");
        assertThat(Backups.list(file)).isEmpty();
    }
}
