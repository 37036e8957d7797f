package dev.kip.exchange.stronglifts;

import dev.kip.domain.BodyWeight;
import dev.kip.domain.SetType;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ExportParser;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ParseContext;
import dev.kip.exchange.parse.SkipReason;
import dev.kip.exchange.read.CsvHeader;
import dev.kip.exchange.read.CsvRows;
import dev.kip.exchange.read.DateTimes;
import dev.kip.exchange.read.SetFields;
import dev.kip.exchange.read.WorkoutCollector;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * StrongLifts 5×5's spreadsheet export: one row per workout, {@code Date,Note,Body Weight (KG),
 * Body Weight (LB)}, then for each exercise {@code Exercise N,Weight (KG),Weight (LB),Set 1…Set 5}
 * (names repeat, so columns are found by position after each {@code Exercise N}). A set cell holds
 * the reps done; empty or 0 is a set not done. Weights come in kg where the kg column has a value,
 * else in lb. Dates are {@code dd/MM/yy} or {@code MM/dd/yy} as the phone's locale wrote them: the
 * file's own dates decide (a first part above 12 is a day), day first when none does; ISO dates too.
 */
public final class StrongLiftsParser implements ExportParser {

    static final String SOURCE_KEY = "stronglifts:";
    private static final String WHAT = "a StrongLifts 5×5 export";
    /** Compiled once: String.matches compiled them anew for every header column (about 0.07 of the 2.7 ms a 10-year file takes). */
    private static final Pattern EXERCISE_COLUMN = Pattern.compile("(?i)exercise \\d+");
    private static final Pattern SET_COLUMN = Pattern.compile("(?i)set \\d+");

    /** One exercise's columns: its name, its weights in kg and lb, and its set cells. */
    private record Block(int name, int kg, int lb, List<Integer> sets) {
    }

    /** A set as read, before the workout's date is known. */
    private record Set(String exercise, Double kg, int reps, int line) {
    }

    /**
     * A workout row as read: the date as written (and its parts when written {@code 19/11/18}, else
     * null), its note, the body weight and the sets.
     */
    private record Row(String date, int[] parts, int line, String note, Double bodyKg, List<Set> sets) {
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.STRONGLIFTS;
    }

    @Override
    public ImportBatch parse(InputStream in, ParseContext ctx) throws ImportException {
        try (CsvRows rows = CsvRows.open(in, ctx)) {
            int date = rows.required(WHAT, "Date");
            int note = rows.optional("Note");
            int bodyKg = rows.optional("Body Weight (KG)");
            int bodyLb = rows.optional("Body Weight (LB)");
            List<Block> blocks = blocks(rows);
            int setColumns = blocks.stream().mapToInt(b -> b.sets().size()).sum();
            List<Row> read = new ArrayList<>();
            while (rows.next()) {
                String written = rows.text(date).strip();
                if (written.isEmpty()) {
                    continue;
                }
                List<Set> sets = new ArrayList<>(setColumns);
                for (int i = 0; i < blocks.size(); i++) {
                    sets(rows, blocks.get(i), sets);
                }
                Double body = weight(rows, bodyKg, bodyLb);
                read.add(new Row(written, slashParts(written), (int) rows.line(), rows.text(note).strip(), body, sets));
            }
            return batch(read, dayFirst(read), ctx, rows);
        }
    }

    private static List<Block> blocks(CsvRows rows) throws ImportException {
        CsvHeader h = rows.header();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < h.names().size(); i++) {
            if (!EXERCISE_COLUMN.matcher(h.name(i)).matches()) {
                continue;
            }
            int kg = -1;
            int lb = -1;
            List<Integer> sets = new ArrayList<>();
            int j = i + 1;
            for (; j < h.names().size() && !EXERCISE_COLUMN.matcher(h.name(j)).matches(); j++) {
                String n = h.name(j);
                if (n.equalsIgnoreCase("Weight (KG)")) {
                    kg = j;
                } else if (n.equalsIgnoreCase("Weight (LB)")) {
                    lb = j;
                } else if (SET_COLUMN.matcher(n).matches()) {
                    sets.add(j);
                }
            }
            if (kg < 0 && lb < 0 || sets.isEmpty()) {
                throw rows.error(i, "the columns after '" + h.name(i) + "' are not 'Weight (KG)', 'Weight (LB)', 'Set 1'…: "
                        + "this is not " + WHAT);
            }
            blocks.add(new Block(i, kg, lb, sets));
            i = j - 1;
        }
        if (blocks.isEmpty()) {
            throw rows.error(-1, "there is no column 'Exercise 1', so this is not " + WHAT + " (the header is '" + h.shown() + "')");
        }
        return blocks;
    }

    /** Adds the sets of block {@code b}. */
    private static void sets(CsvRows rows, Block b, List<Set> out) throws ImportException {
        if (b.name() >= rows.fieldCount()) {
            return;
        }
        // rows repeat the program's names: CsvRows reuses the name it made of the same field in the row before
        String exercise = rows.name(b.name(), "exercise name", false);
        if (exercise.isEmpty()) {
            return;
        }
        Double kg = weight(rows, b.kg(), b.lb());
        for (int column : b.sets()) {
            Integer reps = column < rows.fieldCount() ? SetFields.reps(rows, column) : null;
            if (reps != null && reps > 0) {
                out.add(new Set(exercise, kg != null && kg == 0 ? null : kg, reps, (int) rows.line()));
            }
        }
    }

    /** The weight in kg from the kg column, else from the lb column; null when both are empty. */
    private static Double weight(CsvRows rows, int kg, int lb) throws ImportException {
        if (kg >= 0 && kg < rows.fieldCount() && !rows.text(kg).isBlank()) {
            return SetFields.weightKg(rows, kg, MassUnit.KG);
        }
        return lb >= 0 && lb < rows.fieldCount() ? SetFields.weightKg(rows, lb, MassUnit.LB) : null;
    }

    /** True unless the file's dates show the month first (a second part above 12). */
    private static boolean dayFirst(List<Row> rows) {
        for (Row r : rows) {
            if (r.parts() != null) {
                if (r.parts()[0] > 12) {
                    return true;
                }
                if (r.parts()[1] > 12) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The three numbers of {@code 19/11/18} and the year's digit count; null when the text is not three parts so. */
    private static int[] slashParts(String date) {
        int first = date.indexOf('/');
        int second = first < 0 ? -1 : date.indexOf('/', first + 1);
        if (second < 0 || date.indexOf('/', second + 1) >= 0) {
            return null;
        }
        return new int[] {DateTimes.digits(date, 0, first), DateTimes.digits(date, first + 1, second),
                DateTimes.digits(date, second + 1, date.length()), date.length() - second - 1};
    }

    private static ImportBatch batch(List<Row> rows, boolean dayFirst, ParseContext ctx, CsvRows csv) throws ImportException {
        WorkoutCollector collector = new WorkoutCollector();
        List<BodyWeight> weights = new ArrayList<>();
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (Row r : rows) {
            LocalDate day = date(r, dayFirst, ctx);
            int n = perDay.merge(day, 1, Integer::sum);
            if (!r.sets().isEmpty()) {
                WorkoutCollector.Draft draft = collector.open(SOURCE_KEY + day + (n > 1 ? "#" + n : ""), day, null, null,
                        "StrongLifts");
                for (Set s : r.sets()) {
                    draft.addSet(s.exercise(), null, SetType.WORKING, s.kg(), s.reps(), null, null, null, s.line());
                }
                draft.addNote(r.note());
            }
            if (r.bodyKg() != null && r.bodyKg() > 0) {
                if (r.bodyKg() < 20 || r.bodyKg() > 400) {
                    collector.skip(SkipReason.BODY_WEIGHT_OUT_OF_RANGE);
                } else {
                    weights.add(new BodyWeight(day, r.bodyKg(), ImportFormat.STRONGLIFTS.cliName()));
                }
            }
        }
        ImportBatch training = collector.toBatch(ImportFormat.STRONGLIFTS, ctx.fileName(), null, csv);
        return new ImportBatch(ImportFormat.STRONGLIFTS, ctx.fileName(), null, training.workouts(), List.of(), weights,
                List.of(), List.of(), training.skipped(), training.notices());
    }

    /** {@code 19/11/18} (or {@code 11/19/18}), four-digit years too, or ISO {@code 2018-11-19}. */
    private static LocalDate date(Row r, boolean dayFirst, ParseContext ctx) throws ImportException {
        LocalDate iso = DateTimes.isoDate(r.date());
        if (iso != null) {
            return iso;
        }
        int[] parts = r.parts();
        if (parts != null) {
            int a = parts[0];
            int b = parts[1];
            int y = parts[2];
            if (a > 0 && b > 0 && y >= 0 && (parts[3] == 2 || parts[3] == 4)) {
                try {
                    return LocalDate.of(parts[3] == 2 ? 2000 + y : y, dayFirst ? b : a, dayFirst ? a : b);
                } catch (DateTimeException e) {
                    // said below, with the line
                }
            }
        }
        throw ctx.error(r.line(), "Date", "'" + r.date() + "' is not a date like 19/11/18 or 2018-11-19");
    }
}
