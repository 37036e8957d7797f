package dev.kip.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kip.files.AtomicFiles;
import dev.kip.journal.BackupService;
import dev.kip.journal.Backups;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalException;
import dev.kip.journal.JournalFixtures;
import dev.kip.journal.JournalRestore;
import dev.kip.journal.NightStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: backups never overwrite anything, stay private while written, and their leftovers are cleaned. */
class BackupFilesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    /** Every restore below happens within the same second. */
    private static final Clock SAME_SECOND = Clock.fixed(DAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Path file;
    Path backupA;
    Path backupB;

    @BeforeEach
    void aJournalWithTwoBackups() {
        file = dir.resolve("journal.db");
        BackupService backups = new BackupService(SAME_SECOND);
        try (Journal j = Journal.open(file)) {
            JournalFixtures.fill(j, DAY, 3);
            backupA = backups.backUpTo(j, dir.resolve("a.db"));
            JournalFixtures.fill(j, DAY.plusDays(10), 3);
            backupB = backups.backUpTo(j, dir.resolve("b.db"));
            JournalFixtures.fill(j, DAY.plusDays(20), 3);
        }
    }

    @Test
    void twoRestoresInOneSecondKeepTheJournalAsItWasBeforeTheFirst() throws Exception {
        Map<String, List<List<Object>>> original = JournalFixtures.dump(file);
        JournalRestore restore = new JournalRestore(new BackupService(SAME_SECOND), SAME_SECOND);
        JournalRestore.Result first = restore.restore(file, backupA);
        JournalRestore.Result second = restore.restore(file, backupB);
        assertThat(second.keptAs()).isNotEqualTo(first.keptAs());
        assertThat(JournalFixtures.dump(first.keptAs())).isEqualTo(original);
        assertThat(JournalFixtures.dump(second.keptAs())).isEqualTo(JournalFixtures.dump(backupA));
    }

    @Test
    void aBackupNeverReplacesAFile() throws Exception {
        Path taken = dir.resolve("taken.db");
        Files.writeString(taken, "someone's file");
        try (Journal j = Journal.open(file)) {
            assertThatThrownBy(() -> new BackupService(SAME_SECOND).backUpTo(j, taken)).isInstanceOf(JournalException.class)
                    .hasMessageContaining("already exists").hasMessageContaining("never replaces");
        }
        assertThat(taken).hasContent("someone's file");
    }

    @Test
    void aBackupsFolderThatCannotBeMadeIsAWarningNeverAReasonToTouchTheJournal() throws Exception {
        Files.writeString(dir.resolve("backups"), "a plain file where the folder should be");
        Map<String, List<List<Object>>> original = JournalFixtures.dump(file);
        JournalRestore.Result result = new JournalRestore(new BackupService(SAME_SECOND), SAME_SECOND).restore(file, backupA);
        assertThat(result.keptDamaged()).isFalse();
        assertThat(result.warning()).contains("backups folder could not be used");
        assertThat(result.keptAs().getParent()).isEqualTo(dir);
        assertThat(JournalFixtures.dump(result.keptAs())).isEqualTo(original);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("damaged"));
        }
    }

    @Test
    void aBackupIsOwnerOnlyFromItsFirstByte() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        try (Journal j = Journal.open(file)) {
            JournalFixtures.fill(j, DAY.plusDays(1000), 900); // long enough to be seen while it is written
            Path target = dir.resolve("private.db");
            Set<String> seen = new TreeSet<>();
            AtomicBoolean done = new AtomicBoolean();
            Thread watcher = new Thread(() -> {
                while (!done.get()) {
                    try (Stream<Path> files = Files.list(dir)) {
                        files.filter(p -> p.getFileName().toString().contains("private.db") && !p.equals(target)).forEach(p -> {
                            try {
                                seen.add(p.getFileName() + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
                            } catch (java.io.IOException gone) {
                                // Renamed or removed meanwhile.
                            }
                        });
                    } catch (java.io.IOException e) {
                        // Try again.
                    }
                }
            });
            watcher.start();
            new BackupService(SAME_SECOND).backUpTo(j, target);
            done.set(true);
            watcher.join();
            assumeTrue(!seen.isEmpty(), "the backup was written too fast to be seen");
            assertThat(seen).allSatisfy(s -> assertThat(s).endsWith(" rw-------"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        }
    }

    @Test
    void theTemporariesOfAKilledBackupAreRemovedAtTheNextOpen() throws Exception {
        long deadPid = deadProcessId();
        Path backups = Files.createDirectories(Backups.folderOf(file));
        Path tmp = Files.writeString(backups.resolve(".journal-2026-03-02.db-" + deadPid + "-k3x9.tmp"), "half a backup");
        Path tmpJournal = Files.writeString(backups.resolve(".journal-2026-03-02.db-" + deadPid + "-k3x9.tmp-journal"), "x");
        Path scratch = Files.createDirectories(dir.resolve(".journal.db-" + deadPid + "-a1b2.tmp"));
        Files.writeString(scratch.resolve("copy.db"), "a copy left by a killed check");
        Path live = Files.writeString(backups.resolve(".journal-2026-03-03.db-" + ProcessHandle.current().pid() + "-zz.tmp"), "in use");
        Path mine = Files.writeString(backups.resolve("notes.tmp"), "not Kip's");
        Journal.open(file).close();
        assertThat(tmp).doesNotExist();
        assertThat(tmpJournal).doesNotExist();
        assertThat(scratch).doesNotExist();
        assertThat(live).exists();
        assertThat(mine).exists();
    }

    @Test
    void theTemporariesOfAKilledExportAreRemovedByTheNextWriteThere() throws Exception {
        long deadPid = deadProcessId();
        Path exports = Files.createDirectories(dir.resolve("exports"));
        Path folder = Files.createDirectories(exports.resolve(".all-" + deadPid + "-q1.tmp"));
        Files.writeString(folder.resolve("sleep.csv"), "date,note\n2026-03-01,a private note\n");
        Path file = Files.writeString(exports.resolve(".sleep.csv-" + deadPid + "-q2.tmp"), "date,note\n");
        AtomicFiles.write(exports.resolve("body.csv"), w -> w.write("date\n"));
        assertThat(folder).doesNotExist();
        assertThat(file).doesNotExist();
    }

    @Test
    void aNightSavedAfterTwoRestoresIsInTheJournal() throws Exception {
        JournalRestore restore = new JournalRestore(new BackupService(SAME_SECOND), SAME_SECOND);
        restore.restore(file, backupA);
        restore.restore(file, backupB);
        try (Journal j = Journal.open(file)) {
            assertThat(new NightStore(j).between(DAY.plusDays(10), DAY.plusDays(10))).hasSize(1);
        }
    }

    private static long deadProcessId() throws Exception {
        Process p = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        return p.pid();
    }
}
