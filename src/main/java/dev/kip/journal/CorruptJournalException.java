package dev.kip.journal;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The journal is damaged and was not written. {@link #problem()} says what is wrong; the message
 * adds, for the command line, which backup to restore. The window offers {@link #newestGoodBackup()}
 * in its own words.
 */
public final class CorruptJournalException extends JournalException {
    private final String problem;
    private final transient Optional<Path> newestGoodBackup;

    public CorruptJournalException(String problem, String hint, Optional<Path> newestGoodBackup) {
        super(problem + hint);
        this.problem = problem;
        this.newestGoodBackup = newestGoodBackup;
    }

    public String problem() {
        return problem;
    }

    /** The newest backup beside the journal that passes the full check, if any. */
    public Optional<Path> newestGoodBackup() {
        return newestGoodBackup;
    }
}
