package dev.kip.exchange.read;

import dev.kip.exchange.parse.ImportException;

import java.util.Map;

/**
 * One object of a JSON export, flattened to its scalar values by dotted path; knows where it
 * stands in the file (line and JSON path) so that a bad value is named exactly.
 */
public final class JsonRecord {

    private final String fileName;
    private final long line;
    private final String path;
    private final Map<String, String> values;

    JsonRecord(String fileName, long line, String path, Map<String, String> values) {
        this.fileName = fileName;
        this.line = line;
        this.path = path;
        this.values = values;
    }

    /** The value at the first of {@code keys} present, as written; null when none is. */
    public String text(String... keys) {
        for (String k : keys) {
            String v = values.get(k);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The number at the first of {@code keys} present, or null when none is (or it is empty). */
    public Double number(String... keys) throws ImportException {
        for (String k : keys) {
            String v = values.get(k);
            if (v != null && !v.isBlank()) {
                double d = Decimals.parse(v, false);
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw error(k, "'" + v + "' is not a number");
                }
                return d;
            }
        }
        return null;
    }

    /**
     * A duration at the first of {@code keys} present, in whole minutes: the file's value times
     * {@code secondsPerUnit} (1 for seconds, 60 for minutes, 0.001 for milliseconds); 0 when absent.
     */
    public int minutes(double secondsPerUnit, String... keys) throws ImportException {
        Double value = number(keys);
        if (value == null) {
            return 0;
        }
        double seconds = value * secondsPerUnit;
        if (seconds < 0 || seconds > SleepFields.MAX_SECONDS) {
            throw error(keyOf(keys), "'" + text(keys) + "' is not a length of sleep (0 to 48 hours)");
        }
        return (int) Math.round(seconds / 60);
    }

    /** The time at the first of {@code keys} present; null when absent, an error when it is not a time. */
    public Stamps.Stamp stamp(String... keys) throws ImportException {
        String text = text(keys);
        if (text == null || text.isBlank()) {
            return null;
        }
        Stamps.Stamp stamp = Stamps.parse(text);
        if (stamp == null) {
            throw error(keyOf(keys), "'" + text + "' is not a time like 2024-03-04T06:30:00");
        }
        return stamp;
    }

    /** The first of {@code keys} that is present, for messages about a value read through {@link #text}. */
    public String keyOf(String... keys) {
        for (String k : keys) {
            if (values.containsKey(k)) {
                return k;
            }
        }
        return keys[0];
    }

    /** "sleep.json, line 12: $[3].endTime: …" */
    public ImportException error(String key, String message) {
        return new ImportException(fileName, line, null, path + "." + key + ": " + message);
    }
}
