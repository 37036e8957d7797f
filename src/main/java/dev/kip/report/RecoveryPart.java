package dev.kip.report;

import dev.kip.domain.BodyMark;
import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.NightSleep;
import dev.kip.domain.SessionBest;
import dev.kip.domain.Workout;
import dev.kip.insight.RecoveryCheck;
import dev.kip.insight.RecoveryInputs;
import dev.kip.insight.RecoveryReport;
import dev.kip.insight.RuleResult;
import dev.kip.insight.Source;
import dev.kip.report.ReportModel.RecoverySection;
import dev.kip.report.ReportModel.RuleSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The recovery check over a range: the check is run on the morning of every day of the range, and
 * each rule reports its state on the last day and on how many days it called for action or
 * watching. The data passed in run from {@link RecoveryInputs#historyFrom} of the range's first day.
 */
final class RecoveryPart {

    /**
     * Only the soreness rule looks at body marks, and only at runs ending today or yesterday: two
     * weeks of marks decide its state as well as the full history does, at a fraction of the cost.
     */
    private static final int DAILY_MARK_DAYS = 14;

    private RecoveryPart() {
    }

    /** Everything the check needs for the range, from the history start of its first day. */
    record History(List<Night> nights, List<NightSleep> sleep, List<Factors> factors, List<Workout> workouts,
                   List<SessionBest> mainLiftBests, List<BodyMark> marks) {
    }

    static RecoverySection of(History h, LocalDate from, LocalDate to, int targetMin) {
        RecoveryReport atEnd = RecoveryCheck.evaluate(inputs(h, to, targetMin, RecoveryInputs.HISTORY_DAYS));
        List<RuleResult> endRules = atEnd.rules();
        int[] act = new int[endRules.size()];
        int[] watch = new int[endRules.size()];
        int days = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            List<RuleResult> rules = d.equals(to) ? endRules
                    : RecoveryCheck.evaluate(inputs(h, d, targetMin, DAILY_MARK_DAYS)).rules();
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


    private static RecoveryInputs inputs(History h, LocalDate asOf, int targetMin, int markDays) {
        LocalDate start = RecoveryInputs.historyFrom(asOf);
        LocalDate markStart = asOf.minusDays(markDays - 1L);
        return new RecoveryInputs(within(h.nights(), Night::date, start, asOf),
                within(h.sleep(), NightSleep::date, start, asOf),
                within(h.factors(), Factors::date, start, asOf),
                within(h.workouts(), Workout::date, start, asOf),
                within(h.mainLiftBests(), SessionBest::date, start, asOf),
                within(h.marks(), BodyMark::date, markStart, asOf), asOf, targetMin);
    }

    private static <T> List<T> within(List<T> items, Function<T, LocalDate> date, LocalDate from, LocalDate to) {
        return items.stream().filter(t -> !date.apply(t).isBefore(from) && !date.apply(t).isAfter(to)).toList();
    }
}
