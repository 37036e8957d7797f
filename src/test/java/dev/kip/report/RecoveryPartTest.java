package dev.kip.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.demo.DemoJournal;
import dev.kip.domain.BodyMark;
import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.NightSleep;
import dev.kip.domain.SessionBest;
import dev.kip.domain.Settings;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import dev.kip.insight.BodyFlags;
import dev.kip.insight.E1rm;
import dev.kip.insight.NightSourceChoice;
import dev.kip.insight.RecoveryCheck;
import dev.kip.insight.RecoveryInputs;
import dev.kip.insight.RuleResult;
import dev.kip.insight.Source;
import dev.kip.journal.Journal;
import dev.kip.report.ReportModel.RecoverySection;
import dev.kip.report.ReportModel.RuleSummary;
import dev.kip.service.JournalReportSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: the recovery check over a range, now found by windows into a history sorted once, gives
 * exactly what the old way gave (the whole history filtered again for each day, kept below as the
 * reference) on a two-year demo journal: every rule's state at the end and its act and watch days.
 */
class RecoveryPartTest {
    private static final LocalDate END = LocalDate.of(2026, 6, 30);

    @TempDir
    static Path dir;
    private static RecoveryPart.History history;
    private static int target;

    @BeforeAll
    static void demoJournal() {
        try (Journal journal = Journal.open(dir.resolve("demo.db"))) {
            DemoJournal.write(journal, 2, 11, END);
            ReportSource source = new JournalReportSource(journal);
            LocalDate from = RecoveryInputs.historyFrom(END.minusYears(1));
            Settings settings = source.settings();
            List<Night> nights = source.nights(from, END);
            List<Workout> workouts = source.workouts(from, END);
            List<NightSleep> sleep = NightSourceChoice.choose(nights, source.deviceNights(from, END), source.sleepSourcePrefs(),
                    source.nightTrust(from, END)).nights();
            history = new RecoveryPart.History(nights, sleep, source.factors(from, END), workouts,
                    E1rm.sessionBests(workouts, new TreeSet<>(source.mainLifts()), settings.e1rmFormula()), source.marks(from, END));
            target = settings.sleepTargetMin();
        }
    }

    @Test
    void ninetyDaysAreCountedAsTheOldWayCountedThem() {
        RecoverySection section = RecoveryPart.of(history, END.minusDays(89), END, target);

        assertThat(section).isEqualTo(oldWay(history, END.minusDays(89), END, target));
        assertThat(section.rules()).hasSize(7).allSatisfy(r -> assertThat(r.daysChecked()).isEqualTo(90));
        assertThat(section.rules().stream().mapToInt(r -> r.actDays() + r.watchDays()).sum())
                .as("the demo journal calls for action or watching on some days, so the counts are worth comparing").isPositive();
    }

    @Test
    void aYearAndEveryShorterTailAreCountedAsTheOldWayCountedThem() {
        for (LocalDate from : List.of(END.minusYears(1), END.minusDays(200), END.minusDays(13), END)) {
            assertThat(RecoveryPart.of(history, from, END, target)).as("from %s", from).isEqualTo(oldWay(history, from, END, target));
        }
        RecoverySection year = RecoveryPart.of(history, END.minusYears(1), END, target);
        assertThat(year.rules().stream().map(RuleSummary::actDays).filter(d -> d > 0)).as("rules that acted on some day").isNotEmpty();
    }

    @Test
    void aRangeEndingBeforeTheHistoryEndsSeesNothingAfterIt() {
        LocalDate to = END.minusDays(100);
        assertThat(RecoveryPart.of(history, to.minusDays(60), to, target)).isEqualTo(oldWay(history, to.minusDays(60), to, target));
    }

    @Test
    void runsOfSorenessAreWhatAWalkBackThroughTheMarksFinds() {
        List<BodyMark> marks = history.marks();
        BodyFlags.Levels levels = BodyFlags.Levels.of(marks);
        Set<String> regions = new TreeSet<>(marks.stream().map(BodyMark::regionId).toList());
        int runs = 0;
        for (LocalDate d = END.minusDays(60); !d.isAfter(END); d = d.plusDays(1)) {
            for (String region : regions) {
                for (SymptomKind kind : SymptomKind.values()) {
                    int expected = walkBack(marks, region, kind, 3, d);
                    assertThat(levels.daysInARowAbove(region, kind, 3, d)).isEqualTo(expected);
                    assertThat(BodyFlags.daysInARowAbove(marks, region, kind, 3, d)).isEqualTo(expected);
                    runs += expected >= 2 ? 1 : 0;
                }
            }
        }
        assertThat(runs).as("days ending a run of two or more").isPositive();
    }

    /** Days in a row up to {@code asOf} whose highest mark of the kind in the region is above the threshold. */
    private static int walkBack(List<BodyMark> marks, String region, SymptomKind kind, int threshold, LocalDate asOf) {
        int days = 0;
        for (LocalDate d = asOf; ; d = d.minusDays(1)) {
            LocalDate day = d;
            int highest = marks.stream().filter(m -> m.regionId().equals(region) && m.kind() == kind && m.date().equals(day))
                    .mapToInt(BodyMark::level).max().orElse(Integer.MIN_VALUE);
            if (highest <= threshold) {
                return days;
            }
            days++;
        }
    }

    /** RecoveryPart.of as it was before issue 21: every day's inputs filtered from the whole history. */
    private static RecoverySection oldWay(RecoveryPart.History h, LocalDate from, LocalDate to, int targetMin) {
        var atEnd = RecoveryCheck.evaluate(oldInputs(h, to, targetMin, RecoveryInputs.HISTORY_DAYS));
        List<RuleResult> endRules = atEnd.rules();
        int[] act = new int[endRules.size()];
        int[] watch = new int[endRules.size()];
        int days = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            List<RuleResult> rules = d.equals(to) ? endRules : RecoveryCheck.evaluate(oldInputs(h, d, targetMin, 14)).rules();
            for (int i = 0; i < rules.size(); i++) {
                act[i] += rules.get(i).state() == RuleResult.State.ACT ? 1 : 0;
                watch[i] += rules.get(i).state() == RuleResult.State.WATCH ? 1 : 0;
            }
            days++;
        }
        List<RuleSummary> summaries = new ArrayList<>();
        Set<Source> sources = new LinkedHashSet<>();
        for (int i = 0; i < endRules.size(); i++) {
            RuleResult r = endRules.get(i);
            summaries.add(new RuleSummary(r.id(), r.title(), r.state(), r.detail(), act[i], watch[i], days));
            sources.addAll(r.evidence().sources());
        }
        sources.addAll(atEnd.suggestionEvidence().sources());
        return new RecoverySection(to, summaries, atEnd.headline() + ". " + atEnd.suggestion(), new ArrayList<>(sources));
    }

    private static RecoveryInputs oldInputs(RecoveryPart.History h, LocalDate asOf, int targetMin, int markDays) {
        LocalDate start = RecoveryInputs.historyFrom(asOf);
        return new RecoveryInputs(within(h.nights(), Night::date, start, asOf), within(h.sleep(), NightSleep::date, start, asOf),
                within(h.factors(), Factors::date, start, asOf), within(h.workouts(), Workout::date, start, asOf),
                within(h.mainLiftBests(), SessionBest::date, start, asOf),
                within(h.marks(), BodyMark::date, asOf.minusDays(markDays - 1L), asOf), asOf, targetMin);
    }

    private static <T> List<T> within(List<T> items, Function<T, LocalDate> date, LocalDate from, LocalDate to) {
        return items.stream().filter(t -> !date.apply(t).isBefore(from) && !date.apply(t).isAfter(to)).toList();
    }
}
