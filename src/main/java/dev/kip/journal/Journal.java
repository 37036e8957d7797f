package dev.kip.journal;

import dev.kip.files.AtomicFiles;
import dev.kip.files.DiskFull;
import dev.kip.files.WriteFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * One open journal: a single SQLite file with one writer connection. Opening finds the file's one
 * real name ({@link JournalPath}), checks from its header that it is a Kip journal no newer than
 * this Kip, takes its lock ({@link JournalLock}), and under the lock checks a -wal left beside it
 * ({@link WalCheck}) and, when it was not closed cleanly or not checked for a week
 * ({@link JournalHealth}), its whole content; only then does it touch it (WAL, migrations). Work on
 * a journal is meant to run on one thread (the app's journal executor).
 */
public final class Journal implements AutoCloseable {

    /** 'KIP1' in PRAGMA application_id marks a file as a Kip journal. */
    static final int APPLICATION_ID = 0x4B495031;
    static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 5_000;

    static {
        SqliteNativeLibrary.preferUnpackedCopy();
    }

    /** The holder a window writes into the lock file, so a command turned away says "close that window". */
    public static final String WINDOW = JournalLock.WINDOW;

    private final Path file;
    private final Connection connection;
    private final JournalLock lock;
    /** When the journal last passed the full check (null: not known), carried to the next open. */
    private final Instant checkedAt;
    private final List<String> notices;
    private boolean inTransaction;

    private Journal(Path file, Connection connection, JournalLock lock, Instant checkedAt, List<String> notices) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.checkedAt = checkedAt;
        this.notices = List.copyOf(notices);
    }

    /** Opens (creating if missing) the journal at {@code file} for a Kip that does not say who it is. */
    public static Journal open(Path file) {
        return open(file, "kip");
    }

    /**
     * Opens (creating if missing) the journal at {@code file}, migrating it to the latest schema.
     * {@code user} says who holds it, for the message another Kip gets meanwhile: {@link #WINDOW}
     * or a command's name such as "kip import". {@link #notices()} says what was set right on the way.
     */
    public static Journal open(Path file, String user) {
        Path real = JournalPath.resolve(file);
        boolean exists = Files.exists(real) && sizeOf(real) > 0;
        if (exists) {
            JournalFileCheck.requireOpenable(real);
        } else {
            prepareNewFile(real);
        }
        JournalLock lock = JournalLock.acquire(real, user);
        try {
            List<String> notices = new ArrayList<>();
            Instant checkedAt = inspectUnderLock(real, exists, lock, notices);
            Connection c = connect(real);
            Journal journal = new Journal(real, c, lock, checkedAt, notices);
            try {
                journal.configure();
                journal.migrate(exists);
            } catch (RuntimeException | SQLException e) {
                journal.closeWithoutMarking();
                throw e;
            }
            return journal;
        } catch (SQLException e) {
            lock.close();
            throw new JournalException(describe("Cannot open the journal " + real, real, e), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * What only the lock's holder may look at: the -wal beside the journal, and the journal's
     * content when it was not closed cleanly or not checked for a week. Returns when the journal last
     * passed the full check. Leftovers of a killed Kip's backups and checks are removed here.
     */
    private static Instant inspectUnderLock(Path file, boolean exists, JournalLock lock, List<String> notices) {
        AtomicFiles.removeStaleTemporaries(file.getParent(), "." + file.getFileName());
        if (Files.isDirectory(Backups.folderOf(file))) {
            AtomicFiles.removeStaleTemporaries(Backups.folderOf(file), "." + Backups.baseName(file));
        }
        if (exists && (!writable(file) || !writable(file.getParent()))) {
            throw new JournalException("The journal " + file + " is read-only: Kip needs to write to it and to its folder. "
                    + "Check the file's permissions, or open a copy.");
        }
        Instant now = Instant.now();
        if (WalCheck.hasWal(file)) {
            WalCheck.check(file, lock.previous()).ifPresent(notices::add);
            return now;
        }
        if (exists && JournalHealth.needsFullCheck(lock.previous(), file, now)) {
            List<String> problems = JournalFileCheck.integrityProblems(file, JournalFileCheck.ALL);
            if (!problems.isEmpty()) {
                throw corrupt(file, problems.get(0) + (problems.size() > 1 ? " and " + (problems.size() - 1) + " more" : ""));
            }
            return now;
        }
        return JournalHealth.lastChecked(lock.previous());
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
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

    /**
     * A damaged journal: refused and never written. The message names the newest backup that passes
     * the full check (a backup is trusted only once checked) and how to restore it.
     */
    static CorruptJournalException corrupt(Path file, String detail) {
        Optional<Path> good = Backups.newestSound(file);
        String hint = good.map(b -> " The newest good backup is " + b + "; restore it with 'kip restore " + b
                        + "' or File ▸ Restore backup….")
                .orElse(Backups.list(file).isEmpty() ? " No backups were found beside it." : " None of its backups passes the check either.");
        return new CorruptJournalException("The journal " + file + " is damaged (" + withoutCode(detail) + "); Kip has not written to it.",
                hint, good);
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
            throw new JournalException(describe("Cannot create the journal " + file, file, e), e);
        }
    }

    /**
     * {@code what} failed on {@code file} because of {@code e}, in words: a full disk as such (not
     * SQLite's {@code SQLITE_IOERR_SHMSIZE} or the system's {@code No space left on device}), a
     * refused permission as such (not the bare path Java gives), else the cause's own message.
     */
    static String describe(String what, Path file, Exception e) {
        if (isIoError(e) && DiskFull.isNearlyFull(file)) {
            return DiskFull.message(file);
        }
        return WriteFailure.describe(what, file, e);
    }

    private static boolean isIoError(Exception e) {
        return e instanceof IOException || e instanceof SQLException sql && (sql.getErrorCode() & 0xff) == SQLiteErrorCode.SQLITE_IOERR.code;
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
            backupTo(Backups.unused(file.resolveSibling(file.getFileName() + ".before-schema-" + (current + 1) + "-" + stamp + ".db")));
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

    /**
     * A number that grows with every row written through this journal (SQLite's {@code total_changes()}
     * of its one connection; the journal lock keeps other writers out), and with nothing else: what a
     * service keeps from the journal at version v is still current while the version is v. Read inside
     * a transaction it counts that transaction's writes so far.
     */
    public synchronized long version() {
        return read(() -> {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT total_changes()")) {
                return rs.getLong(1);
            }
        });
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
        return vouchingFor(table, work, true);
    }

    /**
     * As {@link #transactionVouchingFor}, every statement and every check, then rolled back
     * instead of committed: a rehearsal whose result says what the real run would do. It cannot
     * join an open transaction (rolling back would undo the caller's work too).
     */
    synchronized <T> T rehearsalVouchingFor(String table, SqlWork<T> work) {
        if (inTransaction) {
            throw new IllegalStateException("a rehearsal cannot run inside a transaction");
        }
        return vouchingFor(table, work, false);
    }

    @SuppressWarnings("unchecked")
    private <T> T vouchingFor(String table, SqlWork<T> work, boolean commit) {
        if (inTransaction) {
            return run(work);
        }
        setForeignKeys(false);
        try {
            return transaction(() -> {
                T result = work.run();
                checkForeignKeysExcept(table);
                if (!commit) {
                    throw new RolledBack(result);
                }
                return result;
            });
        } catch (RolledBack done) {
            return (T) done.result;
        } finally {
            setForeignKeys(true);
        }
    }

    /** Carries a rehearsal's result out of {@link #transaction}, which rolls back on the way. */
    private static final class RolledBack extends RuntimeException {
        private final transient Object result;

        RolledBack(Object result) {
            super("rehearsal rolled back", null, false, false);
            this.result = result;
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

    /**
     * An SQL error in words, never SQLite's code names: a damaged journal, a full disk, a value the
     * schema refuses (named by its rule), else SQLite's message without its code.
     */
    private JournalException translate(SQLException e) {
        if (isCorruption(e)) {
            return corrupt(file, e.getMessage());
        }
        int code = e.getErrorCode() & 0xff;
        if (code == SQLiteErrorCode.SQLITE_FULL.code || DiskFull.says(e) || isIoError(e) && DiskFull.isNearlyFull(file)) {
            return new JournalException(DiskFull.message(file), e);
        }
        String detail = withoutCode(e.getMessage());
        if (isRuleBroken(e)) {
            return new JournalException("The journal " + file + " refused a value that breaks one of its rules (" + detail
                    + "); nothing was changed.", e);
        }
        return new JournalException("The journal " + file + " could not do this: " + detail + ". Nothing was changed.", e);
    }

    /** True when SQLite refused a row for breaking a rule of the schema (CHECK, NOT NULL, UNIQUE, FOREIGN KEY). */
    public static boolean isRuleBroken(SQLException e) {
        return (e.getErrorCode() & 0xff) == SQLiteErrorCode.SQLITE_CONSTRAINT.code;
    }

    /** "[SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed (CHECK constraint failed: level <= 10)" → the part in brackets. */
    public static String withoutCode(String message) {
        if (message == null) {
            return "unknown error";
        }
        String m = message.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
        int open = m.indexOf(" (");
        return open > 0 && m.endsWith(")") ? m.substring(open + 2, m.length() - 1) : m;
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
     * (never a file copy of a live journal) through {@link AtomicFiles#writeNew}: into a temporary
     * file that is owner-only from its first byte (SQLite gives its -journal the same mode), forced
     * to disk and moved into place. Never replaces a file: an existing {@code target} is refused.
     * A folder made for it is owner-only too.
     */
    public synchronized void backupTo(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        try {
            createPrivateFolder(abs.getParent());
            AtomicFiles.writeNew(abs, tmp -> {
                try (Statement st = connection.createStatement()) {
                    st.execute("VACUUM INTO '" + tmp.toString().replace("'", "''") + "'");
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            if (e instanceof FileAlreadyExistsException exists && abs.toString().equals(exists.getFile())) {
                throw new JournalException("Cannot back up the journal to " + abs + ": that file already exists, and a backup never "
                        + "replaces a file. Choose a new name.", e);
            }
            throw new JournalException(describe("Cannot back up the journal to " + abs, abs, e), e);
        }
    }

    private static void createPrivateFolder(Path dir) throws IOException {
        if (dir == null || Files.isDirectory(dir)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
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

    /** What was set right while opening (a -wal moved aside), for showing the person; empty as a rule. */
    public List<String> notices() {
        return notices;
    }

    /**
     * Closes the connection (SQLite checkpoints the -wal into the file and removes it), then records
     * the clean close in the lock file ({@link JournalHealth}) and releases the lock. A -wal SQLite
     * could not fold in (a full disk) still holds saves: then the close is not recorded as clean, so
     * the next open replays that -wal rather than setting it aside.
     */
    @Override
    public synchronized void close() {
        try {
            connection.close();
            if (!WalCheck.hasWal(file)) {
                lock.rewrite(JournalHealth.closedCleanly(file, checkedAt));
            }
        } catch (SQLException ignored) {
            // Closing a broken connection: nothing to save, and not a clean close.
        } finally {
            lock.close();
        }
    }

    /** Closes after a failed open: the journal may not be as a clean close leaves it. */
    private void closeWithoutMarking() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing to save.
        } finally {
            lock.close();
        }
    }
}
