package dev.kip.ui.training;

import dev.kip.text.ControlChars;

/** Reads optional numbers typed into fields; a message names the field and what was expected. */
final class FieldText {
    private FieldText() {
    }

    /** Thrown for text that is not the number a field expects; the message, shown at the field, quotes it escaped. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(ControlChars.escape(message));
        }
    }

    static Integer wholeNumber(String field, String text) throws Invalid {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            throw new Invalid(field + ": expected a whole number, got '" + t + "'");
        }
    }

    static Double decimal(String field, String text) throws Invalid {
        String t = text == null ? "" : text.strip().replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new Invalid(field + ": expected a number such as 7.5, got '" + t + "'");
        }
    }
}
