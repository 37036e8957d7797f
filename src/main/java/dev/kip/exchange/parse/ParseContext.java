package dev.kip.exchange.parse;

import dev.kip.domain.Settings.MassUnit;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a parser needs besides the bytes: the file's name (for messages), its size (for
 * progress), the unit to assume where the file names none, the zone to read zoned timestamps
 * in, and who to tell about progress.
 */
public record ParseContext(String fileName, long totalBytes, MassUnit assumedUnit, ZoneId zone, ImportProgress progress) {

    public ParseContext {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(assumedUnit, "assumedUnit");
        Objects.requireNonNull(zone, "zone");
        progress = progress == null ? ImportProgress.NONE : progress;
    }

    public static ParseContext of(String fileName, MassUnit assumedUnit) {
        return new ParseContext(fileName, -1, assumedUnit, ZoneId.systemDefault(), ImportProgress.NONE);
    }

    /** Wraps the raw file stream so reading it reports progress and honours cancellation. */
    public InputStream track(InputStream raw) {
        return new ProgressInputStream(raw, totalBytes, progress);
    }

    /**
     * The context for one file inside an export zip: messages name the zip and the entry. The
     * zip's own stream already reports progress and honours cancellation, so this one does not.
     */
    public ParseContext entry(String entryName) {
        return new ParseContext(fileName + " › " + entryName, -1, assumedUnit, zone, ImportProgress.NONE);
    }

    public ImportException error(long line, String field, String message) {
        return new ImportException(fileName, line, field, message);
    }

    /** Turns whatever reading failed with into an ImportException placed at {@code line}. */
    public ImportException readFailure(long line, Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ProgressInputStream.CancelledException) {
                return new ImportCancelledException(fileName);
            }
        }
        Throwable shown = t instanceof UncheckedIOException && t.getCause() != null ? t.getCause() : t;
        String why = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        return new ImportException(fileName, "line", line, null, "the file could not be read: " + why, t);
    }
}
