package dev.kip.ui.common;

import java.nio.file.Path;

/**
 * Which journal the window shows, whether it is the generated sample, and where its backups go
 * (the newest {@code dailyBackupsKept} daily backups and {@code weeklyBackupsKept} weekly ones are kept).
 */
public record JournalInfo(Path file, boolean sample, Path backups, int dailyBackupsKept, int weeklyBackupsKept) {
}
