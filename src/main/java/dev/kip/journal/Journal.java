package dev.kip.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * One open journal: a single SQLite file with one writer connection. Opening checks, in order,
 * that the file is a Kip journal, is not corrupt, is not newer than this Kip, is writable and is
 * not open in another running Kip, and only then touches it (WAL, migrations). Work on a journal
 * is meant to run on one thread (the app's journal executor).
 */
public final class Journal implements AutoCloseable {

    /** 'KIP1' in PRAGMA application_id marks a file as a Kip journal. */
    static final int APPLICATION_ID = 0x4B495031;
    static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 5_000;

    static {
        SqliteNativeLibrary.preferUnpackedCopy();
    }

    private final Path file;
    private final Connection connection;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean inTransaction;

    private Journal(Path file, Connection connection, FileChannel lockChannel, FileLock lock) {
        this.file = file;
        this.connection = connection;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens (creating if missing) the journal at {@code file}, migrating it to the latest schema. */
    public static Journal open(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        boolean exists = Files.exists(abs) && sizeOf(abs) > 0;
        if (exists) {
            inspectExisting(abs);
        } else {
            prepareNewFile(abs);
        }
        FileChannel channel = null;
        FileLock fileLock = null;
        try {
            channel = FileChannel.open(lockFile(abs), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            fileLock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            fileLock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new JournalException("Cannot open the journal " + abs + ": its folder is not writable (" + e.getMessage() + ").", e);
        }
        if (fileLock == null) {
            closeQuietly(channel);
            throw new JournalException("The journal " + abs + " is already open in another running Kip. Close that window first.");
        }
        try {
            Connection c = connect(abs);
            Journal journal = new Journal(abs, c, channel, fileLock);
            try {
                journal.configure();
                journal.migrate(exists);
            } catch (RuntimeException | SQLException e) {
                journal.close();
                throw e;
            }
            return journal;
        } catch (SQLException e) {
            releaseQuietly(fileLock, channel);
            throw new JournalException("Cannot open the journal " + abs + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            releaseQuietly(fileLock, channel);
            throw e;
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    static Path lockFile(Path journalFile) {
        return journalFile.resolveSibling(journalFile.getFileName() + ".lock");
    }

    /** Read-only checks on an existing file: nothing here may modify it. */
    private static void inspectExisting(Path file) {
        if (Files.isDirectory(file)) {
            throw new JournalException(file + " is a folder, not a Kip journal.");
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n < head.length || !java.util.Arrays.equals(head, SQLITE_HEADER)) {
                throw new JournalException(file + " is not a Kip journal (it is not an SQLite database).");
            }
        } catch (IOException e) {
            throw new JournalException("Cannot read the journal " + file + ": " + e.getMessage(), e);
        }
        try (Connection c = connectImmutable(file); Statement st = c.createStatement()) {
            int appId = intPragma(st, "application_id");
            int version = intPragma(st, "user_version");
            int tables;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                tables = rs.getInt(1);
            }
            if (appId != APPLICATION_ID && (tables > 0 || version != 0)) {
                throw new JournalException(file + " is an SQLite database but not a Kip journal.");
            }
            if (version > Migrations.latestVersion()) {
                throw new JournalException("The journal " + file + " was written by a newer Kip (schema " + version
                        + ", this Kip knows up to " + Migrations.latestVersion() + "). Update Kip to open it.");
            }
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check(1)")) {
                String result = rs.getString(1);
                if (!"ok".equals(result)) {
                    throw corrupt(file, result);
                }
            }
        } catch (SQLException e) {
            if (isCorruption(e)) {
                throw corrupt(file, e.getMessage());
            }
            throw new JournalException("Cannot read the journal " + file + ": " + e.getMessage(), e);
        }
        if (!writable(file) || !writable(file.toAbsolutePath().getParent())) {
            throw new JournalException("The journal " + file + " is read-only: Kip needs to write to it and to its folder. "
                    + "Check the file's permissions, or open a copy.");
        }
    }

    /** Writable by its mode bits too: as root, access(2) says yes to a file marked read-only. */
    private static boolean writable(Path p) {
        if (!Files.isWritable(p)) {
            return false;
        }
        try {
            return !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    || Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isCorruption(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    private static JournalException corrupt(Path file, String detail) {
        List<Path> backups = Backups.list(file);
        String hint = backups.isEmpty()
                ? " No backups were found beside it."
                : " Backups exist in " + Backups.folderOf(file) + " (newest: " + backups.get(0).getFileName() + ").";
        return new CorruptJournalException("The journal " + file + " is damaged (" + detail + ")." + hint, backups);
    }

    private static void prepareNewFile(Path file) {
        try {
            Path dir = file.getParent();
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (dir != null && !Files.exists(dir)) {
                if (posix) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(dir);
                }
            }
            if (!Files.exists(file)) {
                if (posix) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
            }
        } catch (IOException e) {
            throw new JournalException("Cannot create the journal " + file + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    /** A look that creates no -wal/-shm files and takes no locks: the file stays exactly as it was. */
    static Connection connectImmutable(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1", config.toProperties());
    }

    static int intPragma(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void configure() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA synchronous = FULL");
        }
    }

    private void migrate(boolean existed) throws SQLException {
        int current;
        try (Statement st = connection.createStatement()) {
            current = intPragma(st, "user_version");
        }
        List<Migrations.Step> pending = Migrations.after(current, ZoneId.systemDefault());
        if (pending.isEmpty()) {
            return;
        }
        if (existed && current > 0) {
            // Keep the journal as it was before changing its schema.
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            backupTo(file.resolveSibling(file.getFileName() + ".before-schema-" + (current + 1) + "-" + stamp + ".db"));
        }
        transaction(() -> {
            try (Statement st = connection.createStatement()) {
                for (Migrations.Step step : pending) {
                    for (String sql : step.statements()) {
                        st.execute(sql);
                    }
                    st.execute("PRAGMA user_version = " + step.version());
                }
                st.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
            return null;
        });
    }

    public Path file() {
        return file;
    }

    /** The schema version this journal is at. */
    public int schemaVersion() {
        try (Statement st = connection.createStatement()) {
            return intPragma(st, "user_version");
        } catch (SQLException e) {
            throw new JournalException("Cannot read the schema version of " + file + ": " + e.getMessage(), e);
        }
    }

    Connection connection() {
        return connection;
    }

    /** Work on the connection that may throw SQLException. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: all of it is written, or none. Nested calls join the
     * outer transaction, so a user action composed of several store calls stays one transaction.
     */
    public synchronized <T> T transaction(SqlWork<T> work) {
        if (inTransaction) {
            return run(work);
        }
        try {
            connection.setAutoCommit(false);
            inTransaction = true;
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw translate(e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            inTransaction = false;
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // The connection is unusable; the next call reports it.
            }
        }
    }

    /**
     * Like {@link #transaction}, but SQLite does not check the foreign keys of {@code table} row by
     * row (about a tenth of a large import's time): the caller vouches for them, as
     * {@link BulkWriter} does for sets. Every other table's foreign keys are still checked, with
     * {@code PRAGMA foreign_key_check} before the commit. A nested call joins the outer
     * transaction with its checks on (SQLite ignores the pragma inside a transaction).
     */
    synchronized <T> T transactionVouchingFor(String table, SqlWork<T> work) {
        if (inTransaction) {
            return run(work);
        }
        setForeignKeys(false);
        try {
            return transaction(() -> {
                T result = work.run();
                checkForeignKeysExcept(table);
                return result;
            });
        } finally {
            setForeignKeys(true);
        }
    }

    private void setForeignKeys(boolean on) {
        run(() -> {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
            }
            return null;
        });
    }

    private void checkForeignKeysExcept(String table) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> '" + table
                     + "' AND name NOT LIKE 'sqlite%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        try (Statement st = connection.createStatement()) {
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check(\"" + t + "\")")) {
                    if (rs.next()) {
                        throw new SQLException("FOREIGN KEY constraint failed: a row of " + t + " (rowid " + rs.getLong(2)
                                + ") refers to a missing row of " + rs.getString(3));
                    }
                }
            }
        }
    }

    /** Runs read work outside a transaction, translating SQL errors. */
    public synchronized <T> T read(SqlWork<T> work) {
        return run(work);
    }

    private <T> T run(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private JournalException translate(SQLException e) {
        if (isCorruption(e)) {
            return corrupt(file, e.getMessage());
        }
        return new JournalException("Journal " + file.getFileName() + ": " + e.getMessage(), e);
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // Nothing more can be done; SQLite rolls back an unfinished transaction on close.
        }
    }

    /**
     * Writes a consistent copy of the journal to {@code target} with SQLite's {@code VACUUM INTO}
     * (never a file copy of a live journal), via a temporary file moved into place. Like the journal,
     * the copy and a folder made for it are readable by their owner only.
     */
    public synchronized void backupTo(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (abs.getParent() != null && !Files.isDirectory(abs.getParent())) {
                if (posix) {
                    Files.createDirectories(abs.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(abs.getParent());
                }
            }
            Files.deleteIfExists(tmp);
            try (Statement st = connection.createStatement()) {
                st.execute("VACUUM INTO '" + tmp.toString().replace("'", "''") + "'");
            }
            if (posix) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Best effort clean-up of our own temporary file.
            }
            throw new JournalException("Cannot back up the journal to " + abs + ": " + e.getMessage(), e);
        }
    }

    /** SQLite's full integrity check; an empty list means sound. */
    public List<String> integrityProblems() {
        return read(() -> {
            List<String> problems = new ArrayList<>();
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    if (!"ok".equals(line)) {
                        problems.add(line);
                    }
                }
            }
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problems.add("row " + rs.getLong(2) + " of " + rs.getString(1) + " refers to a missing " + rs.getString(3));
                }
            }
            return problems;
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing a broken connection: nothing to save.
        } finally {
            releaseQuietly(lock, lockChannel);
        }
    }

    private static void releaseQuietly(FileLock lock, FileChannel channel) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // The OS releases the lock when the channel closes.
        }
        closeQuietly(channel);
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
