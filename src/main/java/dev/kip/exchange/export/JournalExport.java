package dev.kip.exchange.export;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.kip.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code kip export all}: the whole journal as CSV files plus {@code manifest.json}, written into a
 * temporary folder beside the target and moved into place, so the target folder appears complete
 * or not at all. The sleep, body and training files come from their own exporters; the rows come
 * from an {@link ExportSource} (the service reading the journal), one kind at a time.
 */
public final class JournalExport {

    public static final String SLEEP = "sleep.csv";
    public static final String DEVICE_SLEEP = "device_sleep.csv";
    public static final String BODY = "body.csv";
    public static final String TRAINING = "training.csv";
    public static final String BODY_WEIGHT = "body_weight.csv";
    public static final String FACTORS = "factors.csv";
    public static final String MANIFEST = "manifest.json";

    private final ExportSource source;
    private final String appVersion;
    private final Clock clock;

    /** @param appVersion Kip's version, for the manifest (exchange does not know the app) */
    public JournalExport(ExportSource source, String appVersion, Clock clock) {
        this.source = source;
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
        rows.put(SLEEP, new SleepCsvExport().write(source.nights(), dir.resolve(SLEEP)));
        rows.put(DEVICE_SLEEP, JournalCsv.DEVICE_SLEEP.write(source.deviceNights(), dir.resolve(DEVICE_SLEEP)));
        rows.put(BODY, BodyCsvExport.write(source.marks(), dir.resolve(BODY)));
        rows.put(TRAINING, new TrainingCsvExport(source.e1rmFormula())
                .write(dir.resolve(TRAINING), source.workouts(), source.exerciseNames()));
        rows.put(BODY_WEIGHT, JournalCsv.BODY_WEIGHT.write(source.bodyWeights(), dir.resolve(BODY_WEIGHT)));
        rows.put(FACTORS, JournalCsv.FACTORS.write(source.factors(), dir.resolve(FACTORS)));
        return rows;
    }

    private void writeManifest(Path file, Map<String, Integer> rows) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("app", "Kip");
        manifest.put("app_version", appVersion);
        manifest.put("schema_version", source.schemaVersion());
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
