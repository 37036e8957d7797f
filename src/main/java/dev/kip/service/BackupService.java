package dev.kip.service;

import dev.kip.domain.BackupInfo;
import dev.kip.journal.Backups;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalCheck;
import dev.kip.journal.JournalRestore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Looking after the open journal: backups (now, to a chosen file, the automatic daily one), the list
 * to restore from, and the integrity check. The work itself is the journal's
 * ({@link dev.kip.journal.BackupService}, {@link JournalRestore}, {@link JournalCheck}). Call it on
 * the journal thread.
 */
public final class BackupService {
    private final Journal journal;
    private final dev.kip.journal.BackupService backups;

    public BackupService(Journal journal, Clock clock) {
        this.journal = journal;
        this.backups = new dev.kip.journal.BackupService(clock);
    }

    /** A checked backup in the backups folder, named with the date and time; returns where it went. */
    public Path backUpNow() {
        return backups.backUpNow(journal);
    }

    /** A checked backup to {@code target}, which must not exist. */
    public Path backUpTo(Path target) {
        return backups.backUpTo(journal, target);
    }

    /** Today's automatic backup, unless there is one already. */
    public Optional<Path> dailyBackup() {
        return backups.dailyBackup(journal);
    }

    /** The backups of this journal, newest first, with what each holds. */
    public List<BackupInfo> list() {
        return backups.list(journal.file());
    }

    /** Where this journal's backups go. */
    public Path folder() {
        return Backups.folderOf(journal.file());
    }

    /** What is wrong with the journal (SQLite's integrity and Kip's own rules); empty when it is sound. */
    public List<String> check() {
        return new JournalCheck(journal).findings();
    }

    public Path journalFile() {
        return journal.file();
    }

    /**
     * Replaces the journal at {@code journalFile} (not open) by {@code backup}, backing up the journal
     * as it is first; returns what was done, in a sentence.
     */
    public static String restore(Path journalFile, Path backup, Clock clock) {
        return new JournalRestore(new dev.kip.journal.BackupService(clock), clock).restore(journalFile, backup).describe();
    }
}
