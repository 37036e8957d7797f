package dev.kip.report;

import dev.kip.domain.Settings.MassUnit;
import dev.kip.insight.Decimals;
import dev.kip.insight.DurationFormat;
import dev.kip.insight.Units;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and dates read in the report: "88 %", "3 Mar", "2025-03-01" (durations: {@link DurationFormat}). */
final class Formats {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    static String oneDecimal(double value) {
        return Decimals.fixed(value, 1);
    }

    static String signedOneDecimal(double value) {
        // U+2212 minus: reads as a minus sign in print, not a hyphen.
        return (value < 0 ? "−" : "+") + oneDecimal(Math.abs(value));
    }

    static String whole(double value) {
        return Decimals.grouped(Math.round(value));
    }

    static String percent(double value) {
        return Math.round(value) + " %";
    }

    static String day(LocalDate d) {
        return SHORT.format(d);
    }

    static String dayWithYear(LocalDate d) {
        return SHORT_YEAR.format(d);
    }

    /** A weight in the person's unit, to the nearest whole unit: "142 kg". */
    static String mass(double kg, MassUnit unit) {
        return Units.formatWithUnit(kg, unit, 1);
    }
}
