package dev.kip.domain;

import java.time.Instant;

/** One import, as recorded in the journal's import log. */
public record ImportLogEntry(Instant at, String fileName, String format, int workouts, int sets, int nights, int weights, int skipped) {
}
