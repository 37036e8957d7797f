package dev.kip.insight;

import dev.kip.domain.Settings.TempUnit;

/** Room temperatures: stored in °C, entered and shown in the unit of the settings. */
public final class Temperatures {

    private Temperatures() {
    }

    public static double toCelsius(double value, TempUnit unit) {
        return unit == TempUnit.C ? value : (value - 32) * 5 / 9;
    }

    public static double fromCelsius(double celsius, TempUnit unit) {
        return unit == TempUnit.C ? celsius : celsius * 9 / 5 + 32;
    }
}
