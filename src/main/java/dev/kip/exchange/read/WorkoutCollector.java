package dev.kip.exchange.read;

import dev.kip.domain.SetType;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ParsedSet;
import dev.kip.exchange.parse.ParsedWorkout;
import dev.kip.exchange.parse.SkipReason;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the rows of a training export into workouts (rows need not be contiguous), numbers
 * sets per exercise within each workout and counts skipped rows. Shared by the CSV parsers.
 */
public final class WorkoutCollector {

    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);

    public Draft find(String sourceKey) {
        return drafts.get(sourceKey);
    }

    public Draft open(String sourceKey, LocalDate date, LocalTime start, Integer durationMin, String name) {
        return drafts.computeIfAbsent(sourceKey, k -> new Draft(k, date, start, durationMin, name));
    }

    public void skip(SkipReason reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    public ImportBatch toBatch(ImportFormat format, String fileName, MassUnit assumedUnit) {
        List<ParsedWorkout> workouts = new ArrayList<>(drafts.size());
        for (Draft d : drafts.values()) {
            if (!d.sets.isEmpty()) {
                workouts.add(new ParsedWorkout(d.key, d.date, d.start, d.durationMin, d.name, d.notes.toString(), d.sets));
            }
        }
        return new ImportBatch(format, fileName, assumedUnit, workouts, List.of(), List.of(), List.of(), List.of(), skipped);
    }

    /** A workout being filled row by row. */
    public final class Draft {
        private final String key;
        private final LocalDate date;
        private final LocalTime start;
        private final Integer durationMin;
        private final String name;
        private final StringBuilder notes = new StringBuilder();
        private final List<ParsedSet> sets = new ArrayList<>();
        private final Map<String, int[]> setsPerExercise = new HashMap<>();

        private Draft(String key, LocalDate date, LocalTime start, Integer durationMin, String name) {
            this.key = key;
            this.date = date;
            this.start = start;
            this.durationMin = durationMin;
            this.name = name;
        }

        public void addSet(String exercise, SetType type, Double weightKg, Integer reps, Double rpe, int line) {
            String canonical = names.computeIfAbsent(exercise, e -> e);
            int order = ++setsPerExercise.computeIfAbsent(canonical, e -> new int[1])[0];
            sets.add(new ParsedSet(canonical, order, type, weightKg, reps, rpe, line));
        }

        /** Adds a line of notes once (exports repeat workout notes on every row). */
        public void addNote(String note) {
            String text = note.strip();
            if (text.isEmpty() || notes.indexOf(text) >= 0) {
                return;
            }
            if (notes.length() > 0) {
                notes.append('\n');
            }
            notes.append(text);
        }
    }
}
