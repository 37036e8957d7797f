package dev.kip.ui.sleep;

import dev.kip.insight.Problem;
import java.util.List;

/** Reads the number fields of the form; text that is not a number becomes a problem for its field. */
final class WholeNumbers {
    private WholeNumbers() {
    }

    /** A count that must be entered (0 is a fine answer). */
    static int required(String field, String label, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new Problem(field, label + " is missing: enter a whole number (0 if none)"));
            return 0;
        }
        Integer value = optional(field, label, text, problems);
        return value == null ? 0 : value;
    }

    /** Blank is null: not recorded. */
    static Integer optional(String field, String label, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, label + ": \"" + text.strip() + "\" is not a whole number"));
            return null;
        }
    }

    /** Blank is null; a decimal comma is read as a point (19,5). */
    static Double optionalDecimal(String field, String label, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(field, label + ": \"" + text.strip() + "\" is not a number"));
        return null;
    }
}
