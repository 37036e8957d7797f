package dev.kip.service;

import dev.kip.domain.BodyRegions;
import dev.kip.domain.Exercise;
import dev.kip.domain.ExerciseMerge;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Routine;
import dev.kip.domain.SessionPain;
import dev.kip.domain.Settings.E1rmFormula;
import dev.kip.domain.Workout;
import dev.kip.domain.WorkoutSummary;
import dev.kip.insight.DatedSet;
import dev.kip.exchange.ExerciseMatcher;
import dev.kip.insight.E1rm;
import dev.kip.insight.ExerciseNames;
import dev.kip.insight.HardSets;
import dev.kip.insight.PersonalRecords;
import dev.kip.insight.RecordEvent;
import dev.kip.insight.RoutineTargets;
import dev.kip.insight.TrainingLoad;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalException;
import dev.kip.journal.RoutineStore;
import dev.kip.journal.TrainingQueries;
import dev.kip.journal.WorkoutStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Training: workouts, the exercise catalog, records, one lift's history and the weekly load,
 * composed from the stores and the insight calculations, with e1RMs by the formula chosen in
 * Settings. A save is one transaction and tells the views ({@link Change#WORKOUTS}, and
 * {@link Change#EXERCISES} when the catalog changed). Call it on the journal thread.
 */
public final class TrainingService {
    private static final int BEST_SETS = 5;
    private static final int WEEKS_OF_LOAD = 26;
    private static final int RECENT_NAMES = 6;

    private final Journal journal;
    private final WorkoutStore workouts;
    private final ExerciseStore exercises;
    private final TrainingQueries queries;
    private final RoutineStore routines;
    private final SettingsService settings;
    private final Changes changes;
    private final Clock clock;
    /** Keeps the pain felt during a session, which the workout editor asks for beside the workout. */
    private final PhysioService physio;
    /** What this service's saves keep between them; current while the journal's version is {@link #keptAt}. */
    private Kept kept = Kept.NOTHING;
    private long keptAt = -1;

    /**
     * What saves keep between them: the catalog by name key, and the records the last saved workout's
     * exercises set. Current while the journal's version is the one this service's last save left:
     * any other write (another service, an import, a merge, a deleted workout) moves it on.
     */
    private record Kept(Map<String, Exercise> catalog, Records records) {
        static final Kept NOTHING = new Kept(null, null);

        /** Per exercise, of the workout {@code workoutId} as saved on {@code date}, by {@code formula}. */
        record Records(Long workoutId, LocalDate date, E1rmFormula formula, Map<Long, ExerciseRecords> byExercise) {
            boolean sameWorkout(Workout w, E1rmFormula f) {
                return Objects.equals(workoutId, w.id()) && date.equals(w.date()) && formula == f;
            }
        }

        /** The records an exercise's sets in the workout set. */
        record ExerciseRecords(List<LiftSet> sets, List<RecordEvent> events) {
        }
    }

    public TrainingService(Journal journal, SettingsService settings, Changes changes, Clock clock) {
        this.journal = journal;
        this.workouts = new WorkoutStore(journal);
        this.exercises = new ExerciseStore(journal);
        this.queries = new TrainingQueries(journal);
        this.routines = new RoutineStore(journal);
        this.settings = settings;
        this.changes = changes;
        this.clock = clock;
        this.physio = new PhysioService(journal, settings, changes);
    }

    /** The day a new workout is for. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<WorkoutSummary> summaries() {
        return queries.summaries();
    }

    /** The first {@code count} lines of {@link #summaries()}, the newest workouts, read without the others'. */
    public List<WorkoutSummary> newestSummaries(int count) {
        return queries.newestSummaries(count);
    }

    public int workoutCount() {
        return queries.workoutCount();
    }

    public Workout workout(long id) {
        return workouts.find(id).orElseThrow(() -> new JournalException("Workout " + id + " no longer exists."));
    }

    public List<Exercise> catalog() {
        return exercises.all();
    }

    /** The catalog's names and their aliases (the person's, from imports, and the ones Kip knows), for typing names. */
    public ExerciseNames names(List<Exercise> catalog) {
        Map<String, String> aliases = new LinkedHashMap<>(exercises.aliases());
        ExerciseMatcher.knownAliases().forEach(aliases::putIfAbsent);
        return new ExerciseNames(catalog.stream().map(Exercise::name).toList(), aliases);
    }

    public Exercise saveExercise(Exercise e) {
        Exercise saved = exercises.save(e);
        changes.publish(Change.EXERCISES);
        return saved;
    }

    /**
     * Merges exercise {@code fromId} into {@code intoId} (an import mapped a name wrong, or two
     * names are one lift): its history moves, its name becomes an alias, records follow. Returns
     * what {@link #undoMerge} needs.
     */
    public ExerciseMerge merge(long fromId, long intoId) {
        ExerciseMerge merge = exercises.merge(fromId, intoId);
        changes.publish(Change.EXERCISES);
        changes.publish(Change.WORKOUTS);
        return merge;
    }

    /** Puts a merge back as it was. */
    public void undoMerge(ExerciseMerge merge) {
        exercises.unmerge(merge);
        changes.publish(Change.EXERCISES);
        changes.publish(Change.WORKOUTS);
    }

    public boolean delete(long workoutId) {
        Optional<LocalDate> date = workouts.dateOf(workoutId);
        boolean deleted = workouts.delete(workoutId);
        if (deleted) {
            date.ifPresentOrElse(d -> changes.publish(Change.WORKOUTS, Set.of(d)), () -> changes.publish(Change.WORKOUTS));
        }
        return deleted;
    }

    /**
     * Saves {@code header} (its sets ignored) with {@code perExercise}'s sets in one transaction:
     * exercise names not in the catalog become new entries (without regions: the person adds them
     * later), set orders count from 1 per exercise. Returns the records the sets set against the
     * history before this workout.
     */
    public SaveResult save(Workout header, List<ExerciseSets> perExercise) {
        List<Exercise> added = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>(Set.of(header.date()));
        Workout saved;
        try {
            saved = journal.transaction(() -> {
                if (journal.version() != keptAt) {
                    kept = Kept.NOTHING; // written elsewhere since this service's last save
                }
                Map<String, Exercise> byName = kept.catalog() != null ? kept.catalog() : exercises.all().stream()
                        .collect(Collectors.toMap(e -> key(e.name()), Function.identity(), (a, b) -> a, HashMap::new));
                Map<Long, Integer> orders = new LinkedHashMap<>();
                List<LiftSet> sets = new ArrayList<>();
                for (ExerciseSets block : perExercise) {
                    Exercise e = byName.get(key(block.exercise()));
                    if (e == null) {
                        e = exercises.save(new Exercise(null, block.exercise().strip(), List.of()));
                        byName.put(key(e.name()), e);
                        added.add(e);
                    }
                    for (LiftSet s : block.sets()) {
                        int order = orders.merge(e.id(), 1, Integer::sum);
                        sets.add(new LiftSet(e.id(), order, s.type(), s.weightKg(), s.reps(), s.rpe(), s.rir()));
                    }
                }
                Workout w = header.withSets(sets);
                if (w.id() == null) {
                    w = workouts.insert(w);
                } else {
                    workouts.dateOf(w.id()).ifPresent(days::add); // a workout moved to another day changed both
                    workouts.update(w);
                }
                kept = new Kept(byName, kept.records());
                keptAt = journal.version();
                return w;
            });
        } catch (RuntimeException e) {
            kept = Kept.NOTHING; // the catalog map may hold an exercise the rollback took back
            throw e;
        }
        changes.publish(Change.WORKOUTS, days);
        if (!added.isEmpty()) {
            changes.publish(Change.EXERCISES);
        }
        return new SaveResult(saved, recordsSetBy(saved, settings.current().e1rmFormula()), added);
    }

    /** The pain felt during the session {@code workoutId}, region by region (the Body view's readings too). */
    public List<SessionPain> sessionPain(long workoutId) {
        return physio.sessionPain(workoutId);
    }

    /**
     * Puts the pain the workout editor showed for a saved session ({@code was}, or null) as the
     * person left it ({@code now}, or null: taken back); the session's other regions stay.
     */
    public void changeSessionPain(long workoutId, SessionPain was, SessionPain now) {
        if (was != null && (now == null || !now.regionId().equals(was.regionId()))) {
            physio.setSessionPain(workoutId, was.regionId(), null);
        }
        if (now != null) {
            physio.setSessionPain(workoutId, now.regionId(), now.level());
        }
    }

    /**
     * The records {@code w}'s sets set against everything of the same exercises logged before it. An
     * exercise whose sets are as at this workout's last save, with nothing written elsewhere since, set
     * the records it set then: only the exercises the save changed are looked up again.
     */
    List<RecordEvent> recordsSetBy(Workout w, E1rmFormula formula) {
        if (journal.version() != keptAt) {
            kept = Kept.NOTHING;
        }
        Kept.Records before = kept.records() != null && kept.records().sameWorkout(w, formula) ? kept.records() : null;
        Map<Long, Kept.ExerciseRecords> now = new HashMap<>();
        List<RecordEvent> events = new ArrayList<>();
        for (long exerciseId : w.sets().stream().map(LiftSet::exerciseId).distinct().toList()) {
            List<LiftSet> sets = w.sets().stream().filter(s -> s.exerciseId() == exerciseId).toList();
            Kept.ExerciseRecords r = before == null ? null : before.byExercise().get(exerciseId);
            if (r == null || !r.sets().equals(sets)) {
                r = new Kept.ExerciseRecords(sets, recordsOf(w, exerciseId, sets, formula));
            }
            now.put(exerciseId, r);
            events.addAll(r.events());
        }
        kept = new Kept(kept.catalog(), new Kept.Records(w.id(), w.date(), formula, now));
        return events;
    }

    private List<RecordEvent> recordsOf(Workout w, long exerciseId, List<LiftSet> sets, E1rmFormula formula) {
        List<DatedSet> prior = new ArrayList<>();
        for (Workout past : queries.recordDecidingSets(exerciseId, w.date(), w.id())) {
            past.sets().forEach(s -> prior.add(new DatedSet(past.date(), past.id(), s)));
        }
        List<DatedSet> mine = sets.stream().map(s -> new DatedSet(w.date(), w.id(), s)).toList();
        return PersonalRecords.recordsSetBy(mine, prior, formula);
    }

    /** What the person did in {@code exerciseId} the last time before the workout ({@code date}, {@code workoutId} or null). */
    public Optional<Workout> previous(long exerciseId, LocalDate date, Long workoutId) {
        return queries.previousSession(exerciseId, date, workoutId);
    }

    /** What a new workout can start from: the routines, and the names of recent workouts, newest first. */
    public Plans plans() {
        return new Plans(routines.all(), workouts.recentNames(RECENT_NAMES));
    }

    /**
     * A new workout for today repeating the newest one called {@code name} (the newest of all when
     * null): its name, exercises and sets (type, weight, reps; how hard they felt is today's to say).
     */
    public Optional<Workout> repeat(String name) {
        return workouts.newest(name).map(last -> newWorkout(last.name(), last.sets().stream()
                .map(s -> new LiftSet(s.exerciseId(), s.order(), s.type(), s.weightKg(), s.reps(), null, null)).toList()));
    }

    /** A new workout for today from a routine: its name, and each target's sets at its reps and weight. */
    public Workout start(Routine r) {
        return newWorkout(r.name(), RoutineTargets.sets(r));
    }

    private Workout newWorkout(String name, List<LiftSet> sets) {
        return new Workout(null, today(), null, null, null, false, name, "", null, null, sets);
    }

    /** Saves a stored workout as a routine called {@code name}; its targets as {@link RoutineTargets#of} makes them. */
    public Routine saveRoutineFrom(long workoutId, String name) {
        return saveRoutine(new Routine(null, name, RoutineTargets.of(workout(workoutId).sets())));
    }

    /** Adds or replaces a routine; a blank name or a routine without exercises is refused, naming what was expected. */
    public Routine saveRoutine(Routine r) {
        if (r.name() == null || r.name().isBlank()) {
            throw new IllegalArgumentException("Routine name: expected a name, such as 'Squat day'");
        }
        if (r.exercises().isEmpty()) {
            throw new IllegalArgumentException("Routine '" + r.name().strip() + "': expected at least one exercise");
        }
        Routine saved = routines.save(r);
        changes.publish(Change.ROUTINES);
        return saved;
    }

    public boolean deleteRoutine(long id) {
        boolean deleted = routines.delete(id);
        if (deleted) {
            changes.publish(Change.ROUTINES);
        }
        return deleted;
    }

    public ExerciseProgress progress(long exerciseId) {
        E1rmFormula formula = settings.current().e1rmFormula();
        List<DatedSet> history = new ArrayList<>();
        List<Workout> sessions = queries.exerciseHistory(exerciseId);
        for (Workout w : sessions) {
            w.sets().forEach(s -> history.add(new DatedSet(w.date(), w.id(), s)));
        }
        return new ExerciseProgress(E1rm.sessionBests(sessions, Set.of(exerciseId), formula),
                PersonalRecords.currentBests(history, formula), bestSets(history, formula));
    }

    /**
     * The {@value #BEST_SETS} best sessions by e1RM, each as its best set (a session of five identical top sets is
     * one line, not five; of equal sets the first). Each set's e1RM is worked out once: 40 years of a lift are
     * some 20,000 sets, which comparing worked out again at every step.
     */
    private static List<DatedSet> bestSets(List<DatedSet> history, E1rmFormula formula) {
        record Scored(DatedSet set, double e1rm) {
        }
        Map<Long, Scored> bestOfSession = new LinkedHashMap<>();
        for (DatedSet d : history) {
            if (E1rm.counts(d.set())) {
                bestOfSession.merge(d.workoutId(), new Scored(d, E1rm.of(d.set(), formula).orElse(0)),
                        (kept, other) -> other.e1rm() > kept.e1rm() ? other : kept);
            }
        }
        return bestOfSession.values().stream().sorted(Comparator.comparingDouble(Scored::e1rm).reversed())
                .limit(BEST_SETS).map(Scored::set).toList();
    }

    public LoadSummary load(LocalDate today) {
        TrainingLoad load = TrainingLoad.ofDailyLoads(queries.dailyLoad());
        LocalDate thisWeek = TrainingLoad.weekStart(today);
        LocalDate from = thisWeek.minusWeeks(WEEKS_OF_LOAD - 1);
        NavigableMap<LocalDate, Double> weekly = new TreeMap<>();
        for (LocalDate w = from; !w.isAfter(thisWeek); w = w.plusWeeks(1)) {
            weekly.put(w, 0.0);
        }
        load.weeklyTotals().subMap(from, true, thisWeek, true).forEach(weekly::put);
        return new LoadSummary(weekly, load.acwr(today), hardSets(today, thisWeek));
    }

    /** Hard sets per region for this week, last week and the mean of the four weeks before this one. */
    private List<RegionSets> hardSets(LocalDate today, LocalDate thisWeek) {
        Map<Long, Exercise> byId = exercises.all().stream().collect(Collectors.toMap(Exercise::id, Function.identity()));
        NavigableMap<LocalDate, NavigableMap<String, Double>> weeks =
                HardSets.weekly(workouts.between(thisWeek.minusWeeks(4), today), byId);
        List<RegionSets> rows = new ArrayList<>();
        BodyRegions.ALL.forEach(region -> {
            double now = setsIn(weeks, thisWeek, region.id());
            double four = 0;
            for (int i = 1; i <= 4; i++) {
                four += setsIn(weeks, thisWeek.minusWeeks(i), region.id());
            }
            if (now > 0 || four > 0) {
                rows.add(new RegionSets(region.id(), region.name(), now, setsIn(weeks, thisWeek.minusWeeks(1), region.id()), four / 4));
            }
        });
        return rows;
    }

    private static double setsIn(NavigableMap<LocalDate, NavigableMap<String, Double>> weeks, LocalDate week, String regionId) {
        Map<String, Double> regions = weeks.get(week);
        return regions == null ? 0 : regions.getOrDefault(regionId, 0.0);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
