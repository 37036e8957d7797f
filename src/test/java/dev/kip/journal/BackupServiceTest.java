package dev.kip.journal;

import dev.kip.domain.BackupInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupServiceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    private static Clock at(LocalDate day, int hour) {
        return Clock.fixed(day.atTime(hour, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));
    }

    @Test
    void theAutomaticBackupRunsOnceADay() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Journal j = Journal.open(file)) {
            JournalFixtures.fill(j, DAY, 10);
            assertThat(new BackupService(at(DAY, 7)).dailyBackup(j)).contains(Backups.dailyFile(file, DAY));
            // Opened again in the evening: nothing new.
            assertThat(new BackupService(at(DAY, 21)).dailyBackup(j)).isEmpty();
            assertThat(new BackupService(at(DAY.plusDays(1), 7)).dailyBackup(j)).contains(Backups.dailyFile(file, DAY.plusDays(1)));
        }
        assertThat(JournalFixtures.names(Backups.folderOf(file))).containsExactly("journal-2026-03-02.db", "journal-2026-03-03.db");
        assertThat(JournalFixtures.dump(Backups.dailyFile(file, DAY))).isEqualTo(JournalFixtures.dump(file));
    }

    @Test
    void backupsAndTheirFolderAreReadableByTheirOwnerOnlyLikeTheJournal() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("journal.db");
        Path backup;
        try (Journal j = Journal.open(file)) {
            JournalFixtures.fill(j, DAY, 3);
            backup = new BackupService(at(DAY, 7)).dailyBackup(j).orElseThrow();
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(Backups.folderOf(file))))
                .isEqualTo("rwx------");
    }

    @Test
    void theAutomaticBackupPrunesOnlyDailyBackupsOutsideTheRetentionRule() throws Exception {
        Path file = dir.resolve("journal.db");
        Path folder = Files.createDirectories(Backups.folderOf(file));
        // Daily backups for every day of January 2026 (placeholders: pruning goes by name only),
        // a manual backup and another journal's backup that must both survive.
        for (LocalDate d : LocalDate.parse("2026-01-01").datesUntil(LocalDate.parse("2026-02-01")).toList()) {
            Files.writeString(Backups.dailyFile(file, d), "old");
        }
        Files.writeString(folder.resolve("journal-2026-01-02-101500.db"), "manual");
        Files.writeString(folder.resolve("journal-old-2026-01-02.db"), "another journal's");
        try (Journal j = Journal.open(file)) {
            new BackupService(at(LocalDate.parse("2026-02-01"), 8)).dailyBackup(j);
        }
        // Daily: Feb 1 (Sun, W5) and Jan 26–31. Weekly: the Sundays Jan 25 (W4), 18 (W3), 11 (W2), 4 (W1).
        assertThat(JournalFixtures.names(folder)).containsExactly(
                "journal-2026-01-02-101500.db", "journal-2026-01-04.db", "journal-2026-01-11.db", "journal-2026-01-18.db",
                "journal-2026-01-25.db", "journal-2026-01-26.db", "journal-2026-01-27.db", "journal-2026-01-28.db",
                "journal-2026-01-29.db", "journal-2026-01-30.db", "journal-2026-01-31.db", "journal-2026-02-01.db",
                "journal-old-2026-01-02.db");
    }

    @Test
    void backUpNowIsTimestampedAndListedWithItsCounts() throws Exception {
        Path file = dir.resolve("journal.db");
        Path now;
        try (Journal j = Journal.open(file)) {
            // 9 days: 9 nights, workouts on days 0, 2, 4, 6, 8 = 5, marks on days 0, 3, 6 = 3.
            JournalFixtures.fill(j, DAY, 9);
            new BackupService(at(DAY, 7)).dailyBackup(j);
            now = new BackupService(at(DAY, 14)).backUpNow(j);
        }
        assertThat(now.getFileName()).hasToString("journal-2026-03-02-140000.db");
        List<BackupInfo> infos = new BackupService(at(DAY, 15)).list(file);
        assertThat(infos).extracting(BackupInfo::file).containsExactly(now, Backups.dailyFile(file, DAY));
        BackupInfo info = infos.get(0);
        assertThat(info.date()).isEqualTo(DAY);
        assertThat(info.sizeBytes()).isEqualTo(Files.size(now));
        assertThat(List.of(info.nights(), info.workouts(), info.marks())).containsExactly(9, 5, 3);
    }

    @Test
    void listingAndOfferingSkipBackupsThatAreNotSound() throws Exception {
        Path file = dir.resolve("journal.db");
        Path good;
        try (Journal j = Journal.open(file)) {
            JournalFixtures.fill(j, DAY, 3);
            good = new BackupService(at(DAY, 7)).dailyBackup(j).orElseThrow();
        }
        Path damaged = Backups.dailyFile(file, DAY.plusDays(1));
        Files.copy(good, damaged);
        JournalFixtures.corrupt(damaged);
        Files.writeString(Backups.dailyFile(file, DAY.plusDays(2)), "not a database");
        BackupService service = new BackupService(at(DAY.plusDays(3), 7));
        assertThat(service.newestSoundBackup(file)).contains(good);
        assertThat(service.list(file)).extracting(BackupInfo::file).doesNotContain(Backups.dailyFile(file, DAY.plusDays(2)));
    }

    @Test
    void aBackupOntoTheJournalItselfIsRefused() {
        Path file = dir.resolve("journal.db");
        try (Journal j = Journal.open(file)) {
            assertThatThrownBy(() -> new BackupService(Clock.systemUTC()).backUpTo(j, file))
                    .isInstanceOf(JournalException.class).hasMessageContaining("onto itself");
        }
    }

    @Test
    void aCorruptJournalNamesItsNewestBackup() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Journal j = Journal.open(file)) {
            JournalFixtures.fill(j, DAY, 3);
            new BackupService(at(DAY, 7)).dailyBackup(j);
            new BackupService(at(DAY.plusDays(1), 7)).dailyBackup(j);
        }
        JournalFixtures.corrupt(file);
        assertThatThrownBy(() -> Journal.open(file)).isInstanceOf(CorruptJournalException.class)
                .hasMessageContaining("The newest good backup is " + Backups.dailyFile(file, DAY.plusDays(1)))
                .satisfies(e -> assertThat(((CorruptJournalException) e).newestGoodBackup())
                        .contains(Backups.dailyFile(file, DAY.plusDays(1))));
        assertThat(new BackupService(Clock.systemUTC()).newestSoundBackup(file)).contains(Backups.dailyFile(file, DAY.plusDays(1)));
    }
}
