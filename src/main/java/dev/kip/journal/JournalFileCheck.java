package dev.kip.journal;

import dev.kip.domain.BackupInfo;
import java.io.IOException;
import java.io.InputStream;
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
 * Looks at a closed journal file (a backup, or one about to be restored) without changing it:
 * immutable, read-only connections create no -wal/-shm files and take no locks.
 */
final class JournalFileCheck {
    private JournalFileCheck() {
    }

    /**
     * Refuses, with a message naming the file and what is wrong, anything but a sound Kip journal
     * this Kip can open: an SQLite file with application_id 'KIP1', a schema no newer than ours,
     * and a clean {@code PRAGMA integrity_check}.
     */
    static void requireSound(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new JournalException(file + " is not a Kip backup: there is no such file.");
        }
        if (!hasSqliteHeader(file)) {
            throw new JournalException(file + " is not a Kip backup (it is not an SQLite database).");
        }
        try (Connection c = Journal.connectImmutable(file); Statement st = c.createStatement()) {
            if (Journal.intPragma(st, "application_id") != Journal.APPLICATION_ID) {
                throw new JournalException(file + " is an SQLite database but not a Kip journal.");
            }
            int version = Journal.intPragma(st, "user_version");
            if (version < 1 || version > Migrations.latestVersion()) {
                throw new JournalException(file + " has schema " + version + "; this Kip reads schemas 1 to "
                        + Migrations.latestVersion() + (version > 0 ? ". It was written by a newer Kip." : "."));
            }
            List<String> problems = integrityProblems(st);
            if (!problems.isEmpty()) {
                throw new JournalException(file + " is damaged: " + String.join("; ", problems));
            }
        } catch (SQLException e) {
            if (Journal.isCorruption(e)) {
                throw new JournalException(file + " is damaged: " + e.getMessage(), e);
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
        byte[] head = new byte[Journal.SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, Journal.SQLITE_HEADER);
        } catch (IOException e) {
            throw new JournalException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The first few lines of integrity_check that are not "ok": enough to name the damage. */
    private static List<String> integrityProblems(Statement st) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("PRAGMA integrity_check(5)")) {
            while (rs.next()) {
                if (!"ok".equals(rs.getString(1))) {
                    problems.add(rs.getString(1));
                }
            }
        }
        return problems;
    }
}
