package dev.kip.app;

import dev.kip.files.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Per-machine preferences that do not belong in a journal: window geometry, recent journals and
 * the last theme (for screens shown before a journal is open). Written all or nothing.
 */
public final class AppPrefs {
    private static final int RECENT_MAX = 8;
    private final Path file;
    private final Properties props = new Properties();

    private AppPrefs(Path file) {
        this.file = file;
    }

    public static AppPrefs load(Path folder) {
        AppPrefs prefs = new AppPrefs(folder.resolve("kip.properties"));
        if (Files.isRegularFile(prefs.file)) {
            try (InputStream in = Files.newInputStream(prefs.file)) {
                prefs.props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // Unreadable preferences only cost the window position; start from defaults.
                prefs.props.clear();
            }
        }
        return prefs;
    }

    public double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(props.getProperty(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public String get(String key, String fallback) {
        return props.getProperty(key, fallback);
    }

    public void put(String key, Object value) {
        props.setProperty(key, String.valueOf(value));
    }

    public List<Path> recentJournals() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT_MAX; i++) {
            String p = props.getProperty("recent." + i);
            if (p != null) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    public void addRecent(Path journal) {
        List<Path> recent = new ArrayList<>(recentJournals());
        recent.remove(journal);
        recent.add(0, journal);
        for (int i = 0; i < RECENT_MAX; i++) {
            if (i < recent.size()) {
                props.setProperty("recent." + i, recent.get(i).toString());
            } else {
                props.remove("recent." + i);
            }
        }
    }

    /** Saves quietly: losing preferences must never stop Kip from closing. */
    public void save() {
        try {
            AtomicFiles.writeBytes(file, out -> props.store(out, "Kip window and recent-journal preferences"));
        } catch (IOException e) {
            System.err.println("kip: could not save preferences to " + file + ": " + e.getMessage());
        }
    }
}
