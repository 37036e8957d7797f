package dev.kip.exchange.read;

import dev.kip.domain.SetType;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.Notice;
import dev.kip.exchange.parse.ParsedSet;
import dev.kip.exchange.parse.ParsedWorkout;
import dev.kip.exchange.parse.SkipReason;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Gathers the rows of a training export into workouts (rows need not be contiguous), numbers
 * sets per exercise within each workout, and counts what it skipped and decided. Shared by the
 * CSV parsers, so every format treats an empty row, a repeated line, a hold or a run alike.
 */
public final class WorkoutCollector {

    /** The longest workout the journal stores a duration for; longer ones were never stopped in the app. */
    public static final int MAX_DURATION_MIN = 1440;

    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<String, String> names = new HashMap<>();
    /**
     * The exercise name last passed to {@link Draft#addSet} and its canonical copy: parsers pass one
     * String for all the sets of an exercise, so most sets skip the map (a sixth of StrongLifts' parse).
     */
    private String lastExercise;
    private String lastCanonical;
    private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
    private final Map<Notice, Integer> notices = new EnumMap<>(Notice.class);
    /** The workout the last set row went to: a row for another one starts a new run of rows. */
    private Draft last;

    public Draft find(String sourceKey) {
        return drafts.get(sourceKey);
    }

    /**
     * The workout of {@code sourceKey}, opened with these values on its first row. A duration over
     * {@link #MAX_DURATION_MIN} is not stored (the app was left running) and is said in the preview.
     */
    public Draft open(String sourceKey, LocalDate date, LocalTime start, Integer durationMin, String name) {
        Draft d = drafts.get(sourceKey);
        if (d == null) {
            Integer kept = durationMin;
            if (durationMin != null && durationMin > MAX_DURATION_MIN) {
                note(Notice.LONG_WORKOUT);
                kept = null;
            }
            d = new Draft(sourceKey, date, start, kept, name);
            drafts.put(sourceKey, d);
        }
        return d;
    }

    public void skip(SkipReason reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    public void note(Notice notice) {
        notices.merge(notice, 1, Integer::sum);
    }

    /** The workouts that hold at least one set, and what was skipped and decided, including by {@code rows}. */
    public ImportBatch toBatch(ImportFormat format, String fileName, MassUnit assumedUnit, CsvRows rows) {
        if (last != null) {
            last.endRun();
        }
        List<ParsedWorkout> workouts = new ArrayList<>(drafts.size());
        for (Draft d : drafts.values()) {
            if (!d.sets.isEmpty()) {
                workouts.add(new ParsedWorkout(d.key, d.date, d.start, d.durationMin, d.name, d.notes.toString(), d.sets));
            }
        }
        Map<Notice, Integer> all = new EnumMap<>(notices);
        rows.notices().forEach((n, count) -> all.merge(n, count, Integer::sum));
        return new ImportBatch(format, fileName, assumedUnit, workouts, List.of(), List.of(), List.of(), List.of(), skipped, all);
    }

    /** A workout being filled row by row. */
    public final class Draft {
        private final String key;
        private final LocalDate date;
        private final LocalTime start;
        private final Integer durationMin;
        private final String name;
        private final StringBuilder notes = new StringBuilder();
        /** The note lines already added, so a note repeated on every row is added once, in constant time. */
        private final Set<String> noteLines = new HashSet<>();
        private final List<ParsedSet> sets = new ArrayList<>();
        private final Map<String, int[]> setsPerExercise = new HashMap<>();
        /** The set numbers the file gave each set (null where it gives none), beside {@link #sets}. */
        private final List<String> fileNumbers = new ArrayList<>();
        /**
         * In a later run of rows for this workout (other workouts' rows came between), how many of its
         * sets the run has repeated so far, in order, held back in {@link #held}; -1 when not repeating.
         */
        private int repeated = -1;
        private final List<ParsedSet> held = new ArrayList<>();
        private final List<String> heldNumbers = new ArrayList<>();
        /** The last set added and the set number the file gave it, to tell a line written twice. */
        private ParsedSet lastSet;
        private String lastFileNumber;
        /** The set counter of {@link #lastSet}'s exercise. */
        private int[] lastCounter;

        private Draft(String key, LocalDate date, LocalTime start, Integer durationMin, String name) {
            this.key = key;
            this.date = date;
            this.start = start;
            this.durationMin = durationMin;
            this.name = name;
        }

        /**
         * Adds the set a row holds. A row with nothing lifted, held or covered (0 × 0) is not a
         * set and is counted as skipped; zeros beside a time or distance mean "none" (the apps write
         * a plank as 0 kg × 0 reps × 90 s); a row repeating the line before it in the same workout
         * (same exercise, set number and values) is counted, not added twice. Only the line right
         * before counts: the same exercise done again later in a workout restarts its set numbers.
         *
         * @param fileNumber the set's number as the file gives it, or null where the file has none
         */
        public void addSet(String exercise, String fileNumber, SetType type, Double weightKg, Integer reps, Double rpe,
                           Double distanceM, Integer seconds, int line) {
            Double distance = distanceM != null && distanceM > 0 ? distanceM : null;
            Integer time = seconds != null && seconds > 0 ? seconds : null;
            boolean lifted = (weightKg != null && weightKg > 0) || (reps != null && reps > 0);
            if (!lifted && distance == null && time == null) {
                skip(SkipReason.EMPTY_SET);
                return;
            }
            Double kg = weightKg;
            Integer repCount = reps;
            if (distance != null || time != null) {
                kg = weightKg != null && weightKg > 0 ? weightKg : null;
                repCount = reps != null && reps > 0 ? reps : null;
            }
            String canonical;
            if (exercise == lastExercise) {
                canonical = lastCanonical;
            } else {
                canonical = names.computeIfAbsent(exercise, e -> e);
                lastExercise = exercise;
                lastCanonical = canonical;
            }
            if (last != this) {
                if (last != null) {
                    last.endRun();
                }
                last = this;
                repeated = sets.isEmpty() ? -1 : 0;
            }
            if (repeated >= 0) {
                ParsedSet earlier = repeated < sets.size() ? sets.get(repeated) : null;
                if (fileNumber != null && earlier != null && fileNumber.equals(fileNumbers.get(repeated))
                        && earlier.exerciseName().equals(canonical) && sameValues(earlier, type, kg, repCount, rpe, distance, time)) {
                    repeated++;
                    held.add(new ParsedSet(canonical, 0, type, kg, repCount, rpe, distance, time, line));
                    heldNumbers.add(fileNumber);
                    return;
                }
                release();
            }
            add(canonical, fileNumber, type, kg, repCount, rpe, distance, time, line);
        }

        private void add(String canonical, String fileNumber, SetType type, Double kg, Integer repCount, Double rpe,
                         Double distance, Integer time, int line) {
            if (fileNumber != null && fileNumber.equals(lastFileNumber) && lastSet.exerciseName().equals(canonical)
                    && sameValues(lastSet, type, kg, repCount, rpe, distance, time)) {
                skip(SkipReason.DUPLICATE_LINE);
                return;
            }
            // canonical names are one String per name: the same object as the last set's means the same counter
            int[] counter = lastSet != null && lastSet.exerciseName() == canonical ? lastCounter
                    : setsPerExercise.computeIfAbsent(canonical, e -> new int[1]);
            int order = ++counter[0];
            lastCounter = counter;
            ParsedSet set = new ParsedSet(canonical, order, type, kg, repCount, rpe, distance, time, line);
            sets.add(set);
            fileNumbers.add(fileNumber);
            lastSet = set;
            lastFileNumber = fileNumber;
            if (set.distanceM() != null || set.seconds() != null) {
                note(Notice.TIMED_OR_DISTANCE_SETS);
            }
        }

        /** The run stopped repeating the workout's earlier lines: the rows held back are sets after all. */
        private void release() {
            repeated = -1;
            for (int i = 0; i < held.size(); i++) {
                ParsedSet s = held.get(i);
                add(s.exerciseName(), heldNumbers.get(i), s.type(), s.weightKg(), s.reps(), s.rpe(), s.distanceM(), s.seconds(), s.line());
            }
            held.clear();
            heldNumbers.clear();
        }

        /** Another workout's rows begin: a run that repeated this one's earlier lines, every row of it, was written twice. */
        private void endRun() {
            if (repeated > 0) {
                skipped.merge(SkipReason.REPEATED_WORKOUT_LINES, held.size(), Integer::sum);
                held.clear();
                heldNumbers.clear();
            }
            repeated = -1;
        }

        private static boolean sameValues(ParsedSet s, SetType type, Double kg, Integer reps, Double rpe, Double distanceM,
                                          Integer seconds) {
            return s.type() == type && Objects.equals(s.weightKg(), kg) && Objects.equals(s.reps(), reps)
                    && Objects.equals(s.rpe(), rpe) && Objects.equals(s.distanceM(), distanceM) && Objects.equals(s.seconds(), seconds);
        }

        /** Adds a line of notes once (exports repeat workout notes on every row). */
        public void addNote(String note) {
            String text = note.strip();
            if (text.isEmpty() || !noteLines.add(text)) {
                return;
            }
            if (notes.length() > 0) {
                notes.append('\n');
            }
            notes.append(text);
        }

        /** Adds an exercise's note as a line of the workout's notes ("Squat: knees ok"), counted for the preview. */
        public void addExerciseNote(String exercise, String note) {
            if (!note.isBlank() && !noteLines.contains(exercise + ": " + note.strip())) {
                addNote(exercise + ": " + note.strip());
                WorkoutCollector.this.note(Notice.EXERCISE_NOTES);
            }
        }
    }
}
