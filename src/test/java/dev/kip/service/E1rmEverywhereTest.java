package dev.kip.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SessionBest;
import dev.kip.domain.SetType;
import dev.kip.domain.Settings;
import dev.kip.domain.Settings.E1rmFormula;
import dev.kip.domain.Workout;
import dev.kip.insight.DayValue;
import dev.kip.insight.TrendsRequest;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.WorkoutStore;
import dev.kip.report.ReportModel;
import dev.kip.report.ReportModel.LiftTrend;
import dev.kip.report.ReportRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Trends, Training and the summary show the same e1RM for the same session, by whichever formula
 * the person chose: one implementation, read the same way by every service.
 */
class E1rmEverywhereTest {
    static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dir;
    Journal journal;
    Changes changes;
    SettingsService settings;
    long squat;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("j.db"));
        changes = Changes.direct();
        settings = new SettingsService(journal, changes);
        squat = new ExerciseStore(journal).byName("Back Squat").orElseThrow().id();
        // 100 × 5: Epley 116.67, Brzycki 112.5, both beating the 110 single (its own 1RM); the warm-up never counts.
        new WorkoutStore(journal).insert(workout(DAY, new LiftSet(squat, 1, SetType.WARM_UP, 130.0, 1, null, null),
                new LiftSet(squat, 2, SetType.WORKING, 100.0, 5, null, null),
                new LiftSet(squat, 3, SetType.WORKING, 110.0, 1, null, null)));
        // 80 × 12: Epley 112, Brzycki 115.2; 105 × 2: Epley 112, Brzycki 108 — the formulas part on the best set.
        new WorkoutStore(journal).insert(workout(DAY.plusDays(3), new LiftSet(squat, 1, SetType.WORKING, 80.0, 12, null, null),
                new LiftSet(squat, 2, SetType.WORKING, 105.0, 2, null, null)));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    static Workout workout(LocalDate date, LiftSet... sets) {
        return new Workout(null, date, LocalTime.of(18, 0), 60, 7.0, false, "", "", null, null, List.of(sets));
    }

    @ParameterizedTest
    @EnumSource(E1rmFormula.class)
    void trendsTrainingAndTheSummaryAgree(E1rmFormula formula) {
        Settings s = settings.current();
        settings.save(new Settings(s.massUnit(), s.tempUnit(), s.clock24(), s.sleepTargetMin(), formula, s.reportName(),
                s.theme(), s.paper(), s.weightStep()));
        Clock clock = Clock.fixed(DAY.plusDays(5).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        TrendsService trends = new TrendsService(journal, settings, new SleepSourcesService(journal, changes), clock);
        TrainingService training = new TrainingService(journal, settings, changes, clock);
        ReportService report = new ReportService(journal, settings, new PhysioService(journal, settings, Changes.direct()),
                new AppointmentService(journal, Changes.direct()), clock);

        List<Double> fromTrends = trends.trendsData(new TrendsRequest(DAY, DAY.plusDays(5), squat, 1, 480, trends.mainLiftIds()))
                .sessionBests().stream().filter(b -> b.exerciseId() == squat).map(SessionBest::bestE1rm).toList();
        List<Double> fromTraining = training.progress(squat).sessions().stream().map(SessionBest::bestE1rm).toList();
        ReportModel model = report.build(ReportRequest.all(DAY, DAY.plusDays(5), ""));
        LiftTrend squatTrend = model.training().orElseThrow().lifts().stream().filter(l -> l.name().equals("Back Squat"))
                .findFirst().orElseThrow();
        List<Double> fromSummary = squatTrend.sessions().stream().map(DayValue::value).toList();

        List<Double> expected = formula == E1rmFormula.EPLEY
                ? List.of(100 * (1 + 5 / 30.0), 80 * (1 + 12 / 30.0))    // 116.67; 112 (80 × 12 and 105 × 2 alike)
                : List.of(100 * 36 / 32.0, 80 * 36 / 25.0);              // 112.5; 115.2 beats 105 × 2 = 108
        assertThat(fromTrends).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(fromTrends.get(i)).as("Trends, session %d", i + 1).isCloseTo(expected.get(i), within(1e-9));
            assertThat(fromTraining.get(i)).as("Training, session %d", i + 1).isCloseTo(expected.get(i), within(1e-9));
            assertThat(fromSummary.get(i)).as("summary, session %d", i + 1).isCloseTo(expected.get(i), within(1e-9));
        }
        assertThat(model.header().e1rmFormula()).isEqualTo(formula);
    }
}
