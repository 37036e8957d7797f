package dev.kip.exchange.export;

import dev.kip.domain.LiftSet;
import dev.kip.domain.Settings.E1rmFormula;
import dev.kip.domain.Workout;
import dev.kip.exchange.read.CsvCells;
import dev.kip.files.AtomicFiles;
import dev.kip.insight.E1rm;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the training CSV of DESIGN.md, one row per set:
 * {@code date,workout,exercise,set_index,set_type,weight_kg,reps,rpe,e1rm_kg}, then
 * {@code workout_id,distance_m,seconds}. {@code workout} is the workout's name as the person knows it
 * (empty for a workout without one), {@code workout_id} groups the sets of one session,
 * {@code set_index} is the set's order within its exercise, weights are the stored kg unrounded,
 * {@code e1rm_kg} is rounded to 0.01 and empty for sets that give none (warm-ups, sets without weight
 * or reps); {@code distance_m} and {@code seconds} hold a hold's or a run's distance and time.
 * Written through {@link AtomicFiles}, so a failed export never leaves half a file.
 */
public final class TrainingCsvExport {
    public static final String[] HEADER = {"date", "workout", "exercise", "set_index", "set_type", "weight_kg", "reps", "rpe", "e1rm_kg",
        "workout_id", "distance_m", "seconds"};

    private final E1rmFormula formula;

    public TrainingCsvExport(E1rmFormula formula) {
        this.formula = formula;
    }

    /** Writes {@code workouts} (in the order given) to {@code out}; returns the number of set rows. */
    public int write(Path out, Iterable<Workout> workouts, Map<Long, String> exerciseNames) throws IOException {
        int[] rows = new int[1];
        AtomicFiles.write(out, w -> {
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get());
            rows[0] = print(csv, workouts, exerciseNames);
            csv.flush();
        });
        return rows[0];
    }

    private int print(CSVPrinter csv, Iterable<Workout> workouts, Map<Long, String> exerciseNames) throws IOException {
        int rows = 0;
        for (Workout w : workouts) {
            for (LiftSet s : w.sets()) {
                String exercise = exerciseNames.get(s.exerciseId());
                if (exercise == null) {
                    throw new IllegalArgumentException("workout " + w.id() + " on " + w.date() + ", set " + s.order()
                            + ": exercise id " + s.exerciseId() + " is not in the catalog");
                }
                OptionalDouble e1rm = E1rm.of(s, formula);
                csv.printRecord(w.date(), CsvCells.neutralise(w.name()), CsvCells.neutralise(exercise), s.order(), s.type().label(),
                        plain(s.weightKg()), s.reps(), plain(s.rpe()), e1rm.isPresent() ? rounded(e1rm.getAsDouble()) : "", w.id(),
                        plain(s.distanceM()), s.seconds());
                rows++;
            }
        }
        return rows;
    }

    private static String plain(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String rounded(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
