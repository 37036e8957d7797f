package dev.kip.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The lock every Kip holds while it uses a journal: an OS lock on {@code <real path>.lock} beside
 * it (not on the journal itself, where it would mix with SQLite's own locks). The holder writes who
 * it is into the file, so the one turned away can say what is true: a window to close, or a
 * command still running. The OS drops the lock when the holder ends, however it ends.
 */
final class JournalLock implements AutoCloseable {
    /** What a window writes as its holder; a command writes its name, e.g. "kip import". */
    static final String WINDOW = "window";

    private final FileChannel channel;
    private final FileLock lock;
    private final String previous;

    private JournalLock(FileChannel channel, FileLock lock, String previous) {
        this.channel = channel;
        this.lock = lock;
        this.previous = previous;
    }

    static Path fileOf(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".lock");
    }

    /** Takes the lock of {@code journal} (a real path) for {@code user}, or says who holds it. */
    static JournalLock acquire(Path journal, String user) {
        Path file = fileOf(journal);
        FileChannel channel;
        try {
            channel = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE),
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new JournalException("Cannot use the journal " + journal + ": its folder is not writable (" + e.getMessage() + ").", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            String holder = read(channel).lines().findFirst().orElse("");
            close(channel);
            throw new JournalInUseException(inUse(journal, holder));
        }
        JournalLock held = new JournalLock(channel, lock, read(channel));
        held.rewrite(ProcessHandle.current().pid() + " " + user + "\n" + JournalHealth.openedFile(journal));
        return held;
    }

    /** What the lock file held before this Kip took it: how the last holder left the journal ({@link JournalHealth}). */
    String previous() {
        return previous;
    }

    /**
     * Replaces what the lock file says. Not forced to disk: if it is lost, the next open finds no
     * clean close and checks the journal, which is the safe side.
     */
    void rewrite(String content) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            // Then the next Kip checks the journal and words its message without knowing the holder.
        }
    }

    private static String read(FileChannel channel) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(500);
            int n = channel.read(buf, 0);
            return n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String inUse(Path journal, String holder) {
        holder = holder.strip();
        int space = holder.indexOf(' ');
        String pid = space > 0 ? holder.substring(0, space) : "";
        String user = space > 0 ? holder.substring(space + 1) : "";
        if (!pid.matches("\\d+") || user.isEmpty()) {
            return "The journal " + journal + " is in use by another running Kip. Close it there first; nothing was changed.";
        }
        if (user.equals(WINDOW)) {
            return "The journal " + journal + " is open in a Kip window (process " + pid + "). Close that window first; "
                    + "nothing was changed.";
        }
        return "The journal " + journal + " is in use by '" + user + "' (process " + pid + "), which is still running. "
                + "Wait for it to finish, then try again; nothing was changed.";
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // Closing the channel releases it too.
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing to do.
        }
    }
}
