package dev.kip.journal;

import java.nio.file.Path;
import java.util.List;

/** The journal is damaged; carries the backups found beside it, newest first, so the caller can offer one. */
public final class CorruptJournalException extends JournalException {
    private final transient List<Path> backups;

    public CorruptJournalException(String message, List<Path> backups) {
        super(message);
        this.backups = List.copyOf(backups);
    }

    public List<Path> backups() {
        return backups;
    }
}
