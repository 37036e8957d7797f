package dev.kip.journal;

import dev.kip.domain.BackupInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Looks at a journal file that is not open (one about to be opened, a backup, one about to be
 * restored) without changing it: immutable, read-only connections create no -wal/-shm files and
 * take no locks, and read the file alone, never a -wal beside it ({@link WalCheck} does that).
 */
final class JournalFileCheck {
    /** SQLite's own limit on the problems {@code integrity_check} lists (100); it reads every page either way. */
    static final int ALL = 0;
    /** Enough lines of {@code integrity_check} to name the damage in a message. */
    private static final int NAMED = 5;
    /** SQLite's database header (sqlite.org/fileformat.html, 1.3) and the big-endian fields read from it. */
    private static final int HEADER_BYTES = 100;
    private static final int SCHEMA_COOKIE_AT = 40;
    private static final int USER_VERSION_AT = 60;
    private static final int APPLICATION_ID_AT = 68;

    private JournalFileCheck() {
    }

    /**
     * What can be told from the file's header before taking its lock: that it is an SQLite file, a
     * Kip journal (or an empty database) and not from a newer Kip. Cheap; reads the 100-byte header
     * only, never a page through SQLite: a Kip killed while SQLite copied its -wal into the file
     * (a checkpoint) leaves pages that only the -wal completes, which {@link WalCheck} replays under
     * the lock. Read alone they look malformed, and the journal was refused as damaged though
     * nothing was lost. The header's fields are the same in the old and the new page 1.
     */
    static void requireOpenable(Path file) {
        if (Files.isDirectory(file)) {
            throw new JournalException(file + " is a folder, not a Kip journal.");
        }
        byte[] header = header(file);
        if (!hasSqliteHeader(header)) {
            throw new JournalException(file + " is not a Kip journal (it is not an SQLite database).");
        }
        if (header.length < HEADER_BYTES) {
            throw Journal.corrupt(file, "the file is shorter than SQLite's header");
        }
        ByteBuffer fields = ByteBuffer.wrap(header); // big-endian, as SQLite writes them
        int appId = fields.getInt(APPLICATION_ID_AT);
        int version = fields.getInt(USER_VERSION_AT);
        boolean hasSchema = fields.getInt(SCHEMA_COOKIE_AT) != 0; // 0 until the first table is made
        if (appId != Journal.APPLICATION_ID && (hasSchema || version != 0)) {
            throw new JournalException(file + " is an SQLite database but not a Kip journal.");
        }
        if (version > Migrations.latestVersion()) {
            throw new JournalException("The journal " + file + " was written by a newer Kip (schema " + version
                    + ", this Kip knows up to " + Migrations.latestVersion() + "). Update Kip to open it.");
        }
    }

    /**
     * Refuses, with a message naming the file and what is wrong, anything but a sound Kip journal
     * this Kip can open: an SQLite file with application_id 'KIP1', a schema no newer than ours,
     * and a clean {@code PRAGMA integrity_check}.
     */
    static void requireSound(Path file) {
        requireSound(file, file);
    }

    /** Like {@link #requireSound(Path)} for a copy of {@code shownAs}, which the messages name. */
    static void requireSound(Path file, Path shownAs) {
        requireSqliteFile(file, shownAs);
        try (Connection c = Journal.connectImmutable(file); Statement st = c.createStatement()) {
            if (Journal.intPragma(st, "application_id") != Journal.APPLICATION_ID) {
                throw new JournalException(shownAs + " is an SQLite database but not a Kip journal.");
            }
            int version = Journal.intPragma(st, "user_version");
            if (version < 1 || version > Migrations.latestVersion()) {
                throw new JournalException(shownAs + " has schema " + version + "; this Kip reads schemas 1 to "
                        + Migrations.latestVersion() + (version > 0 ? ". It was written by a newer Kip." : "."));
            }
            List<String> problems = integrityProblems(st, NAMED);
            if (!problems.isEmpty()) {
                throw new JournalException(shownAs + " is damaged: " + String.join("; ", problems));
            }
        } catch (SQLException e) {
            if (Journal.isCorruption(e)) {
                throw new JournalException(shownAs + " is damaged: " + e.getMessage(), e);
            }
            throw new JournalException("Cannot read " + shownAs + ": " + e.getMessage(), e);
        }
    }

    /** What can be told of a backup before copying it: it is a file and an SQLite database. */
    static void requireSqliteFile(Path file, Path shownAs) {
        if (!Files.isRegularFile(file)) {
            throw new JournalException(shownAs + " is not a Kip backup: there is no such file.");
        }
        if (!hasSqliteHeader(file)) {
            throw new JournalException(shownAs + " is not a Kip backup (it is not an SQLite database).");
        }
    }

    /** The file alone (never a -wal beside it) through SQLite's full check; empty when sound. */
    static List<String> integrityProblems(Path file) {
        return integrityProblems(file, NAMED);
    }

    /** Like {@link #integrityProblems(Path)}, reporting at most {@code limit} problems ({@link #ALL}: no limit). */
    static List<String> integrityProblems(Path file, int limit) {
        try (Connection c = Journal.connectImmutable(file); Statement st = c.createStatement()) {
            return integrityProblems(st, limit);
        } catch (SQLException e) {
            if (Journal.isCorruption(e)) {
                return List.of(e.getMessage());
            }
            throw new JournalException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Date, size and counts of a backup; the date is the one in its name. */
    static BackupInfo describe(Path file, LocalDate date) {
        try (Connection c = Journal.connectImmutable(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM nights), (SELECT count(*) FROM workouts), "
                     + "(SELECT count(*) FROM body_marks)")) {
            return new BackupInfo(file, date, Files.size(file), rs.getInt(1), rs.getInt(2), rs.getInt(3));
        } catch (SQLException | IOException e) {
            throw new JournalException("Cannot read the backup " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasSqliteHeader(Path file) {
        return hasSqliteHeader(header(file));
    }

    private static boolean hasSqliteHeader(byte[] header) {
        return header.length >= Journal.SQLITE_HEADER.length
                && Arrays.equals(header, 0, Journal.SQLITE_HEADER.length, Journal.SQLITE_HEADER, 0, Journal.SQLITE_HEADER.length);
    }

    /** The file's first {@value #HEADER_BYTES} bytes, fewer when it is shorter. */
    private static byte[] header(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER_BYTES);
        } catch (IOException e) {
            throw new JournalException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The lines of integrity_check that are not "ok". */
    private static List<String> integrityProblems(Statement st, int limit) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(limit == ALL ? "PRAGMA integrity_check" : "PRAGMA integrity_check(" + limit + ")")) {
            while (rs.next()) {
                if (!"ok".equals(rs.getString(1))) {
                    problems.add(rs.getString(1));
                }
            }
        }
        return problems;
    }
}
