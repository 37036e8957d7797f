package dev.kip.journal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the journal lives: {@code --journal PATH}, else {@code KIP_JOURNAL}, else the per-OS data
 * folder (never the install folder).
 */
public final class JournalLocation {
    public static final String ENV = "KIP_JOURNAL";

    private JournalLocation() {
    }

    public static Path resolve(Path fromOption) {
        return resolve(fromOption, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(Path fromOption, Map<String, String> env, String osName, Path home) {
        if (fromOption != null) {
            return fromOption.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return dataFolder(env, osName, home).resolve("journal.db");
    }

    /** The per-OS folder for Kip's data: journal, sample journal, backups. */
    public static Path dataFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Kip");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Kip");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("kip");
    }

    public static Path dataFolder() {
        return dataFolder(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }
}
