package dev.kip.service;

import dev.kip.domain.BodyWeight;
import dev.kip.domain.DeviceNight;
import dev.kip.domain.Exercise;
import dev.kip.domain.Factors;
import dev.kip.domain.ImportLogEntry;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Night;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.domain.Workout;
import dev.kip.exchange.ExerciseChoice;
import dev.kip.exchange.ExerciseMatcher;
import dev.kip.exchange.ImportPreview;
import dev.kip.exchange.ImportPreview.ExerciseMatch;
import dev.kip.exchange.ImportResult;
import dev.kip.exchange.Importer;
import dev.kip.exchange.RowCounts;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportCancelledException;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ImportProgress;
import dev.kip.exchange.parse.ParsedSet;
import dev.kip.exchange.parse.ParsedWorkout;
import dev.kip.journal.BulkWriter;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.ImportKeys;
import dev.kip.journal.ImportLogStore;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a file: exchange reads it ({@link Importer}), then this puts it into the journal: first a
 * {@link #preview} (nothing written), then {@link #write} in one transaction, so an import is added
 * whole or not at all, and the views hear of it ({@link Change#IMPORT}). Rows already in
 * the journal are skipped by their keys (workouts by source and source key, diary nights by
 * date, device nights and body weights by date and source), so re-importing a file adds nothing.
 */
public final class ImportService {

    private final Journal journal;
    private final ExerciseStore exercises;
    private final ImportLogStore importLog;
    private final Changes changes;
    private final Clock clock;

    public ImportService(Journal journal, Changes changes, Clock clock) {
        this.journal = journal;
        this.exercises = new ExerciseStore(journal);
        this.importLog = new ImportLogStore(journal);
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Reads {@code file} ({@code format} null: told from its contents), weights without a unit in
     * {@code assumed}, and previews it.
     */
    public ImportPreview read(Path file, ImportFormat format, MassUnit assumed, ImportProgress progress)
            throws ImportException {
        return preview(Importer.parse(file, format, assumed, progress));
    }

    /** An import's progress reported to, and its Cancel asked through, a job of the journal executor. */
    public static ImportProgress progressOf(JournalExecutor.Job job) {
        return new ImportProgress() {
            @Override
            public void bytesRead(long done, long total) {
                if (total > 0) {
                    job.progress((double) done / total);
                }
            }

            @Override
            public boolean isCancelled() {
                return job.isCancelled();
            }
        };
    }

    /** What importing {@code batch} would add, match, create and skip; reads the journal only. */
    public ImportPreview preview(ImportBatch batch) {
        List<Exercise> catalog = exercises.all();
        ExerciseMatcher matcher = new ExerciseMatcher(catalog, exercises.aliases());
        List<ExerciseMatch> matches = new ArrayList<>();
        Map<String, String> toCreate = new LinkedHashMap<>();
        for (String name : exerciseNames(batch)) {
            Optional<ExerciseMatcher.Match> match = matcher.explain(name);
            if (match.isEmpty()) {
                toCreate.putIfAbsent(ExerciseMatcher.key(name), ExerciseMatcher.clean(name));
            } else if (ExerciseMatcher.isAlias(name, match.get().exercise())) {
                Exercise e = match.get().exercise();
                matches.add(new ExerciseMatch(name, e.id(), e.name(), match.get().reason()));
            }
        }
        ImportKeys keys = new ImportKeys(journal);
        Set<String> workoutKeys = keys.workoutSourceKeys(source(batch));
        int workoutsPresent = 0;
        int setsPresent = 0;
        for (ParsedWorkout w : batch.workouts()) {
            if (!workoutKeys.add(w.sourceKey())) {
                workoutsPresent++;
                setsPresent += w.sets().size();
            }
        }
        Set<LocalDate> nightDates = keys.nightDates();
        int nightsPresent = (int) batch.nights().stream().filter(n -> !nightDates.add(n.date())).count();
        Map<String, Set<LocalDate>> deviceDates = new HashMap<>();
        int devicePresent = (int) batch.deviceNights().stream()
                .filter(n -> !deviceDates.computeIfAbsent(n.source(), keys::deviceNightDates).add(n.date())).count();
        Map<String, Set<LocalDate>> weightDates = new HashMap<>();
        int weightsPresent = (int) batch.bodyWeights().stream()
                .filter(w -> !weightDates.computeIfAbsent(w.source(), keys::bodyWeightDates).add(w.date())).count();
        return new ImportPreview(batch, batch.firstDate().orElse(null), batch.lastDate().orElse(null), matches,
                List.copyOf(toCreate.values()), catalog, workoutsPresent, setsPresent, nightsPresent, devicePresent, weightsPresent);
    }

    /**
     * Imports {@code batch} in one transaction and records it in the import log. Between
     * workouts it asks {@code progress} whether to stop, and tells it rows written so far of all
     * rows (through {@link ImportProgress#bytesRead}, with rows in place of bytes). Cancelling,
     * or any error, rolls back everything: the journal is left as it was.
     *
     * @throws ImportCancelledException when {@code progress} asked to stop
     */
    public ImportResult write(ImportBatch batch, ImportProgress progress) throws ImportCancelledException {
        return write(batch, List.of(), progress);
    }

    /**
     * {@link #write(ImportBatch, ImportProgress)} with the person's choices from the preview: each
     * chosen name's sets go where the person said, and the choice is stored as an alias (a name kept
     * as a new exercise loses any alias it had), so the next import maps it alike without asking.
     * Names without a choice are matched as the preview showed.
     */
    public ImportResult write(ImportBatch batch, Collection<ExerciseChoice> choices, ImportProgress progress)
            throws ImportCancelledException {
        try {
            ImportResult result = BulkWriter.transaction(journal, () -> writeAll(batch, choices, progress));
            changes.publish(Change.IMPORT);
            return result;
        } catch (Cancelled e) {
            throw new ImportCancelledException(batch.fileName());
        }
    }

    /**
     * The dry run: the whole import, every statement and every check the journal makes, in one
     * transaction that is rolled back at the end. What it returns is what {@link #write} would
     * return; when it throws, {@link #write} would too. The journal is left as it was.
     *
     * @throws ImportCancelledException when {@code progress} asked to stop
     */
    public ImportResult dryRun(ImportBatch batch, ImportProgress progress) throws ImportCancelledException {
        return dryRun(batch, List.of(), progress);
    }

    /** The dry run of {@link #write(ImportBatch, Collection, ImportProgress)}: the same choices, rolled back. */
    public ImportResult dryRun(ImportBatch batch, Collection<ExerciseChoice> choices, ImportProgress progress)
            throws ImportCancelledException {
        try {
            return BulkWriter.rehearsal(journal, () -> writeAll(batch, choices, progress));
        } catch (Cancelled e) {
            throw new ImportCancelledException(batch.fileName());
        }
    }

    private ImportResult writeAll(ImportBatch batch, Collection<ExerciseChoice> choices, ImportProgress progress)
            throws SQLException {
        Counts added = new Counts();
        Map<String, Long> exerciseIds = exerciseIds(batch, choices, added);
        long total = batch.workouts().size() + batch.nights().size() + batch.deviceNights().size() + batch.bodyWeights().size();
        long done = 0;
        try (BulkWriter bulk = BulkWriter.open(journal, batch.setCount())) {
            String source = source(batch);
            for (ParsedWorkout w : batch.workouts()) {
                if (progress.isCancelled()) {
                    throw new Cancelled();
                }
                if (insert(batch, w, () -> bulk.workout(toWorkout(w, source, exerciseIds)))) {
                    added.workouts++;
                    added.sets += w.sets().size();
                }
                if (++done % 1000 == 0) {
                    progress.bytesRead(done, total);
                }
            }
            Set<LocalDate> addedNights = new HashSet<>();
            for (Night n : batch.nights()) {
                if (insert(batch, "the night of " + n.date(), () -> bulk.night(n))) {
                    addedNights.add(n.date());
                }
            }
            // A skipped night keeps the factors it has; only a night added now brings its factors.
            for (Factors f : batch.factors()) {
                if (!f.isEmpty() && addedNights.contains(f.date())) {
                    insert(batch, "the factors of the night of " + f.date(), () -> bulk.factors(f));
                }
            }
            added.nights = addedNights.size();
            for (DeviceNight n : batch.deviceNights()) {
                added.deviceNights += insert(batch, "the " + n.source() + " night of " + n.date(), () -> bulk.deviceNight(n)) ? 1 : 0;
            }
            for (BodyWeight bw : batch.bodyWeights()) {
                added.weights += insert(batch, "the body weight of " + bw.date(), () -> bulk.bodyWeight(bw)) ? 1 : 0;
            }
        }
        progress.bytesRead(total, total);
        RowCounts present = new RowCounts(batch.workouts().size() - added.workouts, batch.setCount() - added.sets,
                batch.nights().size() - added.nights, batch.deviceNights().size() - added.deviceNights,
                batch.bodyWeights().size() - added.weights);
        int skipped = present.workouts() + present.nights() + present.deviceNights() + present.weights() + batch.skippedCount();
        importLog.add(new ImportLogEntry(clock.instant(), batch.fileName(), batch.format().cliName(), added.workouts, added.sets,
                added.nights + added.deviceNights, added.weights, skipped));
        return new ImportResult(new RowCounts(added.workouts, added.sets, added.nights, added.deviceNights, added.weights),
                added.exercisesCreated, present, batch.skipped());
    }

    /** One row's insert, which may throw SQLException. */
    @FunctionalInterface
    private interface Insert {
        boolean run() throws SQLException;
    }

    private static boolean insert(ImportBatch batch, ParsedWorkout w, Insert insert) throws SQLException {
        String where = w.sets().isEmpty() ? "the workout of " + w.date()
                : "line " + w.sets().get(0).line() + " (the workout of " + w.date() + (w.name().isEmpty() ? "" : ", '" + w.name() + "'") + ")";
        return insert(batch, where, insert);
    }

    /**
     * Runs one row's insert. Parsers check every value against the journal's rules, so a row the
     * schema still refuses is a gap in a parser: it is named by its file and record (and line where
     * the format has one), never by SQLite's code, and nothing is imported.
     */
    private static boolean insert(ImportBatch batch, String where, Insert insert) throws SQLException {
        try {
            return insert.run();
        } catch (SQLException e) {
            if (!Journal.isRuleBroken(e)) {
                throw e;
            }
            throw new JournalException(batch.fileName() + ", " + where + ": a value breaks one of the journal's rules ("
                    + Journal.withoutCode(e.getMessage()) + "); nothing was imported.", e);
        }
    }

    /**
     * The catalog id for every exercise name in the batch, creating the exercises that match none.
     * A name matched to an exercise of another name is stored as that exercise's alias, so the
     * next import maps it the same way even when the rules change, and the person can see it.
     * A name the person chose for goes where they chose, and the choice replaces any stored alias.
     */
    private Map<String, Long> exerciseIds(ImportBatch batch, Collection<ExerciseChoice> choices, Counts added) {
        List<Exercise> catalog = exercises.all();
        ExerciseMatcher matcher = new ExerciseMatcher(catalog, exercises.aliases());
        Map<String, ExerciseChoice> chosen = new HashMap<>();
        choices.forEach(c -> chosen.put(ExerciseMatcher.key(c.fileName()), c));
        Map<String, Long> ids = new HashMap<>();
        for (String name : exerciseNames(batch)) {
            ExerciseChoice choice = chosen.get(ExerciseMatcher.key(name));
            String alias = ExerciseMatcher.clean(name);
            Exercise e;
            if (choice == null) {
                Optional<Exercise> match = matcher.match(name);
                e = match.orElseGet(() -> create(name, matcher, added));
                if (match.isPresent() && ExerciseMatcher.isAlias(name, e)) {
                    exercises.addAlias(alias, e.id());
                }
            } else if (choice.keepsAsNew()) {
                e = matcher.named(name).orElseGet(() -> create(name, matcher, added));
                exercises.removeAlias(alias);
            } else {
                e = catalog.stream().filter(x -> x.id().equals(choice.exerciseId())).findFirst().orElseThrow(() -> new JournalException(
                        batch.fileName() + ": the exercise chosen for '" + alias + "' is no longer in the journal; nothing was imported."));
                if (ExerciseMatcher.isAlias(name, e)) {
                    exercises.setAlias(alias, e.id());
                }
            }
            ids.put(name, e.id());
        }
        return ids;
    }

    private Exercise create(String name, ExerciseMatcher matcher, Counts added) {
        Exercise created = exercises.save(new Exercise(null, ExerciseMatcher.clean(name), List.of()));
        matcher.add(created);
        added.exercisesCreated++;
        return created;
    }

    private static Workout toWorkout(ParsedWorkout w, String source, Map<String, Long> exerciseIds) {
        List<LiftSet> sets = new ArrayList<>(w.sets().size());
        String lastName = null;
        Long lastId = null;
        for (ParsedSet s : w.sets()) {
            // Sets of one exercise follow each other: look the id up once per run, not once per set.
            if (!s.exerciseName().equals(lastName)) {
                lastName = s.exerciseName();
                lastId = exerciseIds.get(lastName);
            }
            sets.add(new LiftSet(lastId, s.order(), s.type(), s.weightKg(), s.reps(), s.rpe(), null, s.distanceM(), s.seconds()));
        }
        return new Workout(null, w.date(), w.start(), w.durationMin(), null, false, w.name(), w.notes(), source, w.sourceKey(),
                sets);
    }

    /** The exercise names of the batch, in order of first appearance. */
    private static Set<String> exerciseNames(ImportBatch batch) {
        Set<String> names = new LinkedHashSet<>();
        for (ParsedWorkout w : batch.workouts()) {
            String last = null;
            for (ParsedSet s : w.sets()) {
                if (!s.exerciseName().equals(last)) { // a run of one exercise's sets adds its name once
                    last = s.exerciseName();
                    names.add(last);
                }
            }
        }
        return names;
    }

    /** Imported workouts are stored with their format's name as their source. */
    private static String source(ImportBatch batch) {
        return batch.format().cliName();
    }

    private static final class Counts {
        int workouts;
        int sets;
        int nights;
        int deviceNights;
        int weights;
        int exercisesCreated;
    }

    /** Unwinds the transaction when the person cancels; turned into ImportCancelledException outside it. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("import cancelled", null, false, false);
        }
    }
}
