package dev.kip.report;

import static dev.kip.report.ReportFixture.FROM;
import static dev.kip.report.ReportFixture.KNEE;
import static dev.kip.report.ReportFixture.LOWER_BACK;
import static dev.kip.report.ReportFixture.LOWER_BACK_RIGHT;
import static dev.kip.report.ReportFixture.QUAD;
import static dev.kip.report.ReportFixture.TO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kip.domain.BodyMark;
import dev.kip.domain.SymptomKind;
import dev.kip.insight.RuleResult;
import dev.kip.journal.Journal;
import dev.kip.report.ReportModel.BodySection;
import dev.kip.report.ReportModel.Change;
import dev.kip.report.ReportModel.RegionRow;
import dev.kip.report.ReportModel.RuleSummary;
import dev.kip.report.ReportModel.SleepAverages;
import dev.kip.report.ReportModel.SleepSection;
import dev.kip.report.ReportModel.TrainingSection;
import dev.kip.report.ReportModel.WeekLoad;
import dev.kip.service.JournalReportSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportBuilderTest {

    @TempDir
    Path dir;
    Journal journal;
    ReportModel model;

    @BeforeEach
    void setUp() {
        journal = Journal.open(dir.resolve("j.db"));
        ReportFixture.write(journal);
        model = new ReportBuilder(new JournalReportSource(journal)).build(ReportRequest.all(FROM, TO, " Zoë "), TO.plusDays(1));
    }

    @AfterEach
    void tearDown() {
        journal.close();
    }

    @Test
    void header() {
        assertThat(model.empty()).isFalse();
        assertThat(model.header().name()).isEqualTo("Zoë");
        assertThat(model.header().days()).isEqualTo(21);
        assertThat(model.header().generated()).isEqualTo(LocalDate.of(2025, 3, 22));
    }

    @Test
    void bodyRowsByHand() {
        BodySection body = model.body().orElseThrow();
        assertThat(body.firstWeek().to()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(body.lastWeek().from()).isEqualTo(LocalDate.of(2025, 3, 15));
        // Pain first. Knee pain in range: 4 (2nd), 6 (5th), 7 (10th), 3 (16th), 2 (20th); the 9 on 28 Feb is outside.
        // First week (1–7): (4 + 6) / 2 = 5.0; last week (15–21): (3 + 2) / 2 = 2.5; 2.5 − 5.0 = −2.5: better.
        assertThat(body.rows()).extracting(RegionRow::regionId).containsExactly(KNEE, LOWER_BACK, LOWER_BACK_RIGHT, QUAD);
        RegionRow knee = body.rows().get(0);
        assertThat(knee.kind()).isEqualTo(SymptomKind.PAIN);
        assertThat(knee.regionName()).isEqualTo("Left knee");
        assertThat(knee.firstWeek()).isEqualTo(OptionalDouble.of(5.0));
        assertThat(knee.lastWeek()).isEqualTo(OptionalDouble.of(2.5));
        assertThat(knee.peak()).isEqualTo(7);
        assertThat(knee.daysMarked()).isEqualTo(5);
        assertThat(knee.change()).isEqualTo(Change.BETTER);
        // The knee had pain on 28 Feb, in the 28 days before the range: not new. The lower back (soreness on the 18th
        // only) and the quad (soreness on the 3rd only) were not marked in the 28 days before: new.
        RegionRow back = body.rows().get(1);
        assertThat(back.firstWeek()).isEmpty();
        assertThat(back.lastWeek()).isEqualTo(OptionalDouble.of(5.0));
        assertThat(back.change()).isEqualTo(Change.NEW);
        assertThat(body.rows().get(3).change()).isEqualTo(Change.NEW);
        // Whole-range average of the knee: (4 + 6 + 7 + 3 + 2) / 5 = 4.4.
        assertThat(body.averageLevels().pain().get(KNEE)).isCloseTo(4.4, within(1e-9));
        assertThat(body.firstWeekLevels().soreness()).containsOnlyKeys(QUAD);
        assertThat(body.lastWeekLevels().soreness()).containsOnlyKeys(LOWER_BACK, LOWER_BACK_RIGHT);
    }

    @Test
    void changeDirections() {
        assertThat(BodySummary.change(OptionalDouble.of(3), OptionalDouble.of(4))).isEqualTo(Change.WORSE);
        assertThat(BodySummary.change(OptionalDouble.of(3), OptionalDouble.of(3.9))).isEqualTo(Change.SAME);
        assertThat(BodySummary.change(OptionalDouble.of(3), OptionalDouble.of(2))).isEqualTo(Change.BETTER);
        assertThat(BodySummary.change(OptionalDouble.empty(), OptionalDouble.empty())).isEqualTo(Change.NEITHER);
        assertThat(BodySummary.change(OptionalDouble.empty(), OptionalDouble.of(2))).isEqualTo(Change.BACK);
        assertThat(BodySummary.change(OptionalDouble.of(2), OptionalDouble.empty())).isEqualTo(Change.RESOLVED);
    }

    @Test
    void aRegionSoreOn29Of90DaysIsNotNewBecauseItsFirstWeekWasQuiet() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = from.plusDays(89);
        List<BodyMark> marks = new java.util.ArrayList<>();
        for (int d = 7; d < 36; d++) {
            marks.add(new BodyMark(from.plusDays(d), QUAD, SymptomKind.SORENESS, 3, "", false));
        }
        assertThat(BodySummary.of(marks, from, to).rows().get(0).change()).as("nothing before the range").isEqualTo(Change.NEW);
        // sore 20 days before the range, within the 28 days looked back: not new, though the range's first week was quiet
        marks.add(new BodyMark(from.minusDays(20), QUAD, SymptomKind.SORENESS, 2, "", false));
        RegionRow row = BodySummary.of(marks, from, to).rows().get(0);
        assertThat(row.daysMarked()).isEqualTo(29);
        assertThat(row.change()).isEqualTo(Change.NEITHER);
        // 29 days before is outside the 28 looked back
        marks.set(marks.size() - 1, new BodyMark(from.minusDays(29), QUAD, SymptomKind.SORENESS, 2, "", false));
        assertThat(BodySummary.of(marks, from, to).rows().get(0).change()).isEqualTo(Change.NEW);
    }

    @Test
    void painLeadsWithOnsetPeakLatestDetailsAndTheMonitoringModel() {
        ReportModel.PainSection pain = model.pain().orElseThrow();
        assertThat(pain.rows()).extracting(ReportModel.PainRow::regionId).containsExactly(KNEE);
        ReportModel.PainRow knee = pain.rows().get(0);
        assertThat(knee.onset()).as("pain 9 on 28 Feb: before the range").isEmpty();
        assertThat(knee.peak()).isEqualTo(7);
        assertThat(knee.peakDate()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(knee.latest()).isEqualTo(2);
        assertThat(knee.latestDate()).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(knee.daysMarked()).isEqualTo(5);
        assertThat(knee.levels()).extracting(dev.kip.insight.DayValue::value).containsExactly(4.0, 6.0, 7.0, 3.0, 2.0);
        assertThat(knee.details()).isEqualTo("stiff, on waking (16 Mar)");
        // Sessions loading the knee (the squat loads it since migration 006, the lunge directly): 2, 6 and 20 March.
        // 2 and 6 March: no pain-during rating and no mark the next morning: not complete. 20 March: 6 during, above 5.
        ReportModel.Monitoring m = knee.monitoring();
        assertThat(m.checked()).isEqualTo(3);
        assertThat(m.incomplete()).isEqualTo(2);
        assertThat(m.outside()).isEqualTo(1);
        assertThat(m.latest().orElseThrow().sessionDate()).isEqualTo(LocalDate.of(2025, 3, 20));
        // week 15–21 Mar: 3, 2 → 2.5; week 8–14 Mar: 7 → no rise
        assertThat(PainBlock.monitoring(m)).isEqualTo("3 sessions: 1 outside, 2 not complete. Last, 20 Mar, outside: during 6"
                + " (above 5), no weekly rise; not rated: next morning.");
    }

    @Test
    void theFunctionalScaleComparesFirstAndLatestRatings() {
        dev.kip.insight.PsfsChange.Summary psfs = model.psfs().orElseThrow().summary();
        assertThat(psfs.activities()).extracting(a -> a.activity().name()).containsExactly("squat to depth", "sit through a meeting");
        assertThat(psfs.activities().get(0).change()).isEqualTo(4);
        assertThat(psfs.averageChange().getAsDouble()).isCloseTo(2.5, within(1e-9));
        assertThat(psfs.averageBeyondError()).isTrue();
    }

    @Test
    void theQuestionAndTreatmentReachTheHeader() {
        ReportModel withNotes = new ReportBuilder(new JournalReportSource(journal)).build(ReportRequest.all(FROM, TO, "")
                .withNotes("  Can I squat below parallel?  ", "Ibuprofen 400 mg after sessions"), TO);
        assertThat(withNotes.header().question()).isEqualTo("Can I squat below parallel?");
        assertThat(withNotes.header().treatment()).isEqualTo("Ibuprofen 400 mg after sessions");
    }

    @Test
    void sleepByHand() {
        SleepSection s = model.sleep().orElseThrow();
        // TST: 480−20−30 = 430; 420−10−10 = 400; 480−30−60 = 390; 360. TIB 480, 450, 540, 360.
        assertThat(s.nightsLogged()).isEqualTo(4);
        SleepAverages a = s.averages().orElseThrow();
        assertThat(a.tstMin()).isCloseTo((430 + 400 + 390 + 360) / 4.0, within(1e-9));
        assertThat(a.sePct()).isCloseTo((430 / 4.8 + 400 / 4.5 + 390 / 5.4 + 100) / 4, within(1e-9));
        assertThat(a.solMin()).isCloseTo(15, within(1e-9));
        assertThat(a.wasoMin()).isCloseTo(25, within(1e-9));
        assertThat(a.awakenings()).isCloseTo(1.5, within(1e-9));
        assertThat(a.quality()).isCloseTo(3.0, within(1e-9));
        assertThat(a.rested()).isCloseTo(2.25, within(1e-9));
        assertThat(s.shortNights()).isEqualTo(3);          // 400, 390, 360 < 420
        assertThat(s.lowEfficiencyNights()).isEqualTo(1);  // 390 / 540 = 72 %
        assertThat(s.debtMin()).isEqualTo(480 - 360);      // only the 21st is in the last 14 nights
        // Wake times 420, 360, 390, 300 min: mean 367.5, squares 7875, / 3 = 2625.
        assertThat(s.wakeSdMin().getAsDouble()).isCloseTo(Math.sqrt(2625), within(1e-6));
        assertThat(s.nightly()).hasSize(4);
        assertThat(s.targetMin()).isEqualTo(480);
    }

    @Test
    void trainingByHand() {
        TrainingSection t = model.training().orElseThrow();
        assertThat(t.sessions()).isEqualTo(3);              // the 25 Feb session is before the range
        assertThat(t.sessionsPerWeek()).isCloseTo(1.0, within(1e-9));
        assertThat(t.feltHeavier()).containsExactly(LocalDate.of(2025, 3, 6));
        // Weeks from Monday 24 Feb: 420 (2 Mar, partial), 480 (6 Mar), 0, 300 (20 Mar, partial).
        assertThat(t.weeklyLoad()).containsExactly(
                new WeekLoad(LocalDate.of(2025, 2, 24), 420, true),
                new WeekLoad(LocalDate.of(2025, 3, 3), 480, false),
                new WeekLoad(LocalDate.of(2025, 3, 10), 0, false),
                new WeekLoad(LocalDate.of(2025, 3, 17), 300, true));
        // ACWR on 21 Mar: acute 300; 28 days 22 Feb – 21 Mar hold 200 + 420 + 480 + 300 = 1400, / 4 = 350.
        assertThat(t.acwrAtEnd().orElseThrow().ratio()).isCloseTo(300 / 350.0, within(1e-9));
        // Squat (main lift) then the lunge, which loads the painful left knee; bench etc. have no sessions.
        assertThat(t.lifts()).extracting(ReportModel.LiftTrend::name).containsExactly("Back Squat", "Knee Test Lunge");
        ReportModel.LiftTrend squat = t.lifts().get(0);
        // e1RM 100×5 = 116.67, 105×5 = 122.5, 110×3 = 121; first 14 days best 122.5, last 14 days (8–21) best 121.
        assertThat(squat.startKg().getAsDouble()).isCloseTo(122.5, within(1e-9));
        assertThat(squat.endKg().getAsDouble()).isCloseTo(121.0, within(1e-9));
        assertThat(t.lifts().get(1).loadsMarked()).containsExactly("Left knee");
    }

    @Test
    void recoveryCheckOverThePeriod() {
        List<RuleSummary> rules = model.recovery().orElseThrow().rules();
        assertThat(rules).extracting(RuleSummary::rule).containsExactly("strength-stalled", "workouts-harder",
                "soreness-lasting", "short-sleep", "irregular-wake", "unrested", "caffeine-reliance");
        assertThat(rules).allSatisfy(r -> assertThat(r.daysChecked()).isEqualTo(21));
        // Rested ≤ 2 on the 2nd and 3rd: two in the 7 days ending 3rd … 8th (6 mornings) is one short of 3: watch.
        RuleSummary unrested = rules.get(5);
        assertThat(unrested.label()).isEqualTo("Waking unrested");
        assertThat(unrested.watchDays()).isEqualTo(6);
        assertThat(unrested.actDays()).isZero();
        // On the last day only three mornings of its week are logged, none unrested: too few to call it OK.
        assertThat(unrested.stateAtEnd()).isEqualTo(RuleResult.State.NOT_ENOUGH_DATA);
        assertThat(unrested.detailAtEnd()).startsWith("Not enough data: needs at least 4 of the last 7 mornings");
    }

    @Test
    void notesFromMarkedDaysOnlyAndANoteOnBothSidesOfAPairOnce() {
        // The 1st has a night note but no mark; the 2nd has both. The 18th: the same note on the left and right lower back.
        assertThat(model.notes().orElseThrow().notes()).extracting(ReportModel.Note::about, ReportModel.Note::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Night", "Slept badly"),
                        org.assertj.core.groups.Tuple.tuple("Left knee, pain 7", "Twinged on the stairs"),
                        org.assertj.core.groups.Tuple.tuple("Left and right lower back, soreness 5 (left) and 4 (right)",
                                "Stiff after deadlifts"));
    }

    @Test
    void longNotesAreKeptWhole() {
        String longNote = "word ".repeat(100);
        assertThat(NotesPart.flat(longNote)).hasSize(499).doesNotContain("…");
        assertThat(NotesPart.flat("  two\n lines ")).isEqualTo("two lines");
    }

    @Test
    void sectionsLeftOutAreEmpty() {
        ReportModel only = new ReportBuilder(new JournalReportSource(journal)).build(
                new ReportRequest(FROM, TO, EnumSet.of(ReportSection.SLEEP), ""), TO);
        assertThat(only.sleep()).isPresent();
        assertThat(only.body()).isEmpty();
        assertThat(only.training()).isEmpty();
        assertThat(only.recovery()).isEmpty();
        assertThat(only.notes()).isEmpty();
    }

    @Test
    void emptyRangeSaysSo() {
        ReportModel empty = new ReportBuilder(new JournalReportSource(journal)).build(
                ReportRequest.all(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), ""), TO);
        assertThat(empty.empty()).isTrue();
        assertThat(empty.body()).isEmpty();
    }

    @Test
    void fromAfterToIsRefused() {
        assertThatThrownBy(() -> ReportRequest.all(TO, FROM, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'from' (2025-03-21) is after 'to'");
    }
}
