package dev.kip.service;

import dev.kip.domain.Settings;
import dev.kip.journal.Journal;
import dev.kip.journal.SettingsStore;
import java.util.Optional;

/**
 * The person's settings and the views' remembered choices (a range, a lift, a folder), stored in the
 * journal. The settings are read once and kept, so any thread may ask for them; saving them is one
 * transaction and tells every view ({@link Change#SETTINGS}).
 */
public final class SettingsService {
    private final SettingsStore store;
    private final Changes changes;
    private volatile Settings current;

    /** Reads the settings: call it on the journal thread. */
    public SettingsService(Journal journal, Changes changes) {
        this.store = new SettingsStore(journal);
        this.changes = changes;
        this.current = store.load();
    }

    public Settings current() {
        return current;
    }

    /** Stores {@code updated} and tells the views; on the journal thread. */
    public void save(Settings updated) {
        store.save(updated);
        current = updated;
        changes.publish(Change.SETTINGS);
    }

    /** A choice a view remembered under {@code key}; on the journal thread. */
    public Optional<String> remembered(String key) {
        return store.get(key);
    }

    /** Remembers a view's choice (not a setting: nothing else needs to hear of it); on the journal thread. */
    public void remember(String key, String value) {
        store.put(key, value);
    }
}
