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
import java.util.Comparator;
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
        Windows windows = new Windows(h);
        RecoveryReport atEnd = RecoveryCheck.evaluate(windows.inputs(to, targetMin, RecoveryInputs.HISTORY_DAYS));
        List<RuleResult> endRules = atEnd.rules();
        int[] act = new int[endRules.size()];
        int[] watch = new int[endRules.size()];
        int days = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            List<RuleResult> rules = d.equals(to) ? endRules
                    : RecoveryCheck.evaluateStates(windows.inputs(d, targetMin, DAILY_MARK_DAYS)).rules();
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

    /**
     * The history sorted by date once, so each day's inputs are a window found by binary search
     * instead of a pass over the whole history: the check runs once per day of the range, and those
     * passes made the report quadratic in its range. The stores hand the lists over oldest first, so
     * the (stable) sort keeps each window's order as it was.
     */
    private static final class Windows {
        private final ByDate<Night> nights;
        private final ByDate<NightSleep> sleep;
        private final ByDate<Factors> factors;
        private final ByDate<Workout> workouts;
        private final ByDate<SessionBest> bests;
        private final ByDate<BodyMark> marks;

        Windows(History h) {
            nights = new ByDate<>(h.nights(), Night::date);
            sleep = new ByDate<>(h.sleep(), NightSleep::date);
            factors = new ByDate<>(h.factors(), Factors::date);
            workouts = new ByDate<>(h.workouts(), Workout::date);
            bests = new ByDate<>(h.mainLiftBests(), SessionBest::date);
            marks = new ByDate<>(h.marks(), BodyMark::date);
        }

        RecoveryInputs inputs(LocalDate asOf, int targetMin, int markDays) {
            LocalDate start = RecoveryInputs.historyFrom(asOf);
            return new RecoveryInputs(nights.within(start, asOf), sleep.within(start, asOf), factors.within(start, asOf),
                    workouts.within(start, asOf), bests.within(start, asOf), marks.within(asOf.minusDays(markDays - 1L), asOf),
                    asOf, targetMin);
        }
    }

    /** A list in date order with its items' days, for windows by binary search. */
    private static final class ByDate<T> {
        private final List<T> items;
        private final long[] days;

        ByDate(List<T> items, Function<T, LocalDate> date) {
            this.items = items.stream().sorted(Comparator.comparing(date)).toList();
            this.days = this.items.stream().mapToLong(t -> date.apply(t).toEpochDay()).toArray();
        }

        /** The items dated {@code from} … {@code to}, both included, as a view. */
        List<T> within(LocalDate from, LocalDate to) {
            return items.subList(firstOnOrAfter(from.toEpochDay()), firstOnOrAfter(to.toEpochDay() + 1));
        }

        private int firstOnOrAfter(long day) {
            int low = 0;
            int high = days.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (days[mid] < day) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
