package dev.kip.journal;

import dev.kip.domain.BackupInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes and lists a journal's backups. Every backup is written with SQLite's {@code VACUUM INTO}
 * (never a file copy of a live journal) and checked with {@code integrity_check} after writing;
 * a copy that fails the check is deleted and reported.
 */
public final class BackupService {
    private final Clock clock;

    public BackupService(Clock clock) {
        this.clock = clock;
    }

    /**
     * The automatic backup: at most one a day, {@code backups/<base>-YYYY-MM-DD.db}, then the
     * daily backups outside {@link BackupRetention} are deleted. Empty when today's already exists.
     */
    public Optional<Path> dailyBackup(Journal journal) {
        Path target = Backups.dailyFile(journal.file(), LocalDate.now(clock));
        if (Files.exists(target)) {
            return Optional.empty();
        }
        backUpTo(journal, target);
        prune(journal.file());
        return Optional.of(target);
    }

    /** A backup asked for now, named with the date and time, in the backups folder. */
    public Path backUpNow(Journal journal) {
        return backUpNow(journal, "");
    }

    Path backUpNow(Journal journal, String why) {
        return backUpTo(journal, Backups.unusedTimestampedFile(journal.file(), LocalDateTime.now(clock), why));
    }

    /** Writes a verified backup to {@code target}, which must not be the journal itself. */
    public Path backUpTo(Journal journal, Path target) {
        Path abs = target.toAbsolutePath().normalize();
        if (abs.equals(journal.file())) {
            throw new JournalException("Cannot back up the journal onto itself (" + abs + "); choose another file.");
        }
        journal.backupTo(abs);
        try {
            JournalFileCheck.requireSound(abs);
        } catch (JournalException e) {
            deleteQuietly(abs);
            throw new JournalException("The backup " + abs + " failed its check after writing and was deleted: " + e.getMessage(), e);
        }
        return abs;
    }

    /** Deletes the automatic daily backups the retention rule does not keep; other backups are never pruned. */
    void prune(Path journalFile) {
        List<Path> daily = Backups.list(journalFile).stream().filter(p -> Backups.isDaily(journalFile, p)).toList();
        Set<LocalDate> keep = BackupRetention.keep(daily.stream().map(p -> Backups.dateOf(journalFile, p).orElseThrow()).toList());
        for (Path p : daily) {
            if (!keep.contains(Backups.dateOf(journalFile, p).orElseThrow())) {
                deleteQuietly(p);
            }
        }
    }

    /** This journal's backups, newest first, with what each holds; files that cannot be read are left out. */
    public List<BackupInfo> list(Path journalFile) {
        List<BackupInfo> infos = new ArrayList<>();
        for (Path p : Backups.list(journalFile)) {
            try {
                infos.add(JournalFileCheck.describe(p, Backups.dateOf(journalFile, p).orElseThrow()));
            } catch (JournalException e) {
                // Not readable as a journal: not worth offering. A restore would refuse it anyway.
            }
        }
        return infos;
    }

    /** The newest backup that passes the full check, for offering when the journal is damaged. */
    public Optional<Path> newestSoundBackup(Path journalFile) {
        return Backups.newestSound(journalFile);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A backup we could not delete stays listed; nothing is lost.
        }
    }
}
