package dev.kip.ui;

import dev.kip.ui.common.JournalSwitcher;
import java.nio.file.Path;
import java.util.List;

/** A test window's File menu: opens no other journal and does not quit; {@code recent} (may be null) is its one recent journal. */
public record NoSwitching(Path recent) implements JournalSwitcher {
    /** No recent journal either. */
    public static NoSwitching none() {
        return new NoSwitching(null);
    }

    @Override
    public void open(Path journal) {
    }

    @Override
    public List<Path> recentJournals() {
        return recent == null ? List.of() : List.of(recent);
    }

    @Override
    public void quit() {
    }
}
