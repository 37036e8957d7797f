package dev.kip.ui.trends;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The Trends range: a preset ending today, or custom dates from the slider. Stored in the
 * journal's settings as {@code W12} or {@code custom:2024-01-01:2024-06-30}.
 */
record RangePreset(String preset, LocalDate from, LocalDate to) {

    static final String DEFAULT = "W12";

    /** Days a preset covers, ending today; 0 for all of the journal. */
    static int days(String preset) {
        return switch (preset) {
            case "W4" -> 28;
            case "W12" -> 84;
            case "Y1" -> 365;
            case "ALL" -> 0;
            default -> throw new IllegalArgumentException("range preset: expected W4, W12, Y1 or ALL, got " + preset);
        };
    }

    /** The range of a preset in a journal whose data start at {@code first}, ending {@code last}. */
    static RangePreset of(String preset, LocalDate first, LocalDate last) {
        int days = days(preset);
        return new RangePreset(preset, days == 0 ? first : last.minusDays(days - 1L), last);
    }

    static RangePreset custom(LocalDate from, LocalDate to) {
        return new RangePreset(null, from, to);
    }

    String stored() {
        return preset != null ? preset : "custom:" + from + ":" + to;
    }

    /** Reads a stored range back; empty when it is missing or not understood (the default applies then). */
    static Optional<RangePreset> parse(String stored, LocalDate first, LocalDate last) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            if (stored.startsWith("custom:")) {
                String[] parts = stored.split(":");
                LocalDate from = LocalDate.parse(parts[1]);
                LocalDate to = LocalDate.parse(parts[2]);
                return to.isBefore(from) ? Optional.empty() : Optional.of(custom(from, to));
            }
            return Optional.of(of(stored, first, last));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
