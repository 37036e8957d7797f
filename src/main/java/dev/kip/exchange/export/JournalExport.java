package dev.kip.exchange.export;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.kip.domain.Exercise;
import dev.kip.files.AtomicFiles;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.BodyWeightStore;
import dev.kip.journal.DeviceNightStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.FactorsStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.SettingsStore;
import dev.kip.journal.WorkoutStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code kip export all}: the whole journal as CSV files plus {@code manifest.json}, written into a
 * temporary folder beside the target and moved into place, so the target folder appears complete
 * or not at all. The sleep, body and training files come from their own exporters.
 */
public final class JournalExport {

    public static final String SLEEP = "sleep.csv";
    public static final String DEVICE_SLEEP = "device_sleep.csv";
    public static final String BODY = "body.csv";
    public static final String TRAINING = "training.csv";
    public static final String BODY_WEIGHT = "body_weight.csv";
    public static final String FACTORS = "factors.csv";
    public static final String MANIFEST = "manifest.json";

    // ISO dates compare as text in SQL; LocalDate.MIN/MAX would print with a sign.
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final Journal journal;
    private final String appVersion;
    private final Clock clock;

    /** @param appVersion Kip's version, for the manifest (exchange does not know the app) */
    public JournalExport(Journal journal, String appVersion, Clock clock) {
        this.journal = journal;
        this.appVersion = appVersion;
        this.clock = clock;
    }

    /**
     * Writes every file into {@code dir}, which must not exist or be an empty folder; returns the
     * rows written per file.
     */
    public Map<String, Integer> writeAll(Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new IOException(target + " already exists and is not an empty folder; choose a new folder for the export");
        }
        Map<String, Integer> rows = new LinkedHashMap<>();
        AtomicFiles.writeFolder(target, tmp -> {
            rows.putAll(writeFiles(tmp));
            writeManifest(tmp.resolve(MANIFEST), rows);
        });
        return rows;
    }

    private Map<String, Integer> writeFiles(Path dir) throws IOException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put(SLEEP, new SleepCsvExport().write(new NightStore(journal).between(FIRST_DAY, LAST_DAY), dir.resolve(SLEEP)));
        rows.put(DEVICE_SLEEP, JournalCsv.DEVICE_SLEEP.write(new DeviceNightStore(journal).between(FIRST_DAY, LAST_DAY),
                dir.resolve(DEVICE_SLEEP)));
        rows.put(BODY, BodyCsvExport.write(new BodyMarkStore(journal).all(), dir.resolve(BODY)));
        Map<Long, String> exercises = new ExerciseStore(journal).all().stream().collect(Collectors.toMap(Exercise::id, Exercise::name));
        rows.put(TRAINING, new TrainingCsvExport(new SettingsStore(journal).load().e1rmFormula())
                .write(dir.resolve(TRAINING), new WorkoutStore(journal).between(FIRST_DAY, LAST_DAY), exercises));
        rows.put(BODY_WEIGHT, JournalCsv.BODY_WEIGHT.write(new BodyWeightStore(journal).between(FIRST_DAY, LAST_DAY),
                dir.resolve(BODY_WEIGHT)));
        rows.put(FACTORS, JournalCsv.FACTORS.write(new FactorsStore(journal).between(FIRST_DAY, LAST_DAY), dir.resolve(FACTORS)));
        return rows;
    }

    private void writeManifest(Path file, Map<String, Integer> rows) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("app", "Kip");
        manifest.put("app_version", appVersion);
        manifest.put("schema_version", journal.schemaVersion());
        manifest.put("exported_at", clock.instant().toString());
        manifest.put("rows", rows);
        String json = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(manifest);
        AtomicFiles.write(file, w -> w.write(json + "\n"));
    }

    private static boolean isEmptyFolder(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(p)) {
            return entries.findAny().isEmpty();
        }
    }
}
