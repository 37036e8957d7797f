package dev.kip.journal;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyWeight;
import dev.kip.domain.Exercise;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Night;
import dev.kip.domain.RegionLoad;
import dev.kip.domain.SetType;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Journals with known content, a dump of every row for comparing them, and ways to damage one. */
public final class JournalFixtures {
    private JournalFixtures() {
    }

    /** {@code days} days ending on {@code end}: a night each, a workout of two sets every other day, a soreness mark every third. */
    public static void fill(Journal journal, LocalDate end, int days) {
        ExerciseStore exercises = new ExerciseStore(journal);
        Exercise squat = exercises.byName("Fixture Squat").orElseGet(() ->
                exercises.save(new Exercise(null, "Fixture Squat", List.of(new RegionLoad("FRONT.QUADRICEPS.L", 1.0)))));
        NightStore nights = new NightStore(journal);
        WorkoutStore workouts = new WorkoutStore(journal);
        BodyMarkStore marks = new BodyMarkStore(journal);
        journal.transaction(() -> {
            for (int i = 0; i < days; i++) {
                LocalDate d = end.minusDays(i);
                nights.put(new Night(d, LocalTime.of(22, 30), LocalTime.of(22, 45), 10 + i % 20, i % 3, 5 * (i % 4),
                        LocalTime.of(6, 30), LocalTime.of(6, 45), 1 + i % 5, 1 + (i + 2) % 5, i % 7 == 0, "night " + i, ZoneId.of("Europe/Berlin")));
                if (i % 2 == 0) {
                    workouts.insert(new Workout(null, d, LocalTime.of(18, 0), 60, 7.0, false, "Legs", "", null, null, List.of(
                            new LiftSet(squat.id(), 1, SetType.WARM_UP, 60.0, 5, null, null),
                            new LiftSet(squat.id(), 2, SetType.WORKING, 100.0 + i, 5, 8.0, 2))));
                }
                if (i % 3 == 0) {
                    marks.put(new BodyMark(d, "FRONT.QUADRICEPS.L", SymptomKind.SORENESS, i % 11, "", false));
                }
            }
            new BodyWeightStore(journal).insertIfAbsent(new BodyWeight(end, 82.5, "kip"));
            new SettingsStore(journal).put("reportName", "Zoë");
            return null;
        });
    }

    /** Every row of every table of a closed journal file, tables by name, rows in rowid order. */
    public static Map<String, List<List<Object>>> dump(Path file) throws Exception {
        Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
        try (Connection c = Journal.connectImmutable(file); Statement st = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                List<List<Object>> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + name + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= n; i++) {
                            row.add(rs.getObject(i));
                        }
                        rows.add(row);
                    }
                }
                tables.put(name, rows);
            }
        }
        return tables;
    }

    /** Damages a closed journal's tables (the header stays valid, so it still looks like SQLite). */
    public static void corrupt(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4096);
            raf.write(new byte[4096 * 2]);
            for (int i = 0; i < 64; i++) {
                raf.write("garbage!".getBytes());
            }
        }
    }

    /** Makes a journal file claim a schema newer than this Kip knows. */
    public static void makeNewer(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA user_version = 99");
        }
    }

    /** The journal's own connection, for tests that need to make SQLite fail in a given way. */
    public static Connection connectionOf(Journal journal) {
        return journal.connection();
    }

    /**
     * Damages only the nights' date index of a closed journal, the way one flipped byte does: the
     * index entry for {@code date} now reads {@code date} with its last digit set to {@code digit}
     * (keep it the newest date so the index stays in order). {@code quick_check} finds nothing;
     * {@code integrity_check} finds the row missing from the index, and an insert of {@code date}
     * is no longer refused as a duplicate.
     */
    public static void staleDateIndex(Path file, String date, char digit) throws Exception {
        int root;
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            try (ResultSet rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_nights_1'")) {
                root = rs.getInt(1);
            }
            try (ResultSet rs = st.executeQuery("PRAGMA page_size")) {
                pageSize = rs.getInt(1);
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] page = new byte[pageSize];
            raf.seek((long) (root - 1) * pageSize);
            raf.readFully(page);
            int at = new String(page, java.nio.charset.StandardCharsets.ISO_8859_1).lastIndexOf(date);
            if (at < 0) {
                throw new IllegalStateException(date + " is not in the root page of the nights' index");
            }
            raf.seek((long) (root - 1) * pageSize + at + date.length() - 1);
            raf.write(digit);
        }
    }

    /**
     * Leaves {@code copy} (and its -wal and -shm) as a Kip killed right after running {@code sql}
     * on {@code journal} leaves a journal: the last writes only in the -wal. {@code journal} itself
     * ends up with them too.
     */
    public static void killedAfter(Path journal, Path copy, String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA wal_autocheckpoint = 0");
            for (String s : sql) {
                st.execute(s);
            }
            for (String side : List.of("", "-wal", "-shm")) {
                Files.copy(journal.resolveSibling(journal.getFileName() + side), copy.resolveSibling(copy.getFileName() + side),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        lockAsAKilledKipLeavesIt(copy);
    }

    /**
     * As {@link #killedAfter}, then as if the Kip was killed while SQLite copied the -wal into the file (a
     * checkpoint): every page the -wal holds, but the first, is left in the file as garbage, which only
     * replaying the -wal puts right. Page 1 gets the -wal's version, as a checkpoint writes it whole.
     */
    public static void killedDuringCheckpoint(Path journal, Path copy, String... sql) throws Exception {
        killedAfter(journal, copy, sql);
        byte[] wal = Files.readAllBytes(copy.resolveSibling(copy.getFileName() + "-wal"));
        java.nio.ByteBuffer frames = java.nio.ByteBuffer.wrap(wal); // SQLite's -wal: big-endian
        int pageSize = frames.getInt(8);
        byte[] garbage = new byte[pageSize];
        java.util.Arrays.fill(garbage, (byte) 0x5A);
        try (RandomAccessFile file = new RandomAccessFile(copy.toFile(), "rw")) {
            for (int frame = 32; frame + 24 + pageSize <= wal.length; frame += 24 + pageSize) {
                int page = frames.getInt(frame);
                file.seek((long) (page - 1) * pageSize);
                if (page == 1) {
                    file.write(wal, frame + 24, pageSize);
                } else {
                    file.write(garbage);
                }
            }
        }
    }

    /** Writes {@code journal}'s lock file as a Kip window killed while it held the journal leaves it. */
    public static void lockAsAKilledKipLeavesIt(Path journal) throws Exception {
        Files.writeString(JournalLock.fileOf(journal), "999999999 " + JournalLock.WINDOW + "\n" + JournalHealth.openedFile(journal));
    }

    /** The names of the files in a folder, sorted. */
    public static Set<String> names(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
