package dev.kip.domain;

import java.nio.file.Path;
import java.time.LocalDate;

/** What a backup holds, for choosing one to restore: its date, size in bytes and how many entries of each kind. */
public record BackupInfo(Path file, LocalDate date, long sizeBytes, int nights, int workouts, int marks) {
}
