package dev.kip.ui.common;

import java.nio.file.Path;

/** What the File menu asks of the app: open another journal, or quit. */
public interface JournalSwitcher {
    void open(Path journal);

    java.util.List<Path> recentJournals();

    void quit();
}
