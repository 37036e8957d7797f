package dev.kip.exchange.fitnotes;

import dev.kip.domain.SetType;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ExportParser;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ParseContext;
import dev.kip.exchange.read.CsvRows;
import dev.kip.exchange.read.DateTimes;
import dev.kip.exchange.read.SetFields;
import dev.kip.exchange.read.WorkoutCollector;

import java.io.InputStream;
import java.time.LocalDate;

/**
 * FitNotes' CSV, old ({@code Weight (kgs)} / {@code Weight (lbs)}) or current ({@code Weight} +
 * {@code Weight Unit}), with an optional {@code Comment}. FitNotes has no workouts, only
 * dated sets: each date becomes one workout without a start time or name. FitNotes leaves a comma
 * inside an exercise name's parentheses unquoted ({@code Overhead Press (Each Side, Dumbbells)}):
 * such lines are read with the comma in the name; 0 × 0 rows are not sets.
 */
public final class FitNotesParser implements ExportParser {

    private static final String WHAT = "a FitNotes export (Date,Exercise,Category,Weight…)";

    @Override
    public ImportFormat format() {
        return ImportFormat.FITNOTES;
    }

    @Override
    public ImportBatch parse(InputStream in, ParseContext ctx) throws ImportException {
        try (CsvRows rows = CsvRows.open(in, ctx)) {
            int date = rows.required(WHAT, "Date");
            int exercise = rows.required(WHAT, "Exercise");
            rows.recoverCommasInParentheses(exercise);
            rows.required(WHAT, "Category");
            int weight = rows.required(WHAT, "Weight", "Weight (kgs)", "Weight (kg)", "Weight (lbs)", "Weight (lb)");
            int reps = rows.required(WHAT, "Reps");
            int weightUnit = rows.optional("Weight Unit");
            int distance = rows.optional("Distance");
            int distanceUnit = rows.optional("Distance Unit");
            int time = rows.optional("Time");
            int comment = rows.optional("Comment");
            MassUnit named = SetFields.unitInName(rows.header().name(weight));
            boolean assumed = named == null && weightUnit < 0;
            MassUnit fileUnit = named != null ? named : ctx.assumedUnit();

            WorkoutCollector collector = new WorkoutCollector();
            while (rows.next()) {
                MassUnit unit = weightUnit < 0 ? fileUnit : SetFields.unitCell(rows, weightUnit, ctx.assumedUnit());
                LocalDate day = DateTimes.isoDate(rows.text(date));
                if (day == null) {
                    throw rows.error(date, "'" + rows.text(date) + "' is not a date like 2024-03-04");
                }
                String name = rows.name(exercise, "exercise name", true);
                String key = "fitnotes:" + day;
                WorkoutCollector.Draft draft = collector.open(key, day, null, null, "");
                double metresPerUnit = SetFields.metresPerCell(rows, distanceUnit, SetFields.metresPerUnitFor(fileUnit));
                // FitNotes numbers no sets, and three identical rows are three sets: no file set number.
                draft.addSet(name, null, SetType.WORKING, SetFields.weightKg(rows, weight, unit), SetFields.reps(rows, reps), null,
                        SetFields.distanceM(rows, distance, metresPerUnit), SetFields.clockSeconds(rows, time), (int) rows.line());
                draft.addExerciseNote(name, rows.note(comment));
            }
            return collector.toBatch(ImportFormat.FITNOTES, ctx.fileName(), assumed ? ctx.assumedUnit() : null, rows);
        }
    }
}
