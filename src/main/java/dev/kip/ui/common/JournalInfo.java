package dev.kip.ui.common;

import java.nio.file.Path;

/** Which journal the window shows, and whether it is the generated sample. */
public record JournalInfo(Path file, boolean sample) {
}
