package dev.kip.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Settings.E1rmFormula;
import dev.kip.domain.Workout;
import dev.kip.insight.RecordKind;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.WorkoutStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Training view's service on a temporary journal with the seeded catalog. */
class TrainingServiceTest {
    private static final LocalDate MON = LocalDate.of(2025, 5, 12);

    @TempDir
    Path dir;
    private Journal journal;
    private TrainingService service;
    private WorkoutStore workouts;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("journal.db"));
        workouts = new WorkoutStore(journal);
        service = new TrainingService(journal, new SettingsService(journal, Changes.direct()), Changes.direct(), Clock.fixed(MON.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private static Workout header(LocalDate date, Integer minutes, Double srpe) {
        return new Workout(null, date, null, minutes, srpe, false, "", "", null, null, List.of());
    }

    private static LiftSet set(SetType type, double kg, int reps) {
        return new LiftSet(0, 0, type, kg, reps, null, null);
    }

    @Test
    void savingResolvesNamesNumbersSetsPerExerciseAndReportsRecordsAgainstEarlierHistoryOnly() {
        service.save(header(MON.minusDays(7), 60, 7.0),
                List.of(new ExerciseSets("bench press", List.of(set(SetType.WORKING, 100, 5)))));
        SaveResult r = service.save(header(MON, 60, 8.0), List.of(
                new ExerciseSets("Bench Press", List.of(set(SetType.WARM_UP, 120, 1), set(SetType.WORKING, 100, 6))),
                new ExerciseSets("Back Squat", List.of(set(SetType.WORKING, 140, 5)))));

        assertThat(r.workout().sets()).extracting(LiftSet::order).containsExactly(1, 2, 1);
        assertThat(r.newExercises()).isEmpty();
        // The 120 kg warm-up is no record; 100 × 6 beats 100 × 5: e1RM 120 vs 116.67, and most reps at 100 kg.
        // Back Squat's first day is its baseline: no records.
        assertThat(r.records()).extracting(e -> e.kind()).containsExactly(RecordKind.BEST_E1RM, RecordKind.MOST_REPS_AT_WEIGHT);
        assertThat(r.records().get(0).value()).isCloseTo(120.0, within(1e-9));
        assertThat(r.records()).allMatch(e -> e.by().set().order() == 2);

        // Re-saving the same workout sets the same records: it is compared with what came before it, not itself.
        SaveResult again = service.save(r.workout(), List.of(
                new ExerciseSets("Bench Press", List.of(set(SetType.WARM_UP, 120, 1), set(SetType.WORKING, 100, 6)))));
        assertThat(again.records()).hasSize(2);
        assertThat(workouts.count()).isEqualTo(2);
    }

    @Test
    void progressListsSessionsBestsAndBestSets() {
        service.save(header(MON.minusDays(7), 60, 7.0),
                List.of(new ExerciseSets("Deadlift", List.of(set(SetType.WORKING, 180, 5), set(SetType.WORKING, 200, 1)))));
        SaveResult r = service.save(header(MON, 60, 7.0),
                List.of(new ExerciseSets("Deadlift", List.of(set(SetType.WARM_UP, 230, 1), set(SetType.WORKING, 190, 5)))));
        long id = r.workout().sets().get(0).exerciseId();
        ExerciseProgress p = service.progress(id);
        // Session bests: 180 × 7/6 = 210, then 190 × 7/6 = 221.67.
        assertThat(p.sessions()).extracting(s -> Math.round(s.bestE1rm() * 100) / 100.0).containsExactly(210.0, 221.67);
        assertThat(p.bests().heaviest().value()).isEqualTo(200.0);
        assertThat(p.bests().bestE1rm().value()).isCloseTo(221.667, within(0.001));
        // One line per session, its best set: 200 × 1 (206.67) loses to 180 × 5 of the same session.
        assertThat(p.bestSets()).extracting(d -> d.set().weightKg()).containsExactly(190.0, 180.0);
    }

    @Test
    void loadSumsWeeksGivesTheRatioAndCountsHardSetsPerRegion() {
        // Four weeks of one 60-min session at sRPE 5 (300 each), then this week two sessions of 60 min at 8 (480 each).
        for (int w = 4; w >= 1; w--) {
            service.save(header(MON.minusWeeks(w), 60, 5.0),
                    List.of(new ExerciseSets("Back Squat", List.of(set(SetType.WORKING, 100, 5)))));
        }
        service.save(header(MON, 60, 8.0), List.of(new ExerciseSets("Back Squat",
                List.of(set(SetType.WARM_UP, 60, 5), set(SetType.WORKING, 100, 5), set(SetType.WORKING, 100, 5)))));
        service.save(header(MON.plusDays(2), 60, 8.0), List.of());

        LoadSummary s = service.load(MON.plusDays(2));
        assertThat(s.weeklyLoad()).hasSize(26);
        assertThat(s.weeklyLoad().lastEntry().getValue()).isEqualTo(960.0);
        assertThat(s.weeklyLoad().get(MON.minusWeeks(1))).isEqualTo(300.0);
        // Acute (7 days to Wed): 960. Chronic: 28 days to Wed hold 300 × 3 (weeks −3…−1; week −4's Monday is 30 days back) + 960
        // = 1860, ÷ 4 = 465 a week. Ratio 960 / 465 = 2.06 > 1.5: a note.
        assertThat(s.acwr()).isPresent();
        assertThat(s.acwr().get().ratio()).isCloseTo(960 / 465.0, within(1e-9));
        assertThat(s.acwr().get().description()).endsWith("2.1 × your average week of the last four: a sharp rise.");
        // Back Squat loads the quadriceps (primary): this week 2 work sets per side, last week 1, four-week mean (1+1+1+1)/4 = 1.
        RegionSets leftQuad = s.hardSets().stream().filter(r -> r.regionId().equals("FRONT.QUADRICEPS.L")).findFirst().orElseThrow();
        assertThat(leftQuad).isEqualTo(new RegionSets("FRONT.QUADRICEPS.L", "Left quadriceps", 2, 1, 1));
        RegionSets leftHamstring = s.hardSets().stream().filter(r -> r.regionId().equals("BACK.HAMSTRINGS.L")).findFirst().orElseThrow();
        assertThat(leftHamstring.thisWeek()).isEqualTo(1.0);
    }

    @Test
    void reSavingAfterAWriteElsewhereComparesWithTheHistoryAsItIsNow() {
        service.save(header(MON.minusDays(7), 60, 7.0), List.of(new ExerciseSets("Back Squat", List.of(set(SetType.WORKING, 100, 5)))));
        SaveResult first = service.save(header(MON, 60, 7.0),
                List.of(new ExerciseSets("Back Squat", List.of(set(SetType.WORKING, 110, 5)))));
        assertThat(first.records()).isNotEmpty();
        // Written past this service (as an import would): a heavier squat three days before.
        long squat = first.workout().sets().get(0).exerciseId();
        workouts.insert(header(MON.minusDays(3), 60, 7.0).withSets(List.of(new LiftSet(squat, 1, SetType.WORKING, 120.0, 5, null, null))));

        SaveResult again = service.save(first.workout(), List.of(new ExerciseSets("Back Squat", List.of(set(SetType.WORKING, 110, 5)))));

        assertThat(again.records()).isEmpty();
    }

    @Test
    void aSaveThatChangesOneExerciseReportsTheRecordsOfEveryExerciseAsAFreshLookWould() {
        service.save(header(MON.minusDays(7), 60, 7.0), List.of(
                new ExerciseSets("Back Squat", List.of(set(SetType.WORKING, 100, 5))),
                new ExerciseSets("Bench Press", List.of(set(SetType.WORKING, 80, 5)))));
        SaveResult first = service.save(header(MON, 60, 7.0), List.of(
                new ExerciseSets("Back Squat", List.of(set(SetType.WORKING, 105, 5))),
                new ExerciseSets("Bench Press", List.of(set(SetType.WORKING, 80, 5)))));

        SaveResult second = service.save(first.workout(), List.of(
                new ExerciseSets("Back Squat", List.of(set(SetType.WORKING, 105, 5))),
                new ExerciseSets("Bench Press", List.of(set(SetType.WORKING, 80, 5), set(SetType.WORKING, 80, 6)))));

        TrainingService fresh = new TrainingService(journal, new SettingsService(journal, Changes.direct()), Changes.direct(),
                Clock.systemUTC());
        assertThat(second.records()).isNotEmpty().isEqualTo(fresh.recordsSetBy(second.workout(), E1rmFormula.EPLEY));
        assertThat(second.records()).extracting(e -> e.by().set().exerciseId()).contains(
                first.workout().sets().get(0).exerciseId(), second.workout().sets().get(1).exerciseId());
    }
}
