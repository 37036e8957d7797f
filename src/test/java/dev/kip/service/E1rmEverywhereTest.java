package dev.kip.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Settings;
import dev.kip.domain.Settings.E1rmFormula;
import dev.kip.insight.TrendsRequest;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.WorkoutStore;
import dev.kip.report.ReportBuilder;
import dev.kip.report.ReportModel;
import dev.kip.report.ReportRequest;
import dev.kip.report.ReportSection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Trends, Training's Lifts tab and the summary read one e1RM, under the formula the person chose. */
class E1rmEverywhereTest {
    static final LocalDate D = TrendsServiceTest.D;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(E1rmFormula.class)
    void theSameSessionHasTheSameE1rmInTrendsTrainingAndTheSummary(E1rmFormula formula) {
        try (Journal journal = Journal.open(dir.resolve("j.db"))) {
            SettingsService settings = new SettingsService(journal, Changes.direct());
            Settings s = settings.current();
            settings.save(new Settings(s.massUnit(), s.tempUnit(), s.clock24(), s.sleepTargetMin(), formula,
                    s.reportName(), s.theme(), s.paper(), s.weightStep()));
            long squat = new ExerciseStore(journal).byName("Back Squat").orElseThrow().id();
            // 100 × 5 → Epley 116.67, Brzycki 112.5; both beat the 110 single, which counts as its own 1RM.
            new WorkoutStore(journal).insert(TrendsServiceTest.workout(D,
                    new LiftSet(squat, 1, SetType.WORKING, 100.0, 5, null, null),
                    new LiftSet(squat, 2, SetType.WORKING, 110.0, 1, null, null)));
            Clock clock = Clock.fixed(D.atStartOfDay(TrendsServiceTest.ZONE).toInstant(), TrendsServiceTest.ZONE);
            double expected = formula == E1rmFormula.EPLEY ? 100 * (1 + 5 / 30.0) : 100 * 36 / 32.0;

            TrendsService trends = new TrendsService(journal, settings, new SleepSourcesService(journal, Changes.direct()), clock);
            double inTrends = trends.trendsData(new TrendsRequest(D.minusDays(20), D, squat, 1, 480, trends.mainLiftIds()))
                    .sessionBests().get(0).bestE1rm();
            double inTraining = new TrainingService(journal, settings, Changes.direct(), clock).progress(squat)
                    .sessions().get(0).bestE1rm();
            ReportModel summary = new ReportBuilder(journal).build(
                    new ReportRequest(D.minusDays(20), D, EnumSet.allOf(ReportSection.class), ""), D);
            double inSummary = summary.training().orElseThrow().lifts().stream()
                    .filter(l -> l.name().equals("Back Squat")).findFirst().orElseThrow().sessions().get(0).value();

            assertThat(inTrends).isCloseTo(expected, offset(1e-9));
            assertThat(inTraining).isCloseTo(expected, offset(1e-9));
            assertThat(inSummary).isCloseTo(expected, offset(1e-9));
        }
    }
}
