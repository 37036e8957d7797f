package dev.kip.journal;

import dev.kip.domain.NightTrust;
import dev.kip.domain.SleepSourcePrefs;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The person's choice of sleep source, kept as rows of the settings table: the device order and
 * "prefer the device" as two keys, and each night's "trust the diary/device" as a key of its own
 * ({@code nightTrust.2024-03-04}), so no schema change is needed and unknown keys stay harmless.
 */
public final class SleepSourceSettings {

    static final String PRIORITY = "sleepDevicePriority";
    static final String PREFER_DEVICE = "sleepPreferDevice";
    static final String TRUST_PREFIX = "nightTrust.";

    private final Journal journal;
    private final SettingsStore settings;

    public SleepSourceSettings(Journal journal) {
        this.journal = journal;
        this.settings = new SettingsStore(journal);
    }

    public SleepSourcePrefs prefs() {
        List<String> order = settings.get(PRIORITY).map(v -> Arrays.stream(v.split("\n")).filter(s -> !s.isBlank()).toList())
                .orElse(List.of());
        return new SleepSourcePrefs(order, settings.get(PREFER_DEVICE).map(Boolean::parseBoolean).orElse(false));
    }

    public void save(SleepSourcePrefs prefs) {
        journal.transaction(() -> {
            settings.put(PRIORITY, String.join("\n", prefs.devicePriority()));
            settings.put(PREFER_DEVICE, Boolean.toString(prefs.preferDevice()));
            return null;
        });
    }

    /** The nights from {@code from} to {@code to} the person settled. */
    public Map<LocalDate, NightTrust> trustBetween(LocalDate from, LocalDate to) {
        return journal.read(() -> {
            Map<LocalDate, NightTrust> out = new TreeMap<>();
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT key, value FROM settings WHERE key BETWEEN ? AND ?")) {
                ps.setString(1, TRUST_PREFIX + from);
                ps.setString(2, TRUST_PREFIX + to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        try {
                            out.put(LocalDate.parse(rs.getString(1).substring(TRUST_PREFIX.length())),
                                    NightTrust.valueOf(rs.getString(2)));
                        } catch (RuntimeException unreadable) {
                            // A hand-edited row that is not a date or a choice says nothing about any night.
                        }
                    }
                }
            }
            return out;
        });
    }

    /** Settles the night of {@code date}; null forgets the choice (the preference decides again). */
    public void setTrust(LocalDate date, NightTrust choice) {
        if (choice != null) {
            settings.put(TRUST_PREFIX + date, choice.name());
            return;
        }
        journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement("DELETE FROM settings WHERE key = ?")) {
                ps.setString(1, TRUST_PREFIX + date);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
