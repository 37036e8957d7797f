package dev.kip.ui.training;

import dev.kip.domain.Settings;
import dev.kip.insight.RecordEvent;
import dev.kip.insight.RecordKind;
import dev.kip.insight.Units;

/** Words for personal records, in the person's unit. */
final class RecordText {
    private RecordText() {
    }

    /** Short, for a set's badge: "heaviest", "best e1RM", "most reps". */
    static String badge(RecordKind kind) {
        return switch (kind) {
            case HEAVIEST_WEIGHT -> "heaviest";
            case BEST_E1RM -> "best e1RM";
            case MOST_REPS_AT_WEIGHT -> "most reps";
        };
    }

    /** A full sentence part: "heaviest weight 105 kg (was 102.5 kg)". */
    static String describe(RecordEvent e, Settings s) {
        return switch (e.kind()) {
            case HEAVIEST_WEIGHT -> "heaviest weight " + kg(e.value(), s) + " (was " + kg(e.previous(), s) + ")";
            case BEST_E1RM -> "best e1RM " + kg(e.value(), s) + " (was " + kg(e.previous(), s) + ")";
            case MOST_REPS_AT_WEIGHT -> "most reps at " + kg(e.by().set().weightKg(), s) + ": " + (int) e.value()
                    + " (was " + (int) e.previous() + ")";
        };
    }

    static String kg(double kg, Settings s) {
        return Units.formatWithUnit(kg, s.massUnit(), s.weightStep());
    }
}
