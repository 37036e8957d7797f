package dev.kip.exchange.read;

import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ImportException;

import java.util.Locale;

/** Reading and checking the weight, reps and RPE of a set row, shared by the training parsers. */
public final class SetFields {

    public static final double KG_PER_LB = 0.45359237;
    static final double MAX_KG = 1000;
    static final int MAX_REPS = 1000;
    static final double METRES_PER_KM = 1000;
    static final double METRES_PER_MILE = 1609.344;
    static final double MAX_DISTANCE_M = 1_000_000;
    static final int MAX_SECONDS = 86_400;

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

    /** The unit in a column name such as {@code Weight (lbs)}, {@code weight_kg} or {@code kg} (2016 Strong files), or null. */
    public static MassUnit unitInName(String columnName) {
        return unitOf(unitPart(columnName));
    }

    /** The unit part of a column name: inside its last parentheses, after its last underscore, or the whole name. */
    private static String unitPart(String columnName) {
        String n = columnName.strip();
        int open = n.lastIndexOf('(');
        if (open >= 0 && n.endsWith(")")) {
            return n.substring(open + 1, n.length() - 1);
        }
        int underscore = n.lastIndexOf('_');
        return underscore >= 0 ? n.substring(underscore + 1) : n;
    }

    /** Metres in one of the distance unit a word names ({@code m}, {@code km}, {@code mi.}, {@code miles}…), or NaN. */
    static double metresPer(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "m", "meter", "meters", "metre", "metres" -> 1;
            case "km", "kms", "kilometer", "kilometers", "kilometre", "kilometres" -> METRES_PER_KM;
            case "mi", "mi.", "mile", "miles" -> METRES_PER_MILE;
            case "yd", "yds", "yard", "yards" -> 0.9144;
            case "ft", "feet" -> 0.3048;
            default -> Double.NaN;
        };
    }

    /** Metres per unit named by a distance column's name ({@code Distance (meters)}, {@code distance_km}, {@code mi.}), or NaN. */
    public static double metresPerUnitInName(String columnName) {
        return metresPer(unitPart(columnName));
    }

    /**
     * The distance unit of a file that does not name one: the one that goes with its weights
     * (km with kg, miles with lb), as the apps pair them.
     */
    public static double metresPerUnitFor(MassUnit unit) {
        return unit == MassUnit.LB ? METRES_PER_MILE : METRES_PER_KM;
    }

    /** Metres per unit of a distance unit cell ({@code km}, {@code mi}, {@code m}); {@code whenBlank} for an empty cell. */
    public static double metresPerCell(CsvRows rows, int column, double whenBlank) throws ImportException {
        String word = rows.text(column);
        if (word.isBlank()) {
            return whenBlank;
        }
        double metres = metresPer(word);
        if (Double.isNaN(metres)) {
            throw rows.error(column, "'" + word + "' is not a distance unit (m, km or mi)");
        }
        return metres;
    }

    /** The distance in metres rounded to 0.01, or null when empty; 0–1,000 km. */
    public static Double distanceM(CsvRows rows, int column, double metresPerUnit) throws ImportException {
        Double value = rows.decimal(column);
        if (value == null) {
            return null;
        }
        double metres = Decimals.round2(value * metresPerUnit);
        if (value < 0 || metres > MAX_DISTANCE_M) {
            throw rows.error(column, "'" + rows.text(column) + "' is not a distance (0 to 1,000 km)");
        }
        return metres;
    }

    /** A time in seconds written as a number ({@code 90}, {@code 30.0}), rounded; null when empty; up to a day. */
    public static Integer seconds(CsvRows rows, int column) throws ImportException {
        Double value = rows.decimal(column);
        if (value == null) {
            return null;
        }
        if (value < 0 || value > MAX_SECONDS) {
            throw rows.error(column, "'" + rows.text(column) + "' is not a time in seconds (0 to 86,400)");
        }
        return (int) Math.round(value);
    }

    /** A time written as a clock ({@code 0:01:30}, {@code 1:30}) in seconds, or null when empty; up to a day. */
    public static Integer clockSeconds(CsvRows rows, int column) throws ImportException {
        String text = rows.text(column).strip();
        if (text.isEmpty()) {
            return null;
        }
        int total = 0;
        int parts = 0;
        for (String part : text.split(":", -1)) {
            int n = DateTimes.digits(part, 0, part.length());
            if (n < 0 || (parts > 0 && (n > 59 || part.length() != 2)) || ++parts > 3) {
                throw rows.error(column, "'" + text + "' is not a time like 0:01:30");
            }
            total = total * 60 + n;
        }
        if (total > MAX_SECONDS) {
            throw rows.error(column, "'" + text + "' is longer than a day");
        }
        return total;
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
