package dev.kip.insight;

import dev.kip.domain.Settings.MassUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Weights are stored in kg and shown in kg or lb, rounded for display to the person's step
 * (0.1, or plate-friendly 0.25 / 0.5, in the unit shown).
 *
 * <p>Entered weights are stored unrounded ({@code 225 lb} is kept as 102.058… kg, which shows as
 * 225 lb again). A value shown rounded and saved back would drift (100 kg shows as 220.5 lb at a
 * 0.1 step, which is 100.017 kg), so a form keeps the stored kg when the person left the field as
 * shown: {@link #keptOrEntered}.
 */
public final class Units {

    /** Pounds per kilogram (the international avoirdupois pound, 0.45359237 kg exactly). */
    public static final double LB_PER_KG = 2.20462262185;

    private Units() {
    }

    /** A mass in kg expressed in {@code unit}, unrounded. */
    public static double fromKg(double kg, MassUnit unit) {
        return switch (unit) {
            case KG -> kg;
            case LB -> kg * LB_PER_KG;
        };
    }

    /** A mass given in {@code unit} expressed in kg, unrounded. */
    public static double toKg(double shown, MassUnit unit) {
        return switch (unit) {
            case KG -> shown;
            case LB -> shown / LB_PER_KG;
        };
    }

    /** {@code value} rounded to the nearest multiple of {@code step} (halves away from zero). */
    public static double roundToStep(double value, double step) {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("weight step: expected a positive number such as 0.1, 0.25 or 0.5, got "
                    + step);
        }
        // BigDecimal so that 1003 × 0.1 is 100.3, not 100.30000000000001.
        BigDecimal steps = BigDecimal.valueOf(value).divide(BigDecimal.valueOf(step), 0, RoundingMode.HALF_UP);
        return steps.multiply(BigDecimal.valueOf(step)).doubleValue();
    }

    /** The number to show for {@code kg} in {@code unit}, rounded to {@code step}, without trailing zeros: "220.5", "100". */
    public static String format(double kg, MassUnit unit, double step) {
        return BigDecimal.valueOf(roundToStep(fromKg(kg, unit), step)).stripTrailingZeros().toPlainString();
    }

    /** {@link #format} followed by the unit: "220.5 lb". */
    public static String formatWithUnit(double kg, MassUnit unit, double step) {
        return format(kg, unit, step) + " " + label(unit);
    }

    /** The unit as written after a number or in a heading: "kg" or "lb", never "KG". */
    public static String label(MassUnit unit) {
        return unit.name().toLowerCase(Locale.ROOT);
    }

    /** A weight typed in {@code unit} ("102.5", "102,5" also accepted) in kg; rejects text that is not a number ≥ 0. */
    public static double parseToKg(String text, MassUnit unit) {
        String cleaned = text == null ? "" : text.strip().replace(',', '.');
        double shown;
        try {
            shown = Double.parseDouble(cleaned);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("weight: expected a number such as 102.5, got '" + text + "'", e);
        }
        if (!(shown >= 0) || Double.isInfinite(shown)) {
            throw new IllegalArgumentException("weight: expected a number ≥ 0, got '" + text + "'");
        }
        return toKg(shown, unit);
    }

    /**
     * The kg to save from a weight field: the original kg when the field still holds what was shown
     * (so 100 kg shown as 220.5 lb and saved stays exactly 100 kg), else the entered value in kg.
     */
    public static double keptOrEntered(double originalKg, String shownText, String enteredText, MassUnit unit) {
        if (enteredText != null && enteredText.strip().equals(shownText.strip())) {
            return originalKg;
        }
        return parseToKg(enteredText, unit);
    }

    /**
     * A set's distance and time as shown beside it: "2.5 km · 12:30", "400 m", "0:45" (minutes and
     * seconds, hours when there are any); miles where weights are in lb. Empty when it has neither.
     */
    public static String distanceAndTime(Double distanceM, Integer seconds, MassUnit unit) {
        StringBuilder b = new StringBuilder();
        if (distanceM != null) {
            if (unit == MassUnit.LB) {
                b.append(String.format(Locale.ROOT, "%.2f mi", distanceM / 1609.344));
            } else if (distanceM < 1000) {
                b.append(Math.round(distanceM)).append(" m");
            } else {
                b.append(BigDecimal.valueOf(Math.round(distanceM / 10) / 100.0).stripTrailingZeros().toPlainString())
                        .append(" km");
            }
        }
        if (seconds != null) {
            if (b.length() > 0) {
                b.append(" · ");
            }
            long h = seconds / 3600;
            long m = seconds % 3600 / 60;
            long s = seconds % 60;
            b.append(h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                    : String.format(Locale.ROOT, "%d:%02d", m, s));
        }
        return b.toString();
    }
}
