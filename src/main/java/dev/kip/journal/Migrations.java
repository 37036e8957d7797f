package dev.kip.journal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The numbered SQL files under {@code dev/kip/journal/migrations}, applied in order by {@code PRAGMA user_version}. */
final class Migrations {

    /** Add a new file name here, one per line (and never edit a released one). */
    private static final List<String> FILES = List.of(
            "001-initial.sql",
            "002-exercise-catalog.sql",
            "003-record-index.sql",
            "007-night-zone.sql",
            "006-pain-and-physio.sql",
            "004-timed-sets-unknown-sleep-aliases.sql",
            "008-routines.sql",
            "009-device-night-zone.sql");

    /** Replaced by the machine's zone id, quoted, when a migration runs (see 007-night-zone.sql). */
    private static final String SYSTEM_ZONE = "{system_zone}";

    record Step(int version, List<String> statements) {
    }

    private Migrations() {
    }

    /** The schema version {@code fileName} brings a journal to (its place in {@link #FILES}). */
    static int versionOf(String fileName) {
        int index = FILES.indexOf(fileName);
        if (index < 0) {
            throw new IllegalArgumentException("no migration " + fileName);
        }
        return index + 1;
    }

    static int latestVersion() {
        return FILES.size();
    }

    /** The steps after {@code version}; {@code systemZone} is the zone of the machine that runs them. */
    static List<Step> after(int version, ZoneId systemZone) {
        // A zone id is letters, digits and / _ + - only, so quoting it needs no escaping.
        String zone = "'" + systemZone.getId() + "'";
        List<Step> steps = new ArrayList<>();
        for (int v = version + 1; v <= FILES.size(); v++) {
            steps.add(new Step(v, statements(read(FILES.get(v - 1)).replace(SYSTEM_ZONE, zone))));
        }
        return steps;
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a migration into statements: strips "--" comment lines, splits on ";" at line ends. */
    static List<String> statements(String sql) {
        StringBuilder cleaned = new StringBuilder();
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("--")) {
                cleaned.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : cleaned.toString().split(";\\s*\n")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
