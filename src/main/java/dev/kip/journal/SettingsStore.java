package dev.kip.journal;

import dev.kip.domain.Settings;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The person's settings, as key/value rows; unknown or unreadable values fall back to the defaults. */
public final class SettingsStore {
    private final Journal journal;

    public SettingsStore(Journal journal) {
        this.journal = journal;
    }

    public Optional<String> get(String key) {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Settings load() {
        Map<String, String> all = journal.read(() -> {
            Map<String, String> m = new HashMap<>();
            try (PreparedStatement ps = journal.connection().prepareStatement("SELECT key, value FROM settings");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getString(2));
                }
            }
            return m;
        });
        Settings d = Settings.DEFAULTS;
        return new Settings(
                parseEnum(Settings.MassUnit.class, all.get("massUnit"), d.massUnit()),
                parseEnum(Settings.TempUnit.class, all.get("tempUnit"), d.tempUnit()),
                all.containsKey("clock24") ? Boolean.parseBoolean(all.get("clock24")) : d.clock24(),
                parseInt(all.get("sleepTargetMin"), d.sleepTargetMin()),
                parseEnum(Settings.E1rmFormula.class, all.get("e1rmFormula"), d.e1rmFormula()),
                all.getOrDefault("reportName", d.reportName()),
                parseEnum(Settings.Theme.class, all.get("theme"), d.theme()),
                parseEnum(Settings.Paper.class, all.get("paper"), d.paper()),
                parseDouble(all.get("weightStep"), d.weightStep()));
    }

    public void save(Settings s) {
        journal.transaction(() -> {
            put("massUnit", s.massUnit().name());
            put("tempUnit", s.tempUnit().name());
            put("clock24", Boolean.toString(s.clock24()));
            put("sleepTargetMin", Integer.toString(s.sleepTargetMin()));
            put("e1rmFormula", s.e1rmFormula().name());
            put("reportName", s.reportName());
            put("theme", s.theme().name());
            put("paper", s.paper().name());
            put("weightStep", Double.toString(s.weightStep()));
            return null;
        });
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static int parseInt(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double parseDouble(String value, double fallback) {
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
