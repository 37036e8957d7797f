package dev.kip.exchange.parse;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The files Kip can import, with the name the command line uses for each. */
public enum ImportFormat {
    STRONG("strong", "Strong"),
    HEVY("hevy", "Hevy"),
    FITNOTES("fitnotes", "FitNotes"),
    APPLE_HEALTH("apple-health", "Apple Health"),
    KIP_SLEEP("kip-sleep", "Kip sleep"),
    SLEEP_AS_ANDROID("sleep-as-android", "Sleep as Android"),
    GARMIN("garmin", "Garmin"),
    FITBIT("fitbit", "Fitbit"),
    WHOOP("whoop", "Whoop"),
    OURA("oura", "Oura"),
    SAMSUNG_HEALTH("samsung-health", "Samsung Health"),
    STRONGLIFTS("stronglifts", "StrongLifts 5×5");

    private final String cliName;
    private final String displayName;

    ImportFormat(String cliName, String displayName) {
        this.cliName = cliName;
        this.displayName = displayName;
    }

    /** The {@code --format} value; also the {@code source} stored with imported rows. */
    public String cliName() {
        return cliName;
    }

    public String displayName() {
        return displayName;
    }

    public static ImportFormat fromCliName(String name) {
        for (ImportFormat f : values()) {
            if (f.cliName.equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown import format '" + name + "' (expected "
                + Arrays.stream(values()).map(ImportFormat::cliName).collect(Collectors.joining("|")) + ")");
    }
}
