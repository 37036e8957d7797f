package dev.kip.ui.chart;

import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A value axis: its title ("Sleep (h)"), how tick values are written, and a fixed scale, or null
 * to fit the scale to the data (a 0–10 symptom scale stays 0–10 whatever was marked).
 */
public record ValueAxis(String title, DoubleFunction<String> format, Ticks.Scale fixed) {

    /** No axis: nothing is drawn against this side. */
    public static final ValueAxis NONE = new ValueAxis("", v -> String.format(Locale.ROOT, "%.0f", v), null);

    public static ValueAxis fitted(String title, DoubleFunction<String> format) {
        return new ValueAxis(title, format, null);
    }
}
