package dev.kip.ui.common;

import dev.kip.domain.Settings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The current settings as a property the views bind to (units, clock, theme…). */
public final class SettingsModel {
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.DEFAULTS);

    public SettingsModel(Settings initial) {
        settings.set(initial);
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public Settings get() {
        return settings.get();
    }
}
