package dev.kip.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.kip.domain.BodyMark;
import dev.kip.domain.DeviceNight;
import dev.kip.domain.DiaryEntry;
import dev.kip.domain.DiaryUndo;
import dev.kip.domain.JournalExtent;
import dev.kip.domain.LiftChoice;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Night;
import dev.kip.domain.NightSleep;
import dev.kip.domain.NightTrust;
import dev.kip.domain.RegionDay;
import dev.kip.domain.SessionBest;
import dev.kip.domain.SetType;
import dev.kip.domain.Settings;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import dev.kip.insight.SleepPairing;
import dev.kip.insight.SleepPerformancePair;
import dev.kip.insight.TrendsModel;
import dev.kip.insight.TrendsRequest;
import dev.kip.journal.DeviceNightStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.WorkoutStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trends' inputs put together from the journal: sleep from two sources, session bests by the chosen formula, how sessions line up with nights. */
class TrendsServiceTest {
    static final LocalDate D = LocalDate.of(2026, 6, 10);
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;
    Journal journal;
    TrendsService queries;
    SettingsService settings;
    long squat;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("j.db"));
        settings = new SettingsService(journal, Changes.direct());
        queries = new TrendsService(journal, settings, new SleepSourcesService(journal, Changes.direct()), Clock.fixed(D.atStartOfDay(ZONE).toInstant(), ZONE));
        squat = new ExerciseStore(journal).byName("Back Squat").orElseThrow().id();
        NightStore nights = new NightStore(journal);
        // Into bed and asleep attempt 23:00, 10 min to fall asleep, no WASO: TST = final wake − 23:10.
        nights.put(night(D, "06:00"));              // 410 min
        nights.put(night(D.minusDays(1), "07:00")); // 470
        nights.put(night(D.minusDays(2), "06:30")); // 440
        nights.put(night(D.minusDays(3), "05:30")); // 380
        DeviceNightStore device = new DeviceNightStore(journal);
        device.insertIfAbsent(deviceNight(D, "watch", 999));               // a diary night exists: ignored
        device.insertIfAbsent(deviceNight(D.minusDays(4), "watch", 300));
        device.insertIfAbsent(deviceNight(D.minusDays(4), "ring", 320));   // the longer source wins
        WorkoutStore workouts = new WorkoutStore(journal);
        // D−10: 100 × 3 → Epley 110. D: 100 × 5 → 116.67; a single of 110 counts as 110; a 150 warm-up never counts.
        workouts.insert(workout(D.minusDays(10), new LiftSet(squat, 1, SetType.WORKING, 100.0, 3, null, null)));
        workouts.insert(workout(D, new LiftSet(squat, 1, SetType.WARM_UP, 150.0, 1, null, null),
                new LiftSet(squat, 2, SetType.WORKING, 100.0, 5, null, null),
                new LiftSet(squat, 3, SetType.WORKING, 110.0, 1, null, null)));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    static Night night(LocalDate date, String finalWake) {
        return new Night(date, LocalTime.of(23, 0), LocalTime.of(23, 0), 10, 0, 0, LocalTime.parse(finalWake),
                LocalTime.parse(finalWake), 3, 3, false, "", ZONE);
    }

    static DeviceNight deviceNight(LocalDate date, String source, int asleep) {
        return new DeviceNight(date, source, date.minusDays(1).atTime(23, 0), LocalDateTime.of(date, LocalTime.of(6, 45)),
                asleep + 20, asleep, 20, asleep / 2, asleep / 4, asleep / 4);
    }

    static Workout workout(LocalDate date, LiftSet... sets) {
        return new Workout(null, date, LocalTime.of(18, 0), 60, 7.0, false, "", "", null, null, List.of(sets));
    }

    @Test
    void sleepPerNightIsTheDiaryElseTheLongestDeviceNight() {
        List<NightSleep> sleep = queries.nightlySleep(D.minusDays(5), D);
        assertThat(sleep).extracting(NightSleep::date, NightSleep::sleepMin, NightSleep::fromDiary).containsExactly(
                org.assertj.core.groups.Tuple.tuple(D.minusDays(4), 320, false),
                org.assertj.core.groups.Tuple.tuple(D.minusDays(3), 380, true),
                org.assertj.core.groups.Tuple.tuple(D.minusDays(2), 440, true),
                org.assertj.core.groups.Tuple.tuple(D.minusDays(1), 470, true),
                org.assertj.core.groups.Tuple.tuple(D, 410, true));
        assertThat(sleep.get(0).wake()).isEqualTo(LocalTime.of(6, 45));
    }

    @Test
    void sessionBestsFollowTheFormulaChosenInSettingsWithSinglesAsTheirOwnMax() {
        List<SessionBest> bests = queries.trendsData(request(1)).sessionBests();
        assertThat(bests).hasSize(2);
        assertThat(bests.get(0).bestE1rm()).isCloseTo(110.0, offset(1e-9));
        assertThat(bests.get(1).bestE1rm()).isCloseTo(100 * (1 + 5 / 30.0), offset(1e-9));
        Settings s = settings.current();
        settings.save(new Settings(s.massUnit(), s.tempUnit(), s.clock24(), s.sleepTargetMin(), Settings.E1rmFormula.BRZYCKI,
                s.reportName(), s.theme(), s.paper(), s.weightStep()));
        // Brzycki: 100 × 3 → 100 × 36/34 = 105.88; 100 × 5 → 112.5 beats the 110 single.
        assertThat(queries.trendsData(request(1)).sessionBests()).extracting(SessionBest::bestE1rm)
                .containsExactly(100 * 36 / 34.0, 112.5);
        assertThat(queries.recoveryInputs(D, 480).mainLiftBests()).extracting(SessionBest::bestE1rm)
                .containsExactly(100 * 36 / 34.0, 112.5);
    }

    @Test
    void aSessionOnDPairsWithNightDAtLagZeroAndDMinusOneAtLagOne() {
        TrendsModel model = TrendsModel.of(queries.trendsData(request(1)), request(1));
        // Only the session on D has an earlier squat to compare with: 116.67 / 110 = 106.06 %.
        assertThat(model.sessions()).hasSize(1);
        assertThat(model.sessions().get(0).pct()).isCloseTo(106.06, offset(0.01));
        assertThat(model.pairs()).extracting(SleepPerformancePair::sleepMin).containsExactly(410.0);
        assertThat(SleepPairing.pair(model.sleepByNight(), model.sessions(), 1, 1))
                .extracting(SleepPerformancePair::sleepMin).containsExactly(470.0);
        assertThat(SleepPairing.pair(model.sleepByNight(), model.sessions(), 3, 1))
                .extracting(SleepPerformancePair::sleepMin).containsExactly(380.0);
        // Window 3: lag 0 is the mean of nights D−2 … D = (440 + 470 + 410) / 3 = 440; lag 1 of D−3 … D−1 = 430.
        TrendsModel three = TrendsModel.of(queries.trendsData(request(3)), request(3));
        assertThat(three.pairs()).extracting(SleepPerformancePair::sleepMin).containsExactly(440.0);
        assertThat(SleepPairing.pair(three.sleepByNight(), three.sessions(), 1, 3))
                .extracting(SleepPerformancePair::sleepMin).containsExactly(430.0);
        assertThat(three.correlationsByLag()).hasSize(4).allSatisfy((lag, c) -> assertThat(c.hasRho()).isFalse());
    }

    @Test
    void aSliceOfTheWholeJournalGivesTheSameModelAsQueryingTheRange() {
        dev.kip.journal.TrendsFixture.write(journal, D.plusDays(90), 80);
        var all = queries.trendsData(new TrendsRequest(D.minusDays(10), D.plusDays(90), null, 1, 1, queries.mainLiftIds()));
        for (int days : new int[] {7, 28, 84}) {
            TrendsRequest r = new TrendsRequest(D.plusDays(90 - days + 1), D.plusDays(90), null, 1, 480, queries.mainLiftIds());
            assertThat(TrendsModel.of(all.slice(r), r)).isEqualTo(TrendsModel.of(queries.trendsData(r), r));
        }
    }

    @Test
    void aNightOfTimeInBedOnlyIsNeverReadAsZero_theDiaryStandsIn_elseItIsLeftOutAndCounted() {
        DeviceNightStore device = new DeviceNightStore(journal);
        // The phone alone recorded D−1 (a diary night exists) and D−6 (none): asleep unknown on both.
        device.insertIfAbsent(new DeviceNight(D.minusDays(1), "phone", D.minusDays(2).atTime(23, 0), D.minusDays(1).atTime(6, 30),
                450, null, 0, 0, 0, 0));
        device.insertIfAbsent(new DeviceNight(D.minusDays(6), "phone", D.minusDays(7).atTime(23, 0), D.minusDays(6).atTime(6, 30),
                450, null, 0, 0, 0, 0));

        assertThat(queries.nightlySleep(D.minusDays(7), D)).extracting(NightSleep::date, NightSleep::sleepMin)
                .doesNotContain(org.assertj.core.groups.Tuple.tuple(D.minusDays(6), 0))
                .contains(org.assertj.core.groups.Tuple.tuple(D.minusDays(1), 470));
        assertThat(queries.nightlySleep(D.minusDays(7), D)).extracting(NightSleep::date).doesNotContain(D.minusDays(6));
        TrendsModel model = TrendsModel.of(queries.trendsData(request(1)), request(1));
        assertThat(model.sleepLeftOut()).isEqualTo(1);
        assertThat(model.sleepLeftOutNote()).contains("1 night is left out of the sleep figures: a device recorded only time "
                + "in bed, and the diary has no entry for it.");
        assertThat(queries.recoveryInputs(D, 480).sleep()).extracting(NightSleep::date).doesNotContain(D.minusDays(6));
    }

    TrendsRequest request(int window) {
        return new TrendsRequest(D.minusDays(20), D, squat, window, 480, queries.mainLiftIds());
    }

    @Test
    void aRangeIsCutFromTheWholeJournalOnceLoadedUntilTheViewStartsAfresh() {
        TrendsService.Setup setup = queries.setUp();
        TrendsRequest r = request(1);
        assertThat(queries.load(r).model().sessions()).hasSize(1);
        queries.loadHistory(setup.extent().orElseThrow());
        // Written behind the service's back (no view heard of it): the range still comes from memory.
        new WorkoutStore(journal).insert(workout(D.minusDays(5), new LiftSet(squat, 1, SetType.WORKING, 120.0, 3, null, null)));
        assertThat(queries.load(r).model().sessions()).hasSize(1);
        // What a view does when told of a change: set up again, which forgets what was kept.
        queries.setUp();
        assertThat(queries.load(r).model().sessions()).hasSize(2);
    }

    @Test
    void correlationsAreWorkedOutOncePerRequestAndForgottenOnSetUp() {
        queries.setUp();
        TrendsRequest r = request(1);
        assertThat(queries.cachedCorrelations(r)).isEmpty();
        TrendsService.Loaded loaded = queries.load(r);
        var first = queries.correlations(loaded.model());
        assertThat(queries.cachedCorrelations(r)).containsSame(first);
        assertThat(queries.correlations(queries.load(r).model())).isSameAs(first);
        queries.setUp();
        assertThat(queries.cachedCorrelations(r)).isEmpty();
    }

    @Test
    void listeningToChangesWhatIsWorkedOutOutlastsASetUpUntilAChangeToWhatTrendsShows() {
        Changes changes = Changes.direct();
        queries.forgetOn(changes);
        TrendsRequest r = request(1);
        queries.setUp();
        var first = queries.correlations(queries.load(r).model());

        // A view reloading after a change Trends does not show (the theme, an appointment) starts from what is kept.
        Settings s = settings.current();
        settings.save(new Settings(s.massUnit(), s.tempUnit(), s.clock24(), s.sleepTargetMin(), s.e1rmFormula(), s.reportName(),
                Settings.Theme.DARK, s.paper(), s.weightStep()));
        changes.publish(Change.SETTINGS);
        changes.publish(Change.PHYSIO);
        queries.setUp();
        assertThat(queries.cachedCorrelations(r)).containsSame(first);

        // Another e1RM formula moves every session's best.
        settings.save(new Settings(s.massUnit(), s.tempUnit(), s.clock24(), s.sleepTargetMin(), Settings.E1rmFormula.BRZYCKI,
                s.reportName(), Settings.Theme.DARK, s.paper(), s.weightStep()));
        changes.publish(Change.SETTINGS);
        queries.setUp();
        assertThat(queries.cachedCorrelations(r)).isEmpty();
        first = queries.correlations(queries.load(r).model());

        // A workout saved, and told: the next set-up forgets, and the range shows it.
        new WorkoutStore(journal).insert(workout(D.minusDays(5), new LiftSet(squat, 1, SetType.WORKING, 120.0, 3, null, null)));
        changes.publish(Change.WORKOUTS);
        queries.setUp();
        assertThat(queries.cachedCorrelations(r)).isEmpty();
        assertThat(queries.load(r).model().sessions()).hasSize(2);
    }

    @Test
    void theRecoveryCheckIsKeptWhileTheRangeEndsOnTheSameDayWithTheSameTarget() {
        queries.setUp();
        var check = queries.load(request(1)).recovery();
        assertThat(queries.load(request(3)).recovery()).as("same last day and target").isSameAs(check);
        assertThat(queries.load(new TrendsRequest(D.minusDays(20), D.minusDays(1), squat, 1, 480, queries.mainLiftIds()))
                .recovery()).as("another last day").isNotSameAs(check);
    }

    @Test
    void setUpReadsTheExtentToTodayAndTheRememberedChoices() {
        queries.rememberRange("W4");
        queries.rememberLift(Long.toString(squat));
        queries.rememberWindow("3");
        TrendsService.Setup setup = queries.setUp();
        assertThat(setup.extent()).get().extracting(JournalExtent::first, JournalExtent::last).containsExactly(D.minusDays(10), D);
        assertThat(setup.range()).contains("W4");
        assertThat(setup.lift()).contains(Long.toString(squat));
        assertThat(setup.window()).contains("3");
        assertThat(setup.lifts()).extracting(LiftChoice::name).containsExactly("Back Squat");
    }

    @Test
    void changesOnKnownDaysGiveTheSameFiguresAsReadingEverythingAgain() {
        dev.kip.journal.TrendsFixture.write(journal, D.plusDays(90), 80);
        Changes changes = Changes.direct();
        SleepSourcesService sources = new SleepSourcesService(journal, changes);
        Clock clock = Clock.fixed(D.atStartOfDay(ZONE).toInstant(), ZONE);
        SleepService sleep = new SleepService(journal, sources, changes, clock);
        BodyService body = new BodyService(journal, changes, clock);
        TrainingService training = new TrainingService(journal, settings, changes, clock);
        TrendsService kept = new TrendsService(journal, settings, sources, clock);
        kept.forgetOn(changes);
        JournalExtent extent = kept.setUp().extent().orElseThrow();
        TrendsRequest all = new TrendsRequest(extent.first(), extent.last(), null, 1, 480, kept.mainLiftIds());
        kept.correlations(kept.load(all).model());
        kept.loadHistory(extent);
        sameAsFresh(kept, extent);

        sleep.add(new DiaryEntry(night(D.plusDays(5), "06:40"), null));
        sameAsFresh(kept, extent);
        sleep.replace(D.plusDays(20), new DiaryEntry(night(D.plusDays(8), "05:50"), null)); // moved to another day
        sameAsFresh(kept, extent);
        DiaryUndo deleted = sleep.delete(D.plusDays(30));
        sameAsFresh(kept, extent);
        sleep.restore(deleted);
        sameAsFresh(kept, extent);
        sources.setTrust(D, NightTrust.DEVICE); // the watch's 999 min stand for D now
        sameAsFresh(kept, extent);

        body.put(new BodyMark(D.plusDays(40), "FRONT.KNEE.L", SymptomKind.SORENESS, 5, "", false));
        sameAsFresh(kept, extent);
        body.copyDayBefore(D.plusDays(41));
        sameAsFresh(kept, extent);
        body.clear(D.plusDays(40), "FRONT.KNEE.L");
        sameAsFresh(kept, extent);

        Workout added = training.save(workout(D.plusDays(12)), List.of(new ExerciseSets("Back Squat",
                List.of(new LiftSet(squat, 1, SetType.WORKING, 130.0, 3, null, null))))).workout();
        sameAsFresh(kept, extent);
        training.save(new Workout(added.id(), D.plusDays(15), LocalTime.of(18, 0), 60, 7.0, false, "", "", null, null, List.of()),
                List.of(new ExerciseSets("Back Squat", List.of(new LiftSet(squat, 1, SetType.WORKING, 90.0, 8, null, null)))));
        sameAsFresh(kept, extent);
        training.delete(new WorkoutStore(journal).between(D.plusDays(50), D.plusDays(50)).get(0).id());
        sameAsFresh(kept, extent);
    }

    /** After a set-up, every range, lift and window shows what a service that reads everything afresh shows. */
    private void sameAsFresh(TrendsService kept, JournalExtent extent) {
        kept.setUp();
        TrendsService fresh = new TrendsService(journal, settings, new SleepSourcesService(journal, Changes.direct()),
                Clock.fixed(D.atStartOfDay(ZONE).toInstant(), ZONE));
        fresh.setUp();
        Set<Long> main = kept.mainLiftIds();
        for (TrendsRequest r : List.of(new TrendsRequest(extent.first(), extent.last(), null, 1, 480, main),
                new TrendsRequest(extent.first(), extent.last(), null, 3, 480, main),
                new TrendsRequest(extent.first(), extent.last(), squat, 1, 480, main),
                new TrendsRequest(extent.last().minusDays(27), extent.last(), null, 1, 480, main))) {
            TrendsService.Loaded incremental = kept.load(r);
            TrendsService.Loaded reread = fresh.load(r);
            assertThat(incremental.model()).as("model of %s", r).isEqualTo(reread.model());
            assertThat(incremental.recovery()).as("recovery check of %s", r).isEqualTo(reread.recovery());
            assertThat(kept.correlations(incremental.model())).as("correlations of %s", r)
                    .isEqualTo(fresh.correlations(reread.model()));
        }
    }

    @Test
    void aChangeOnKnownDaysReReadsThoseDaysOnlyAndKeepsCorrelationsItDidNotMove() {
        dev.kip.journal.TrendsFixture.write(journal, D.plusDays(90), 80);
        Changes changes = Changes.direct();
        Clock clock = Clock.fixed(D.atStartOfDay(ZONE).toInstant(), ZONE);
        SleepSourcesService sources = new SleepSourcesService(journal, changes);
        TrendsService kept = new TrendsService(journal, settings, sources, clock);
        kept.forgetOn(changes);
        JournalExtent extent = kept.setUp().extent().orElseThrow();
        TrendsRequest all = new TrendsRequest(extent.first(), extent.last(), null, 1, 480, kept.mainLiftIds());
        var correlations = kept.correlations(kept.load(all).model());
        int sessions = kept.load(all).model().sessions().size();

        // Written behind the service's back (no one told): a change told on another day does not bring it in.
        new WorkoutStore(journal).insert(workout(D.plusDays(3), new LiftSet(squat, 1, SetType.WORKING, 120.0, 3, null, null)));
        new BodyService(journal, changes, clock).put(new BodyMark(D.plusDays(40), "FRONT.KNEE.L", SymptomKind.SORENESS, 5, "", false));
        kept.setUp();
        TrendsModel model = kept.load(all).model();
        assertThat(model.marks()).extracting(RegionDay::date).contains(D.plusDays(40));
        assertThat(model.sessions()).hasSize(sessions);
        assertThat(kept.correlations(model)).as("a mark moves no sleep or session").isSameAs(correlations);
    }
}
