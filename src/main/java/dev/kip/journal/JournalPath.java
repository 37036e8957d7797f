package dev.kip.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The one name a journal file is known by: its real path, whatever link or relative name it was
 * given through. The lock, the backups and the messages all use it, so a window opened through a
 * symbolic link and a command given the real path see each other. A file with several hard links
 * has no one real name, so it is refused (two Kips would lock two names and write two -wal files
 * into one database: SQLite's "How to corrupt", 2.5 and 2.6).
 */
final class JournalPath {
    private JournalPath() {
    }

    static Path resolve(Path given) {
        Path abs = given.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(abs) && !Files.exists(abs)) {
            throw new JournalException("The journal " + abs + " is a link to " + linkTarget(abs)
                    + ", which does not exist. Restore the file it points to, or give the journal's own path.");
        }
        try {
            if (Files.exists(abs)) {
                Path real = abs.toRealPath();
                refuseHardLinks(real);
                return real;
            }
            return realFolder(abs.getParent()).resolve(abs.getFileName());
        } catch (IOException e) {
            throw new JournalException("Cannot find the journal " + abs + ": " + e.getMessage(), e);
        }
    }

    /** A folder that does not exist yet is real once created: the part of it that exists is resolved. */
    private static Path realFolder(Path dir) throws IOException {
        if (dir == null) {
            return Path.of("").toAbsolutePath();
        }
        if (Files.isSymbolicLink(dir) && !Files.exists(dir)) {
            throw new JournalException("The journal's folder " + dir + " is a link to " + linkTarget(dir)
                    + ", which does not exist. Restore the folder it points to, or give another path.");
        }
        return Files.exists(dir) ? dir.toRealPath() : realFolder(dir.getParent()).resolve(dir.getFileName());
    }

    private static void refuseHardLinks(Path real) throws IOException {
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        int links;
        try {
            links = ((Number) Files.getAttribute(real, "unix:nlink")).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return; // No link count on this file system (Windows): nothing to compare.
        }
        if (links > 1) {
            throw new JournalException("The journal " + real + " has " + links + " names on this disk (hard links). "
                    + "Kips opening it under different names would not see each other and could damage it, so Kip opens "
                    + "a journal with one name only. Remove the other names, or open a copy of the file.");
        }
    }

    private static Path linkTarget(Path link) {
        try {
            return link.resolveSibling(Files.readSymbolicLink(link)).normalize();
        } catch (IOException e) {
            return link;
        }
    }
}
