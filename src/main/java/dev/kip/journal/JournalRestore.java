package dev.kip.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Puts a backup in place of a journal, never leaving a half-written one and never losing the
 * journal as it was. The backup is copied beside the journal with its own -wal replayed into the
 * copy ({@link ScratchCopy}: a copy taken from a running Kip keeps its last saves) and the copy is
 * checked; the journal as it is now is backed up (into the backups folder, else beside the journal;
 * when neither can be written, nothing is restored), or, when it cannot be opened, kept under a
 * {@code .damaged-} name; then the copy is moved over the journal in one atomic rename. The
 * journal must not be open in any Kip, this one included, while it runs.
 */
public final class JournalRestore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final List<String> SIDE_FILES = List.of("-wal", "-shm");
    private static final String USER = "kip restore";

    private final BackupService backups;
    private final Clock clock;

    /**
     * What a restore did. {@code keptAs} is where the journal as it was now lives (null when there was
     * none); {@code whyDamaged} is why it could not be opened and backed up (null when it could);
     * {@code warning} says why the backup is not in the backups folder (null when it is).
     */
    public record Result(Path journal, Path restoredFrom, Path keptAs, String whyDamaged, String warning) {
        public boolean keptDamaged() {
            return whyDamaged != null;
        }

        public String describe() {
            String kept = keptAs == null ? ""
                    : keptDamaged() ? " The journal as it was could not be opened, so it is kept as " + keptAs + "."
                    : " The journal as it was is backed up in " + keptAs + ".";
            return "Restored " + journal + " from " + restoredFrom + "." + kept + (warning == null ? "" : " " + warning);
        }
    }

    public JournalRestore(BackupService backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    public Result restore(Path journalFile, Path backupFile) {
        Path journal = JournalPath.resolve(journalFile);
        Path backup = backupFile.toAbsolutePath().normalize();
        if (isSameFile(journal, backup)) {
            throw new JournalException("Cannot restore " + journal + " from itself; choose a backup.");
        }
        try (ScratchCopy replacement = checkedCopy(backup, journal)) {
            Kept kept = exists(journal) ? keep(journal) : new Kept(null, null, null);
            try (JournalLock lock = JournalLock.acquire(journal, USER)) {
                if (kept.whyDamaged == null && exists(journal) && !JournalHealth.unchangedSinceClose(lock.previous(), journal)) {
                    throw new JournalException("The journal " + journal + " was changed by another Kip while it was being backed up; "
                            + "nothing was restored. Try again.");
                }
                Path damaged = kept.whyDamaged == null ? null : unusedName(journal, Backups.baseName(journal) + ".damaged-"
                        + STAMP.format(LocalDateTime.now(clock)));
                replace(journal, replacement.file(), backup, damaged);
                return new Result(journal, backup, damaged == null ? kept.backup : damaged, kept.whyDamaged, kept.warning);
            }
        }
    }

    /** The backup with its -wal, copied beside the journal and checked; refused with "nothing was restored". */
    private static ScratchCopy checkedCopy(Path backup, Path journal) {
        ScratchCopy copy = null;
        try {
            JournalFileCheck.requireSqliteFile(backup, backup);
            Files.createDirectories(journal.getParent());
            copy = ScratchCopy.of(backup, journal);
            JournalFileCheck.requireSound(copy.file(), backup);
            return copy;
        } catch (JournalException e) {
            closeQuietly(copy);
            throw new JournalException(e.getMessage() + " Nothing was restored; the journal was not changed.", e);
        } catch (IOException | SQLException e) {
            closeQuietly(copy);
            throw new JournalException(Journal.describe("Could not read the backup " + backup, journal, e)
                    + " Nothing was restored; the journal was not changed.", e);
        }
    }

    private static void closeQuietly(ScratchCopy copy) {
        if (copy != null) {
            copy.close();
        }
    }

    private record Kept(Path backup, String whyDamaged, String warning) {
    }

    /**
     * Backs up the journal as it is now, or says why it cannot be opened. A journal another Kip holds
     * is left alone (the error goes up); a backup that cannot be written stops the restore.
     */
    private Kept keep(Path journal) {
        Journal current;
        try {
            current = Journal.open(journal, USER);
        } catch (JournalInUseException e) {
            throw e;
        } catch (JournalException e) {
            return new Kept(null, e instanceof CorruptJournalException c ? c.problem() : e.getMessage(), null);
        }
        try (current) {
            try {
                return new Kept(backups.backUpNow(current, "before-restore"), null, null);
            } catch (JournalException intoFolder) {
                Path beside = unusedName(journal, Backups.baseName(journal) + ".before-restore-" + STAMP.format(LocalDateTime.now(clock)));
                try {
                    backups.backUpTo(current, beside);
                } catch (JournalException besideToo) {
                    throw new JournalException("Could not back up the journal " + journal + " before restoring: "
                            + intoFolder.getMessage() + " Nothing was restored; the journal was not changed.", intoFolder);
                }
                return new Kept(beside, null, "The backups folder could not be used (" + intoFolder.getMessage()
                        + "), so that backup is beside the journal.");
            }
        }
    }

    /** Clear the old journal's -wal/-shm (or keep them with the damaged copy), then one atomic move. */
    private static void replace(Path journal, Path copy, Path backup, Path damaged) {
        boolean movedAside = false;
        try {
            try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            if (damaged != null) {
                Files.move(journal, damaged); // no REPLACE_EXISTING: never over another kept file
                movedAside = true;
                for (String side : SIDE_FILES) {
                    moveIfExists(ScratchCopy.sideFile(journal, side), ScratchCopy.sideFile(damaged, side));
                }
            } else {
                // The journal was just opened and closed cleanly, so these hold nothing it needs; left
                // beside the restored file, SQLite would replay a stale -wal into it.
                for (String side : SIDE_FILES) {
                    Files.deleteIfExists(ScratchCopy.sideFile(journal, side));
                }
            }
            Files.move(copy, journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(journal.getParent());
        } catch (IOException e) {
            if (movedAside) {
                putBack(damaged, journal);
            }
            throw new JournalException(Journal.describe("Could not restore " + journal + " from " + backup, journal, e)
                    + " The journal was not changed.", e);
        }
    }

    private static void putBack(Path damaged, Path journal) {
        try {
            Files.move(damaged, journal, StandardCopyOption.ATOMIC_MOVE);
            for (String side : SIDE_FILES) {
                moveIfExists(ScratchCopy.sideFile(damaged, side), ScratchCopy.sideFile(journal, side));
            }
        } catch (IOException ignored) {
            // The damaged journal stays under its .damaged- name: still there, just renamed.
        }
    }

    /** {@code <base>.db}, else {@code <base>-2.db}, {@code <base>-3.db}… : the first name no file has. */
    private static Path unusedName(Path journal, String base) {
        return Backups.unused(journal.resolveSibling(base + ".db"));
    }

    private static boolean exists(Path journal) {
        try {
            return Files.exists(journal) && Files.size(journal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean isSameFile(Path journal, Path backup) {
        try {
            return Files.exists(journal) && Files.exists(backup) && Files.isSameFile(journal, backup);
        } catch (IOException e) {
            return journal.equals(backup);
        }
    }

    private static void moveIfExists(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            try {
                Files.move(from, to);
            } catch (FileAlreadyExistsException e) {
                throw new IOException(to + " already exists", e);
            }
        }
    }

    /** Makes the rename itself durable where the platform allows syncing a folder (not on Windows). */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Best effort: the data itself was synced before the move.
        }
    }
}
