package dev.kip.service;

import dev.kip.domain.JournalExtent;
import dev.kip.domain.LiftChoice;
import dev.kip.domain.Night;
import dev.kip.domain.NightSleep;
import dev.kip.domain.RegionDay;
import dev.kip.domain.SessionBest;
import dev.kip.domain.Settings.E1rmFormula;
import dev.kip.insight.Correlation;
import dev.kip.insight.E1rm;
import dev.kip.insight.LagCorrelations;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * What Trends, Today's recovery check and {@code kip trends} read: the journal's aggregates
 * ({@link TrendQueries}) put together into insight's inputs, with each session's best e1RM by the
 * formula chosen in Settings. For the Trends view it keeps what is dear to work out: the whole
 * journal's data once loaded (a range change is then cut from memory), the recovery check of the
 * range's last day, and the correlations per range, lift and window. {@link #setUp()} brings them
 * up to date with the changes heard since ({@link #forgetOn}): a change on known days re-reads those
 * days only, any other change starts afresh. Call it on the journal thread, except
 * {@link #cachedCorrelations}, which the view asks on its own thread.
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
    private final Map<TrendsRequest, KeptCorrelations> correlations = Collections.synchronizedMap(
            new LinkedHashMap<>(CORRELATIONS_KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<TrendsRequest, KeptCorrelations> eldest) {
                    return size() > CORRELATIONS_KEPT;
                }
            });
    /** The whole journal's data, kept while the journal's extent and main lifts stay as they were when it was read. */
    private TrendsData history;
    private JournalExtent historyExtent;
    private Set<Long> historyMainLifts;
    private JournalExtent extent;
    private Set<Long> mainLifts = Set.of();
    private CheckedOn recovery;
    /** The changes heard since the last {@link #setUp}, once {@link #forgetOn} listens for them; guarded by itself. */
    private final Heard heard = new Heard();
    private volatile boolean listening;
    /** The e1RM formula what is kept was worked out by. */
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

    /** Changes heard on the bus: the days they lay on, or that one may have touched any day. */
    private static final class Heard {
        private final Set<LocalDate> days = new TreeSet<>();
        private boolean anyDay;
    }

    /**
     * A request's correlations with the pairs of each lag; not {@code current} after a change until
     * a model of the request shows its pairs are the same (else the lags that moved are worked out again).
     */
    private record KeptCorrelations(List<LagCorrelations.Lag> lags, SortedMap<Integer, Correlation> byLag, boolean current) {
        KeptCorrelations(List<LagCorrelations.Lag> lags) {
            this(lags, LagCorrelations.byLag(lags), true);
        }
    }

    /** The recovery check shown, kept while the range ends on the same day (presets all end today). */
    private record CheckedOn(LocalDate asOf, int targetMin, RecoveryReport report) {
    }

    /**
     * Keeps what is worked out across the changes {@code changes} tells of: a change to what Trends
     * shows (nights, marks, workouts) on known days updates the whole journal's data on those days
     * (a saved night re-reads one day, not ten years); any other (an import, the exercise catalog) or
     * another e1RM formula starts afresh. A view reloading after a change Trends does not show (the
     * theme, the units, the sleep target, which each request names) starts from what is kept.
     * Without it every {@link #setUp} forgets.
     */
    public void forgetOn(Changes changes) {
        changes.subscribeWithDays(EnumSet.of(Change.NIGHTS, Change.BODY, Change.WORKOUTS, Change.EXERCISES), (change, days) -> {
            synchronized (heard) {
                days.ifPresentOrElse(heard.days::addAll, () -> heard.anyDay = true);
            }
        });
        listening = true;
    }

    /** Brings what is kept up to date with the changes heard since, and reads what the view starts from. */
    public Setup setUp() {
        Set<LocalDate> days;
        boolean anyDay;
        synchronized (heard) {
            days = new TreeSet<>(heard.days);
            anyDay = heard.anyDay;
            heard.days.clear();
            heard.anyDay = false;
        }
        if (!listening || anyDay || formula() != keptFormula) {
            correlations.clear();
            history = null;
            recovery = null;
            keptFormula = formula();
        } else if (!days.isEmpty()) {
            recovery = null;
            correlations.replaceAll((r, kept) -> new KeptCorrelations(kept.lags(), kept.byLag(), false));
        }
        LocalDate today = LocalDate.now(clock);
        Optional<JournalExtent> found = queries.extent()
                .map(e -> new JournalExtent(e.first(), e.last().isAfter(today) ? e.last() : today));
        List<LiftChoice> lifts = queries.liftChoices();
        extent = found.orElse(null);
        mainLifts = mainLiftIds();
        if (history != null && !(found.isPresent() && found.get().equals(historyExtent) && mainLifts.equals(historyMainLifts))) {
            history = null;
        } else if (history != null && !days.isEmpty()) {
            history = history.replacingDays(days, readDays(days));
        }
        return new Setup(found, lifts, mainLifts, settings.remembered(KEY_RANGE),
                settings.remembered(KEY_LIFT), settings.remembered(KEY_WINDOW));
    }

    /** What {@code days} hold now, day by day, as the whole journal's data holds them. */
    private TrendsData readDays(Set<LocalDate> days) {
        List<NightSleep> nights = new ArrayList<>();
        List<SessionBest> bests = new ArrayList<>();
        List<RegionDay> marks = new ArrayList<>();
        List<LocalDate> leftOut = new ArrayList<>();
        for (LocalDate day : days) {
            TrendsData d = read(day, day, day, historyMainLifts);
            nights.addAll(d.nights());
            bests.addAll(d.sessionBests());
            marks.addAll(d.marks());
            leftOut.addAll(d.sleepLeftOut());
        }
        return new TrendsData(nights, bests, marks, leftOut);
    }

    /** The figures of {@code request}, cut from the whole journal's data when it is loaded and covers the lift. */
    public Loaded load(TrendsRequest request) {
        boolean mainLift = request.strengthIndex() || request.mainLiftIds().contains(request.liftId());
        TrendsData data;
        if (history != null && mainLift) {
            data = history.slice(request);
        } else {
            data = trendsData(request);
            if (mainLift && extent != null && request.from().equals(extent.first()) && request.to().equals(extent.last())
                    && request.mainLiftIds().equals(mainLifts)) {
                keepHistory(data, extent, mainLifts); // the whole journal: what loadHistory would read again
            }
        }
        RecoveryReport check = recovery != null && recovery.asOf().equals(request.to()) && recovery.targetMin() == request.targetMin()
                ? recovery.report() : RecoveryCheck.evaluate(recoveryInputs(request.to(), request.targetMin()));
        recovery = new CheckedOn(request.to(), request.targetMin(), check);
        TrendsModel model = TrendsModel.of(data, request);
        KeptCorrelations kept = correlations.get(request);
        if (kept != null && !kept.current() && model.sameLags(kept.lags())) {
            correlations.put(request, new KeptCorrelations(kept.lags(), kept.byLag(), true)); // no pair moved (a mark, a note)
        }
        return new Loaded(model, check);
    }

    /**
     * Loads the whole journal's sleep, main-lift bests and marks once (a few MB for ten years), so
     * later range changes are cut from memory, not queried.
     */
    public void loadHistory(JournalExtent extent) {
        if (history == null) {
            Set<Long> lifts = mainLiftIds();
            keepHistory(trendsData(new TrendsRequest(extent.first(), extent.last(), null, 1, 1, lifts)), extent, lifts);
        }
    }

    private void keepHistory(TrendsData data, JournalExtent over, Set<Long> lifts) {
        history = data;
        historyExtent = over;
        historyMainLifts = lifts;
    }

    /** The correlations by lag already worked out for {@code request} and right for the data loaded last; any thread. */
    public Optional<SortedMap<Integer, Correlation>> cachedCorrelations(TrendsRequest request) {
        KeptCorrelations kept = correlations.get(request);
        return kept != null && kept.current() ? Optional.of(kept.byLag()) : Optional.empty();
    }

    /**
     * The correlations by lag of {@code model} (a bootstrap per lag), kept for its request; after a change,
     * only the lags whose pairs it moved are worked out again.
     */
    public SortedMap<Integer, Correlation> correlations(TrendsModel model) {
        // Worked out outside the map's lock: the view's thread may look into the map meanwhile.
        KeptCorrelations kept = correlations.get(model.request());
        if (kept != null && kept.current()) {
            return kept.byLag();
        }
        KeptCorrelations now = new KeptCorrelations(model.lags(kept == null ? List.of() : kept.lags()));
        correlations.put(model.request(), now);
        return now.byLag();
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
        return read(request.dataFrom(), request.from(), request.to(), lifts);
    }

    /** Sleep and session bests from {@code dataFrom}, marks from {@code from}, to {@code to}. */
    private TrendsData read(LocalDate dataFrom, LocalDate from, LocalDate to, Set<Long> lifts) {
        NightSourceChoice.Choice sleep = sleepSources.choice(dataFrom, to);
        return new TrendsData(sleep.nights(), E1rm.sessionBests(queries.topSets(dataFrom, to, lifts), formula()),
                queries.regionDays(from, to), sleep.leftOut());
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
