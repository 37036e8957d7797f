package dev.kip.exchange.hevy;

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
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Hevy's workout CSV: {@code "title","start_time","end_time",…,"set_index","set_type","weight_kg"
 * (or "weight_lbs"),"reps","distance_km" (or "distance_miles"),"duration_seconds","rpe"}. A workout is
 * the rows sharing start_time + title; cardio and holds keep their distance and seconds.
 */
public final class HevyParser implements ExportParser {

    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String WHAT = "Hevy's workout export (its header starts \"title\",\"start_time\",\"end_time\")";

    @Override
    public ImportFormat format() {
        return ImportFormat.HEVY;
    }

    @Override
    public ImportBatch parse(InputStream in, ParseContext ctx) throws ImportException {
        try (CsvRows rows = CsvRows.open(in, ctx)) {
            return new Columns(rows, ctx).read();
        }
    }

    private static final class Columns {
        private final CsvRows rows;
        private final ParseContext ctx;
        private final int title;
        private final int start;
        private final int end;
        private final int description;
        private final int exercise;
        private final int exerciseNotes;
        private final int setType;
        private final int weight;
        private final MassUnit unit;
        private final int reps;
        private final int rpe;
        private final int setIndex;
        private final int distance;
        private final double metresPerUnit;
        private final int seconds;
        private final WorkoutCollector collector = new WorkoutCollector();

        Columns(CsvRows rows, ParseContext ctx) throws ImportException {
            this.rows = rows;
            this.ctx = ctx;
            title = rows.required(WHAT, "title");
            start = rows.required(WHAT, "start_time");
            exercise = rows.required(WHAT, "exercise_title");
            setIndex = rows.required(WHAT, "set_index");
            setType = rows.required(WHAT, "set_type");
            weight = rows.required(WHAT, "weight_kg", "weight_lbs");
            reps = rows.required(WHAT, "reps");
            end = rows.optional("end_time");
            description = rows.optional("description");
            exerciseNotes = rows.optional("exercise_notes");
            rpe = rows.optional("rpe");
            distance = rows.optional("distance_km", "distance_miles", "distance_meters", "distance_m");
            seconds = rows.optional("duration_seconds");
            unit = SetFields.unitInName(rows.header().name(weight));
            metresPerUnit = distance < 0 ? 1 : SetFields.metresPerUnitInName(rows.header().name(distance));
        }

        ImportBatch read() throws ImportException {
            String lastStart = null;
            String lastTitle = null;
            WorkoutCollector.Draft draft = null;
            while (rows.next()) {
                String startText = rows.text(start);
                String name = rows.text(title);
                if (draft == null || !startText.equals(lastStart) || !name.equals(lastTitle)) {
                    draft = workout(startText, name);
                    lastStart = startText;
                    lastTitle = name;
                }
                addRow(draft);
            }
            return collector.toBatch(ImportFormat.HEVY, ctx.fileName(), null, rows);
        }

        private WorkoutCollector.Draft workout(String startText, String name) throws ImportException {
            LocalDateTime begin = time(start);
            String key = "hevy:" + KEY_TIME.format(begin) + "|" + name;
            WorkoutCollector.Draft draft = collector.find(key);
            if (draft == null) {
                Integer minutes = null;
                if (end >= 0 && !rows.text(end).isBlank()) {
                    long m = Duration.between(begin, time(end)).toMinutes();
                    if (m < 0) {
                        throw rows.error(end, "'" + rows.text(end) + "' is before start_time '" + startText + "'");
                    }
                    minutes = (int) Math.min(m, Integer.MAX_VALUE);
                }
                draft = collector.open(key, begin.toLocalDate(), begin.toLocalTime(), minutes, rows.name(title, "workout title", false));
                draft.addNote(rows.note(description));
            }
            return draft;
        }

        private LocalDateTime time(int column) throws ImportException {
            LocalDateTime t = DateTimes.hevy(rows.text(column), ctx.zone());
            if (t == null) {
                throw rows.error(column, "'" + rows.text(column) + "' is not a time like 7 Apr 2024, 16:34 or 2024-04-07T16:34:00");
            }
            return t;
        }

        private void addRow(WorkoutCollector.Draft draft) throws ImportException {
            SetType type = switch (rows.text(setType).strip().toLowerCase(Locale.ROOT)) {
                case "normal", "" -> SetType.WORKING;
                case "warmup" -> SetType.WARM_UP;
                case "failure" -> SetType.FAILURE;
                case "dropset" -> SetType.DROP;
                default -> throw rows.error(setType, "'" + rows.text(setType) + "' is not a set type (normal, warmup, failure or dropset)");
            };
            String name = rows.name(exercise, "exercise name", true);
            draft.addSet(name, rows.text(setIndex).strip(), type, SetFields.weightKg(rows, weight, unit), SetFields.reps(rows, reps),
                    SetFields.rpe(rows, rpe), SetFields.distanceM(rows, distance, metresPerUnit), SetFields.seconds(rows, seconds),
                    (int) rows.line());
            draft.addExerciseNote(name, rows.note(exerciseNotes));
        }
    }
}
