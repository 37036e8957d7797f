package dev.kip.service;

import dev.kip.domain.JournalExtent;
import dev.kip.domain.LiftChoice;
import dev.kip.domain.Night;
import dev.kip.domain.NightSleep;
import dev.kip.domain.Settings.E1rmFormula;
import dev.kip.insight.Correlation;
import dev.kip.insight.E1rm;
import dev.kip.insight.NightSourceChoice;
import dev.kip.insight.RecoveryCheck;
import dev.kip.insight.RecoveryInputs;
import dev.kip.insight.RecoveryReport;
import dev.kip.insight.TrendsData;
import dev.kip.insight.TrendsModel;
import dev.kip.insight.TrendsRequest;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.FactorsStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.TrendQueries;
import dev.kip.journal.WorkoutStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What Trends, Today's recovery check and {@code kip trends} read: the journal's aggregates
 * ({@link TrendQueries}) put together into insight's inputs, with each session's best e1RM by the
 * formula chosen in Settings. For the Trends view it keeps what is dear to work out: the whole
 * journal's data once loaded (a range change is then cut from memory), the recovery check of the
 * range's last day, and the correlations per range, lift and window. {@link #setUp()} forgets them
 * when the data may have changed since ({@link #forgetOn}), so a view that heard of a change starts
 * afresh. Call it on the journal thread, except {@link #cachedCorrelations}, which the view asks on
 * its own thread.
 */
public final class TrendsService {
    private static final int CORRELATIONS_KEPT = 16;
    private static final String KEY_RANGE = "trends.range";
    private static final String KEY_LIFT = "trends.lift";
    private static final String KEY_WINDOW = "trends.window";

    private final TrendQueries queries;
    private final NightStore nights;
    private final FactorsStore factors;
    private final WorkoutStore workouts;
    private final BodyMarkStore marks;
    private final SettingsService settings;
    private final SleepSourcesService sleepSources;
    private final Clock clock;
    private final Map<TrendsRequest, SortedMap<Integer, Correlation>> correlations = Collections.synchronizedMap(
            new LinkedHashMap<>(CORRELATIONS_KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<TrendsRequest, SortedMap<Integer, Correlation>> eldest) {
                    return size() > CORRELATIONS_KEPT;
                }
            });
    private TrendsData history;
    private CheckedOn recovery;
    /** Counts the changes that move what Trends shows, once {@link #forgetOn} listens for them. */
    private final AtomicLong dataVersion = new AtomicLong();
    private volatile boolean listening;
    /** The data version and e1RM formula what is kept was worked out at. */
    private long keptVersion = -1;
    private E1rmFormula keptFormula;

    public TrendsService(Journal journal, SettingsService settings, SleepSourcesService sleepSources, Clock clock) {
        this.queries = new TrendQueries(journal);
        this.nights = new NightStore(journal);
        this.factors = new FactorsStore(journal);
        this.workouts = new WorkoutStore(journal);
        this.marks = new BodyMarkStore(journal);
        this.settings = settings;
        this.sleepSources = sleepSources;
        this.clock = clock;
    }

    /**
     * What the view needs before it draws: the journal's extent (to today at least), the lifts to
     * choose from and the choices remembered last time. Empty extent: an empty journal.
     */
    public record Setup(Optional<JournalExtent> extent, List<LiftChoice> lifts, Set<Long> mainLiftIds, Optional<String> range,
                        Optional<String> lift, Optional<String> window) {
    }

    /** A range's figures and the recovery check on its last day. */
    public record Loaded(TrendsModel model, RecoveryReport recovery) {
    }

    /** The recovery check shown, kept while the range ends on the same day (presets all end today). */
    private record CheckedOn(LocalDate asOf, int targetMin, RecoveryReport report) {
    }

    /**
     * Keeps what is worked out until {@code changes} tells of a change to what Trends shows (nights,
     * marks, workouts, exercises, an import) or the e1RM formula changed: a view reloading after
     * another change (the theme, the units, the sleep target, which each request names) starts from
     * what is kept. Without it every {@link #setUp} forgets.
     */
    public void forgetOn(Changes changes) {
        changes.subscribe(EnumSet.of(Change.NIGHTS, Change.BODY, Change.WORKOUTS, Change.EXERCISES),
                change -> dataVersion.incrementAndGet());
        listening = true;
    }

    /** Forgets what was kept if the journal may have changed since, and reads what the view starts from. */
    public Setup setUp() {
        long version = dataVersion.get();
        if (!listening || version != keptVersion || formula() != keptFormula) {
            correlations.clear();
            history = null;
            recovery = null;
            keptVersion = version;
            keptFormula = formula();
        }
        LocalDate today = LocalDate.now(clock);
        Optional<JournalExtent> extent = queries.extent()
                .map(e -> new JournalExtent(e.first(), e.last().isAfter(today) ? e.last() : today));
        return new Setup(extent, queries.liftChoices(), mainLiftIds(), settings.remembered(KEY_RANGE),
                settings.remembered(KEY_LIFT), settings.remembered(KEY_WINDOW));
    }

    /** The figures of {@code request}, cut from the whole journal's data when it is loaded and covers the lift. */
    public Loaded load(TrendsRequest request) {
        TrendsData data = history != null && (request.strengthIndex() || request.mainLiftIds().contains(request.liftId()))
                ? history.slice(request) : trendsData(request);
        RecoveryReport check = recovery != null && recovery.asOf().equals(request.to()) && recovery.targetMin() == request.targetMin()
                ? recovery.report() : RecoveryCheck.evaluate(recoveryInputs(request.to(), request.targetMin()));
        recovery = new CheckedOn(request.to(), request.targetMin(), check);
        return new Loaded(TrendsModel.of(data, request), check);
    }

    /**
     * Loads the whole journal's sleep, main-lift bests and marks once (a few MB for ten years), so
     * later range changes are cut from memory, not queried.
     */
    public void loadHistory(JournalExtent extent) {
        if (history == null) {
            history = trendsData(new TrendsRequest(extent.first(), extent.last(), null, 1, 1, mainLiftIds()));
        }
    }

    /** The correlations by lag already worked out for {@code request}; any thread. */
    public Optional<SortedMap<Integer, Correlation>> cachedCorrelations(TrendsRequest request) {
        return Optional.ofNullable(correlations.get(request));
    }

    /** The correlations by lag of {@code model} (a bootstrap per lag), kept for its request. */
    public SortedMap<Integer, Correlation> correlations(TrendsModel model) {
        // Worked out outside the map's lock: the view's thread may look into the map meanwhile.
        SortedMap<Integer, Correlation> byLag = correlations.get(model.request());
        if (byLag == null) {
            byLag = model.correlationsByLag();
            correlations.put(model.request(), byLag);
        }
        return byLag;
    }

    /** Remembers the range, lift or window the person chose, for the next time. */
    public void rememberRange(String stored) {
        settings.remember(KEY_RANGE, stored);
    }

    public void rememberLift(String stored) {
        settings.remember(KEY_LIFT, stored);
    }

    public void rememberWindow(String stored) {
        settings.remember(KEY_WINDOW, stored);
    }

    public Set<Long> mainLiftIds() {
        return queries.mainLiftIds();
    }

    public Map<String, LocalDate> lastTrained(LocalDate asOf) {
        return queries.lastTrained(asOf);
    }

    /** Everything the Trends figures of {@code request} need, from its lead-in to its end. */
    public TrendsData trendsData(TrendsRequest request) {
        Set<Long> lifts = new TreeSet<>(request.mainLiftIds());
        if (request.liftId() != null) {
            lifts.add(request.liftId());
        }
        NightSourceChoice.Choice sleep = sleepSources.choice(request.dataFrom(), request.to());
        return new TrendsData(sleep.nights(),
                E1rm.sessionBests(queries.topSets(request.dataFrom(), request.to(), lifts), formula()),
                queries.regionDays(request.from(), request.to()), sleep.leftOut());
    }

    /** What the recovery check needs on the morning of {@code asOf}. */
    public RecoveryInputs recoveryInputs(LocalDate asOf, int targetMin) {
        LocalDate from = RecoveryInputs.historyFrom(asOf);
        List<Night> diary = nights.between(from, asOf);
        return new RecoveryInputs(diary, sleepSources.choice(diary, from, asOf).nights(),
                factors.between(from, asOf), workouts.between(from, asOf),
                E1rm.sessionBests(queries.topSets(from, asOf, mainLiftIds()), formula()), marks.between(from, asOf), asOf, targetMin);
    }

    /** Sleep per night, oldest first: the diary else a device, as the person chose (see {@link SleepSourcesService}). */
    public List<NightSleep> nightlySleep(LocalDate from, LocalDate to) {
        return sleepSources.choice(from, to).nights();
    }

    /** Which source the sleep of {@code from}…{@code to} comes from: "sleep: diary on 61 nights, Garmin on 23". */
    public String sleepSources(LocalDate from, LocalDate to) {
        return sleepSources.choice(from, to).describe();
    }

    private E1rmFormula formula() {
        return settings.current().e1rmFormula();
    }
}
