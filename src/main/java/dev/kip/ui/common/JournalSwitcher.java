package dev.kip.ui.common;

import java.nio.file.Path;

/** What the File menu asks of the app: open another journal, restore a backup, or quit. */
public interface JournalSwitcher {
    void open(Path journal);

    java.util.List<Path> recentJournals();

    void quit();

    /**
     * Replaces the open journal with {@code backup} and reopens it. The app must close the journal
     * first: a restore refuses a journal that is open, in this Kip or another. Default: not offered.
     */
    default void restore(Path backup) {
        throw new UnsupportedOperationException("this window cannot restore backups");
    }

    /** Leaves the sample journal for the person's own (created when it does not exist yet). Default: not offered. */
    default void startOwnJournal() {
        throw new UnsupportedOperationException("this window cannot start a journal");
    }
}
