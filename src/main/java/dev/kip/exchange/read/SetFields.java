package dev.kip.exchange.read;

import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ImportException;

import java.util.Locale;

/** Reading and checking the weight, reps and RPE of a set row, shared by the training parsers. */
public final class SetFields {

    public static final double KG_PER_LB = 0.45359237;
    static final double MAX_KG = 1000;
    static final int MAX_REPS = 1000;

    private SetFields() {
    }

    /** The unit a unit word or column-name suffix stands for ({@code kg}, {@code kgs}, {@code lbs}…), or null. */
    static MassUnit unitOf(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "kg", "kgs", "kilograms" -> MassUnit.KG;
            case "lb", "lbs", "pounds" -> MassUnit.LB;
            default -> null;
        };
    }

    /** The unit in a column name such as {@code Weight (lbs)} or {@code weight_kg}, or null. */
    public static MassUnit unitInName(String columnName) {
        String n = columnName.strip();
        int open = n.lastIndexOf('(');
        if (open >= 0 && n.endsWith(")")) {
            return unitOf(n.substring(open + 1, n.length() - 1));
        }
        int underscore = n.lastIndexOf('_');
        return underscore >= 0 ? unitOf(n.substring(underscore + 1)) : null;
    }

    /** The unit in a unit column's cell ({@code kg}, {@code lbs}, {@code kgs}); {@code whenBlank} for an empty cell. */
    public static MassUnit unitCell(CsvRows rows, int column, MassUnit whenBlank) throws ImportException {
        String word = rows.text(column);
        if (word.isBlank()) {
            return whenBlank;
        }
        MassUnit unit = unitOf(word);
        if (unit == null) {
            throw rows.error(column, "'" + word + "' is not a weight unit (kg or lbs)");
        }
        return unit;
    }

    /** The weight in kg rounded to 0.01, or null when empty; 0–1000 kg. */
    public static Double weightKg(CsvRows rows, int column, MassUnit unit) throws ImportException {
        Double value = rows.decimal(column);
        if (value == null) {
            return null;
        }
        if (value < 0) {
            throw rows.error(column, "'" + rows.text(column) + "' is negative: expected a weight of 0 or more");
        }
        double kg = Decimals.round2(unit == MassUnit.LB ? value * KG_PER_LB : value);
        if (kg > MAX_KG) {
            throw rows.error(column, "'" + rows.text(column) + "' is more than " + (int) MAX_KG + " kg");
        }
        return kg;
    }

    public static Integer reps(CsvRows rows, int column) throws ImportException {
        Integer reps = rows.integer(column);
        if (reps != null && (reps < 0 || reps > MAX_REPS)) {
            throw rows.error(column, "'" + rows.text(column) + "' is not a number of reps (0–" + MAX_REPS + ")");
        }
        return reps;
    }

    /** RPE 1–10, or null when empty; exports write 0 for "not given". */
    public static Double rpe(CsvRows rows, int column) throws ImportException {
        Double rpe = rows.decimal(column);
        if (rpe == null || rpe == 0) {
            return null;
        }
        if (rpe < 1 || rpe > 10) {
            throw rows.error(column, "'" + rows.text(column) + "' is not an RPE (1–10)");
        }
        return rpe;
    }
}
