package dev.kip.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Puts a backup in place of a journal, never leaving a half-written one: the backup is checked,
 * the journal as it is now is backed up (or, when it cannot be opened, kept under a
 * {@code .damaged-} name), the backup is copied to a temporary file beside the journal and
 * synced, and only then moved over the journal in one atomic rename. The journal must not be
 * open in any Kip, this one included, while it runs.
 */
public final class JournalRestore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final List<String> SIDE_FILES = List.of("-wal", "-shm");

    private final BackupService backups;
    private final Clock clock;

    /**
     * What a restore did. {@code keptAs} is where the journal as it was now lives (null when there was
     * none); {@code whyDamaged} is why it could not be opened and backed up (null when it could).
     */
    public record Result(Path journal, Path restoredFrom, Path keptAs, String whyDamaged) {
        public boolean keptDamaged() {
            return whyDamaged != null;
        }

        public String describe() {
            String kept = keptAs == null ? ""
                    : keptDamaged() ? " The journal as it was could not be opened, so it is kept as " + keptAs + "."
                    : " The journal as it was is backed up in " + keptAs + ".";
            return "Restored " + journal + " from " + restoredFrom + "." + kept;
        }
    }

    public JournalRestore(BackupService backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    public Result restore(Path journalFile, Path backupFile) {
        Path journal = journalFile.toAbsolutePath().normalize();
        Path backup = backupFile.toAbsolutePath().normalize();
        if (journal.equals(backup)) {
            throw new JournalException("Cannot restore " + journal + " from itself; choose a backup.");
        }
        try {
            JournalFileCheck.requireSound(backup);
        } catch (JournalException e) {
            throw new JournalException(e.getMessage() + " Nothing was restored; the journal was not changed.", e);
        }
        releaseQuietly(acquireLock(journal));
        Path keptAs = null;
        String whyDamaged = null;
        if (exists(journal)) {
            try (Journal current = Journal.open(journal)) {
                keptAs = backups.backUpNow(current, "before-restore");
            } catch (CorruptJournalException e) {
                whyDamaged = e.getMessage();
            } catch (JournalException e) {
                if (isLocked(journal)) {
                    throw e; // Another Kip opened it since the check above: leave it alone.
                }
                whyDamaged = e.getMessage();
            }
        }
        FileLock lock = acquireLock(journal);
        try {
            Path damaged = whyDamaged == null ? null : damagedName(journal);
            replace(journal, backup, damaged);
            return new Result(journal, backup, damaged == null ? keptAs : damaged, whyDamaged);
        } finally {
            releaseQuietly(lock);
        }
    }

    /** Copy, sync, clear the old journal's -wal/-shm (or keep them with the damaged copy), then one atomic move. */
    private void replace(Path journal, Path backup, Path damaged) {
        Path tmp = journal.resolveSibling("." + journal.getFileName() + ".restoring-" + STAMP.format(LocalDateTime.now(clock)) + ".tmp");
        boolean movedAside = false;
        try {
            Files.createDirectories(journal.getParent());
            createPrivate(tmp);
            Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            JournalFileCheck.requireSound(tmp);
            if (damaged != null) {
                moveAtomically(journal, damaged);
                movedAside = true;
                for (String side : SIDE_FILES) {
                    moveIfExists(sideFile(journal, side), sideFile(damaged, side));
                }
            } else {
                // The journal was just opened and closed cleanly, so these hold nothing it needs; left
                // beside the restored file, SQLite would replay a stale -wal into it.
                for (String side : SIDE_FILES) {
                    Files.deleteIfExists(sideFile(journal, side));
                }
            }
            moveAtomically(tmp, journal);
            syncFolder(journal.getParent());
        } catch (IOException | JournalException e) {
            deleteQuietly(tmp);
            if (movedAside) {
                putBack(damaged, journal);
            }
            throw new JournalException("Could not restore " + journal + " from " + backup + ": " + e.getMessage()
                    + (movedAside ? "" : " The journal was not changed."), e);
        }
    }

    private static void putBack(Path damaged, Path journal) {
        try {
            moveAtomically(damaged, journal);
            for (String side : SIDE_FILES) {
                moveIfExists(sideFile(damaged, side), sideFile(journal, side));
            }
        } catch (IOException ignored) {
            // The damaged journal stays under its .damaged- name: still there, just renamed.
        }
    }

    private Path damagedName(Path journal) {
        return journal.resolveSibling(Backups.baseName(journal) + ".damaged-" + STAMP.format(LocalDateTime.now(clock)) + ".db");
    }

    private static Path sideFile(Path db, String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }

    private static boolean exists(Path journal) {
        try {
            return Files.exists(journal) && Files.size(journal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** Holds the journal's lock file, which every Kip holds while the journal is open. */
    private static FileLock acquireLock(Path journal) {
        FileLock lock = null;
        FileChannel channel = null;
        try {
            Files.createDirectories(journal.getParent());
            channel = FileChannel.open(Journal.lockFile(journal), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new JournalException("Cannot restore " + journal + ": its folder is not writable (" + e.getMessage() + ").", e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new JournalException("The journal " + journal + " is open in a running Kip. Close it there first; nothing was changed.");
        }
        return lock;
    }

    private static boolean isLocked(Path journal) {
        try {
            releaseQuietly(acquireLock(journal));
            return false;
        } catch (JournalException e) {
            return true;
        }
    }

    private static void createPrivate(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void moveIfExists(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            moveAtomically(from, to);
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

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Our own temporary file; harmless if it lingers.
        }
    }

    private static void releaseQuietly(FileLock lock) {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel releases it too.
        }
        closeQuietly(lock.channel());
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // Nothing to do.
        }
    }
}
