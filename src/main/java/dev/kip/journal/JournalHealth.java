package dev.kip.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Whether a journal needs SQLite's full check before Kip writes into it. A clean close leaves in
 * the lock file the journal file's identity, size and modification time, and when it last passed
 * the full check. A journal that was not closed cleanly (a kill, a crash, a power cut), that was
 * changed since by anything but Kip (copied over, edited, restored), that was not checked for a
 * week or never was, gets {@code PRAGMA integrity_check} at open; a clean one opens without
 * reading every page. Anything unreadable here means "check".
 */
final class JournalHealth {
    static final Duration CHECK_EVERY = Duration.ofDays(7);
    private static final String CLOSED = "closed ";
    private static final String CHECKED = "checked ";
    private static final String FILE = "file ";

    private JournalHealth() {
    }

    /** From what the lock file held before this Kip took it. */
    static boolean needsFullCheck(String lockContent, Path journal, Instant now) {
        String closed = null;
        Instant checked = null;
        for (String line : lockContent.split("\n")) {
            if (line.startsWith(CLOSED)) {
                closed = line.substring(CLOSED.length());
            } else if (line.startsWith(CHECKED)) {
                checked = parse(line.substring(CHECKED.length()));
            }
        }
        return closed == null || !closed.equals(identity(journal)) || checked == null || checked.isAfter(now)
                || checked.plus(CHECK_EVERY).isBefore(now);
    }

    /** What a clean close writes into the lock file. */
    static String closedCleanly(Path journal, Instant checkedAt) {
        return CLOSED + identity(journal) + "\n" + (checkedAt == null ? "" : CHECKED + checkedAt + "\n");
    }

    /** The line a holder writes under its own: which file (inode) it opened under the journal's name. */
    static String openedFile(Path journal) {
        return FILE + fileKey(journal) + "\n";
    }

    /**
     * Why a -wal beside the journal cannot be the one the last Kip left, judging by the lock file;
     * null when it may be. A clean close removes the -wal, and a Kip killed while it held the lock
     * left its -wal beside the file it had opened, not beside one put in its place since.
     */
    static String whyWalIsNotItsOwn(String lockContent, Path journal) {
        if (lockContent.lines().anyMatch(line -> line.startsWith(CLOSED))) {
            return "it appeared after Kip last closed the journal cleanly";
        }
        String key = fileKey(journal);
        return lockContent.lines().anyMatch(line -> line.startsWith(FILE) && !line.substring(FILE.length()).equals(key))
                ? "it was left beside an earlier file of that name" : null;
    }

    /** True when the lock file says the journal was closed cleanly and the file has not changed since. */
    static boolean unchangedSinceClose(String lockContent, Path journal) {
        return lockContent.lines().anyMatch(line -> line.startsWith(CLOSED) && line.substring(CLOSED.length()).equals(identity(journal)));
    }

    /** When the last full check passed, for carrying it from one open to the next; null when unknown. */
    static Instant lastChecked(String lockContent) {
        for (String line : lockContent.split("\n")) {
            if (line.startsWith(CHECKED)) {
                return parse(line.substring(CHECKED.length()));
            }
        }
        return null;
    }

    private static String fileKey(Path journal) {
        try {
            return Objects.toString(Files.readAttributes(journal, BasicFileAttributes.class).fileKey(), "-");
        } catch (IOException e) {
            return "-";
        }
    }

    private static String identity(Path journal) {
        try {
            BasicFileAttributes a = Files.readAttributes(journal, BasicFileAttributes.class);
            return Objects.toString(a.fileKey(), "-") + " " + a.size() + " " + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return null; // never equal to what a clean close wrote
        }
    }

    private static Instant parse(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
