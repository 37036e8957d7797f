package dev.kip.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kip.cli.Cli;
import dev.kip.journal.BackupService;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalException;
import dev.kip.journal.JournalFixtures;
import dev.kip.journal.JournalInUseException;
import dev.kip.journal.JournalRestore;
import dev.kip.journal.NightStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: every name of one journal file shares one lock, and the message says who holds it. */
class OneLockPerFileTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;
    Path file;
    Path backup;

    @BeforeEach
    void aJournalWithABackup() {
        file = dir.resolve("journal.db");
        try (Journal j = Journal.open(file)) {
            JournalFixtures.fill(j, DAY, 3);
            backup = new BackupService(Clock.systemUTC()).backUpTo(j, dir.resolve("backup.db"));
            JournalFixtures.fill(j, DAY.plusDays(10), 3);
        }
    }

    private StringWriter err;

    private int kip(String... args) {
        err = new StringWriter();
        return Cli.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aWindowOpenedThroughALinkKeepsACommandOnTheRealPathOut() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), file);
        try (Journal window = Journal.open(link, Journal.WINDOW)) {
            assertThat(window.file()).isEqualTo(file.toRealPath());
            assertThatThrownBy(() -> new JournalRestore(new BackupService(Clock.systemUTC()), Clock.systemUTC()).restore(file, backup))
                    .isInstanceOf(JournalInUseException.class).hasMessageContaining("Close that window first");
            assertThat(kip("--journal", file.toString(), "import", backup.toString())).isEqualTo(1);
            assertThat(err.toString()).contains("is open in a Kip window");
            // The window's saves still land in the journal.
            new NightStore(window).delete(DAY.plusDays(10));
        }
        try (Journal j = Journal.open(file)) {
            assertThat(new NightStore(j).between(DAY.plusDays(10), DAY.plusDays(10))).isEmpty();
        }
        assertThat(dir.resolve("link.db.lock")).doesNotExist();
    }

    @Test
    void aFolderReachedThroughALinkIsTheSameFolder() throws Exception {
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("linked"), dir);
        try (Journal window = Journal.open(linkedFolder.resolve("journal.db"), Journal.WINDOW)) {
            assertThatThrownBy(() -> Journal.open(file)).isInstanceOf(JournalInUseException.class);
        }
    }

    @Test
    void aJournalWithSeveralHardLinksIsRefusedWithAClearMessage() throws Exception {
        Path second = Files.createLink(dir.resolve("second-name.db"), file);
        assumeTrue(((Number) Files.getAttribute(file, "unix:nlink")).intValue() == 2);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Journal.open(second)).isInstanceOf(JournalException.class)
                .hasMessageContaining("has 2 names on this disk (hard links)").hasMessageContaining("open a copy");
        assertThatThrownBy(() -> Journal.open(file)).hasMessageContaining("hard links");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("second-name.db-wal")).doesNotExist();
    }

    @Test
    void aDanglingLinkIsNamedAsSuch() throws Exception {
        Path gone = dir.resolve("moved-away.db");
        Path link = Files.createSymbolicLink(dir.resolve("dangling.db"), gone);
        assertThat(kip("--journal", link.toString(), "sleep", "add", "--bed", "23:00", "--try", "23:10", "--sol", "10",
                "--awakenings", "1", "--waso", "5", "--final-wake", "06:30", "--out-of-bed", "06:40", "--quality", "3",
                "--rested", "3")).isEqualTo(1);
        assertThat(err.toString()).contains("is a link to " + gone + ", which does not exist");
        assertThat(gone).doesNotExist();
    }

    @Test
    void aCommandHoldingTheJournalIsNotCalledAWindow() {
        try (Journal command = Journal.open(file, "kip import")) {
            assertThat(kip("--journal", file.toString(), "check")).isEqualTo(1);
            assertThat(err.toString()).contains("is in use by 'kip import' (process " + ProcessHandle.current().pid()
                    + "), which is still running").doesNotContain("window");
        }
    }
}
