package dev.kip.journal;

import dev.kip.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A copy of a database file and its {@code -wal}, in a private temporary folder beside {@code near}
 * (the same disk, so the copy can be moved into place in one step), made one self-contained file:
 * SQLite replays the -wal into the copy, never into the original. It is how Kip looks at what a
 * -wal would do before letting it near a journal, and how a backup that has its own -wal is
 * restored whole. Closing it removes the folder.
 */
final class ScratchCopy implements AutoCloseable {
    private final Path folder;
    private final Path file;

    private ScratchCopy(Path folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    /** Copies {@code db} and its -wal (when it has one) and replays the -wal into the copy. */
    static ScratchCopy of(Path db, Path near) throws IOException, SQLException {
        Path folder = AtomicFiles.createTempFolder(near);
        ScratchCopy copy = new ScratchCopy(folder, folder.resolve("copy.db"));
        try {
            Files.copy(db, copy.file);
            Path wal = sideFile(db, "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, sideFile(copy.file, "-wal"));
                copy.replayWal();
            }
            return copy;
        } catch (IOException | SQLException | RuntimeException e) {
            copy.close();
            throw e;
        }
    }

    static Path sideFile(Path db, String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }

    /** A connection of our own: SQLite reads the -wal, writes its rows into the copy and removes it. */
    private void replayWal() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            st.execute("PRAGMA journal_mode = DELETE");
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            AtomicFiles.deleteTree(folder);
        } catch (IOException ignored) {
            // A leftover private folder; the next open removes it (AtomicFiles.removeStaleTemporaries).
        }
    }
}
