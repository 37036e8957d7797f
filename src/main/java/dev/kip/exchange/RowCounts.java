package dev.kip.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How many workouts (and their sets), diary nights, device nights and body weights: what a file holds, adds or repeats. */
public record RowCounts(int workouts, int sets, int nights, int deviceNights, int weights) {

    public static final RowCounts NONE = new RowCounts(0, 0, 0, 0, 0);

    public boolean isEmpty() {
        return workouts == 0 && nights == 0 && deviceNights == 0 && weights == 0;
    }

    /** "2 workouts (8 sets), 3 device nights": each kind present, named as what it is, or "nothing". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (workouts > 0) {
            parts.add(count(workouts, "workout") + " (" + count(sets, "set") + ")");
        }
        if (nights > 0) {
            parts.add(count(nights, "diary night"));
        }
        if (deviceNights > 0) {
            parts.add(count(deviceNights, "device night"));
        }
        if (weights > 0) {
            parts.add(count(weights, "body weight"));
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
