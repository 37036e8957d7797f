package dev.kip.service;

import dev.kip.domain.Night;
import dev.kip.domain.NightSleep;
import dev.kip.domain.Settings.E1rmFormula;
import dev.kip.insight.E1rm;
import dev.kip.insight.NightSourceChoice;
import dev.kip.insight.RecoveryInputs;
import dev.kip.insight.TrendsData;
import dev.kip.insight.TrendsRequest;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.FactorsStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.SettingsStore;
import dev.kip.journal.TrendQueries;
import dev.kip.journal.TrendQueries.Extent;
import dev.kip.journal.TrendQueries.LiftChoice;
import dev.kip.journal.WorkoutStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What Trends, Today's recovery check and {@code kip trends} read: the journal's aggregates
 * ({@link TrendQueries}) put together into insight's inputs, with each session's best e1RM by the
 * formula the person chose. Call it on the journal thread.
 */
public final class TrendsService {
    private final TrendQueries queries;
    private final NightStore nights;
    private final FactorsStore factors;
    private final WorkoutStore workouts;
    private final BodyMarkStore marks;
    private final SettingsStore settings;
    private final SleepSourcesService sleepSources;

    public TrendsService(Journal journal) {
        this.queries = new TrendQueries(journal);
        this.nights = new NightStore(journal);
        this.factors = new FactorsStore(journal);
        this.workouts = new WorkoutStore(journal);
        this.marks = new BodyMarkStore(journal);
        this.settings = new SettingsStore(journal);
        this.sleepSources = new SleepSourcesService(journal);
    }

    public Optional<Extent> extent() {
        return queries.extent();
    }

    public List<LiftChoice> liftChoices() {
        return queries.liftChoices();
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

    /**
     * The whole journal's Trends data for the main lifts, from the lead-in before {@code first} to
     * {@code last}: loaded once, then sliced for each range ({@link TrendsData#slice}).
     */
    public TrendsData allTrendsData(LocalDate first, LocalDate last) {
        return trendsData(new TrendsRequest(first, last, null, 1, 1, mainLiftIds()));
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

    /** The e1RM formula chosen in Settings. */
    public E1rmFormula formula() {
        return settings.load().e1rmFormula();
    }
}
