package dev.kip.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a full disk from other write failures, so the message says so in words ("The disk holding
 * X is full; nothing was changed") instead of the system's ({@code No space left on device}) or
 * SQLite's ({@code [SQLITE_IOERR_SHMSIZE] I/O error within xShmMap}).
 */
public final class DiskFull {
    /** Below this much free space, an I/O error while writing is taken to be the disk filling up. */
    private static final long NEARLY_FULL_BYTES = 1L << 20;
    private static final String[] SAYS_FULL = {"No space left on device", "not enough space on the disk", "Disk quota exceeded",
        "database or disk is full", "SQLITE_FULL"};

    private DiskFull() {
    }

    /** True when {@code problem} or one of its causes says the disk (or the person's quota) is full. */
    public static boolean says(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null) {
                for (String s : SAYS_FULL) {
                    if (m.contains(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when the disk holding {@code path} (or the nearest folder of it that exists) has almost no room left. */
    public static boolean isNearlyFull(Path path) {
        Path p = path.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        try {
            return p != null && Files.getFileStore(p).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    /** The sentence for a write to {@code file} that failed on a full disk. */
    public static String message(Path file) {
        return "The disk holding " + file.toAbsolutePath() + " is full; nothing was changed. Free some space, then try again.";
    }
}
