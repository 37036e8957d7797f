package dev.kip.exchange.strong;

import dev.kip.domain.SetType;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ExportParser;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ParseContext;
import dev.kip.exchange.parse.SkipReason;
import dev.kip.exchange.read.CsvRows;
import dev.kip.exchange.read.DateTimes;
import dev.kip.exchange.read.Durations;
import dev.kip.exchange.read.SetFields;
import dev.kip.exchange.read.WorkoutCollector;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Strong's CSV export in all its variants, told apart by the header: A ({@code ;}, a
 * {@code Weight Unit} column, maybe {@code Workout Duration}), B and C ({@code ,}, no unit,
 * {@code Duration} like {@code 1h 2m}), D (every field quoted, {@code Duration (sec)}, the unit in
 * {@code Weight (kg)} / {@code Weight (lbs)}), and the 2016–2018 files that name the unit as the
 * column ({@code kg}, {@code lbs}, {@code km}, {@code mi.}), count sets from 0 and have no
 * duration. A workout is the rows sharing Date + Workout Name.
 *
 * <p>{@code Set Order} is a set number, W (warm-up), D (drop) or F (failure); {@code Rest Timer}
 * rows are not sets, {@code Note} rows carry an exercise note (kept in the workout's notes).
 * Cardio and holds (distance and/or seconds) are kept as sets of time or distance.
 */
public final class StrongParser implements ExportParser {

    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String WHAT = "a Strong export";

    @Override
    public ImportFormat format() {
        return ImportFormat.STRONG;
    }

    @Override
    public ImportBatch parse(InputStream in, ParseContext ctx) throws ImportException {
        try (CsvRows rows = CsvRows.open(in, ctx)) {
            return new Columns(rows, ctx).read();
        }
    }

    /** The column positions of one file, and the reading of its rows. */
    private static final class Columns {
        private final CsvRows rows;
        private final ParseContext ctx;
        private final int date;
        private final int workoutName;
        private final int exercise;
        private final int setOrder;
        private final int weight;
        private final int weightUnit;
        private final int reps;
        private final int rpe;
        private final int distance;
        private final int distanceUnit;
        private final int seconds;
        private final int duration;
        private final boolean durationInSeconds;
        private final int notes;
        private final int workoutNotes;
        /** The unit of every weight when the file has no unit column (from the header name, else assumed). */
        private final MassUnit fileUnit;
        private final boolean unitAssumed;
        /** Metres per unit of every distance when the file has no distance unit column. */
        private final double fileMetresPerUnit;
        private final WorkoutCollector collector = new WorkoutCollector();

        Columns(CsvRows rows, ParseContext ctx) throws ImportException {
            this.rows = rows;
            this.ctx = ctx;
            date = rows.required(WHAT, "Date");
            workoutName = rows.required(WHAT, "Workout Name");
            exercise = rows.required(WHAT, "Exercise Name");
            setOrder = rows.required(WHAT, "Set Order");
            weight = rows.required(WHAT, "Weight", "Weight (kg)", "Weight (kgs)", "Weight (lbs)", "Weight (lb)", "kg", "lbs");
            reps = rows.required(WHAT, "Reps");
            weightUnit = rows.optional("Weight Unit");
            rpe = rows.optional("RPE");
            distance = rows.optional("Distance", "Distance (meters)", "Distance (m)", "Distance (km)", "Distance (miles)",
                    "Distance (mi)", "km", "mi.", "mi", "miles");
            distanceUnit = rows.optional("Distance Unit");
            seconds = rows.optional("Seconds");
            int durationSeconds = rows.optional("Duration (sec)", "Duration (s)");
            durationInSeconds = durationSeconds >= 0;
            duration = durationInSeconds ? durationSeconds : rows.optional("Duration", "Workout Duration");
            notes = rows.optional("Notes");
            workoutNotes = rows.optional("Workout Notes");
            MassUnit named = SetFields.unitInName(rows.header().name(weight));
            unitAssumed = named == null && weightUnit < 0;
            fileUnit = named != null ? named : ctx.assumedUnit();
            double metres = distance < 0 ? Double.NaN : SetFields.metresPerUnitInName(rows.header().name(distance));
            fileMetresPerUnit = Double.isNaN(metres) ? SetFields.metresPerUnitFor(fileUnit) : metres;
        }

        ImportBatch read() throws ImportException {
            String lastDate = null;
            String lastName = null;
            WorkoutCollector.Draft draft = null;
            while (rows.next()) {
                // Rows of one workout are usually adjacent: skip the key work (and the Strings) when nothing changed.
                if (draft == null || !rows.textEquals(date, lastDate) || !rows.textEquals(workoutName, lastName)) {
                    lastDate = rows.text(date);
                    lastName = rows.text(workoutName);
                    draft = workout(lastDate, lastName);
                }
                addRow(draft);
            }
            return collector.toBatch(ImportFormat.STRONG, ctx.fileName(), unitAssumed ? ctx.assumedUnit() : null, rows);
        }

        private WorkoutCollector.Draft workout(String dateText, String name) throws ImportException {
            LocalDateTime start = DateTimes.dateAndClock(dateText);
            if (start == null) {
                throw rows.error(date, "'" + dateText + "' is not a date and time like 2024-03-04 07:01:00 or 2024-03-04 7:01:00 AM");
            }
            String key = "strong:" + KEY_TIME.format(start) + "|" + name;
            WorkoutCollector.Draft draft = collector.find(key);
            if (draft == null) {
                draft = collector.open(key, start.toLocalDate(), start.toLocalTime(), durationMin(),
                        rows.name(workoutName, "workout name", false));
            }
            return draft;
        }

        private Integer durationMin() throws ImportException {
            String text = rows.text(duration);
            if (text.isBlank()) {
                return null;
            }
            int minutes = Durations.minutes(text, durationInSeconds);
            if (minutes < 0) {
                throw rows.error(duration, "'" + text + "' is not a duration like 1h 2m, 38min or a number of seconds");
            }
            return minutes;
        }

        private void addRow(WorkoutCollector.Draft draft) throws ImportException {
            String order = rows.text(setOrder).strip();
            if (order.equalsIgnoreCase("Rest Timer")) {
                collector.skip(SkipReason.REST_TIMER);
                return;
            }
            String exerciseName = rows.name(exercise, "exercise name", true);
            if (order.equalsIgnoreCase("Note")) {
                draft.addExerciseNote(exerciseName, rows.note(notes));
                return;
            }
            SetType type = setType(order);
            boolean numbered = type == SetType.WORKING;
            draft.addSet(exerciseName, numbered ? order : null, type, SetFields.weightKg(rows, weight, unit()), SetFields.reps(rows, reps),
                    SetFields.rpe(rows, rpe), SetFields.distanceM(rows, distance, metresPerUnit()), SetFields.seconds(rows, seconds),
                    (int) rows.line());
            draft.addNote(rows.note(workoutNotes));
            draft.addExerciseNote(exerciseName, rows.note(notes));
        }

        /** The set type for a Set Order cell: a number (from 0 in 2016 files) is a working set. */
        private SetType setType(String order) throws ImportException {
            switch (order) {
                case "W", "w": return SetType.WARM_UP;
                case "D", "d": return SetType.DROP;
                case "F", "f": return SetType.FAILURE;
                default:
                    if (DateTimes.digits(order, 0, order.length()) < 0) {
                        throw rows.error(setOrder, "'" + order + "' is not a set number, W, D, F, Rest Timer or Note");
                    }
                    return SetType.WORKING;
            }
        }

        private MassUnit unit() throws ImportException {
            return weightUnit < 0 ? fileUnit : SetFields.unitCell(rows, weightUnit, ctx.assumedUnit());
        }

        private double metresPerUnit() throws ImportException {
            return distanceUnit < 0 ? fileMetresPerUnit : SetFields.metresPerCell(rows, distanceUnit, fileMetresPerUnit);
        }
    }
}
