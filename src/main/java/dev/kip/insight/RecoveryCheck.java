package dev.kip.insight;

import dev.kip.domain.BodyMark;
import dev.kip.domain.Factors;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Night;
import dev.kip.domain.NightSleep;
import dev.kip.domain.SessionBest;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import dev.kip.insight.RuleResult.State;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The recovery check: seven warning signs from the evidence (DESIGN.md), each with its state,
 * its inputs and threshold in words, and the evidence it rests on. None is a diagnosis.
 *
 * <p>States. <b>ACT</b>: the rule's threshold is met. <b>WATCH</b>: one step short of it: a count
 * one below the threshold, or a measure within the margin named in the rule's detail. <b>OK</b>:
 * neither; also when the data are too sparse to judge, and then the detail starts "not enough
 * data". Sparse data never hide a threshold already met by the data there are.
 *
 * <p>Windows are calendar days ending at {@code asOf} and include it ("the last 7 nights" are the
 * nights keyed asOf−6 … asOf). Rules and thresholds:
 * <ul>
 *   <li>{@code strength-stalled}: no new best e1RM on any main lift for 21 days or more while
 *       training at least twice a week (6 sessions in those 21 days). A new best is a session whose
 *       best e1RM beats the lift's best of the 56 days before it (performance above 100 %).
 *       WATCH: last new best 14–20 days ago, same frequency.</li>
 *   <li>{@code workouts-harder}: mean session RPE of the last 14 days at least 1 point above the
 *       14 days before, at similar load; or "felt heavier" on 2 or more of the last 4 sessions.
 *       Load is the volume load (kg × reps of work sets) and similar means within ±10 %: the sRPE
 *       load contains the RPE itself, so a harder-feeling session at the same work would never have
 *       a "similar" sRPE load. The RPE arm needs 2 rated sessions in each fortnight.
 *       WATCH: a rise of 0.5 or more at similar load, or "felt heavier" on 1 of the last 4.</li>
 *   <li>{@code soreness-lasting}: a region with soreness above 3 for more than 72 h (4 marked days
 *       in a row, as {@link BodyFlags}), the run ending today or yesterday (a morning not yet
 *       marked does not end it). WATCH: 3 days in a row.</li>
 *   <li>{@code short-sleep}: 3 or more of the last 7 nights under 7 h, or a 14-night debt above
 *       7 h. WATCH: 2 nights, or a debt above 5 h. Not enough data: fewer than 4 of 7 nights logged.</li>
 *   <li>{@code irregular-wake}: wake-time SD over the last 14 nights above 60 min. WATCH: above
 *       45 min. Needs 7 nights with a wake time.</li>
 *   <li>{@code unrested}: rested 2 or less on 3 or more of the last 7 mornings (diary). WATCH: 2.</li>
 *   <li>{@code caffeine-reliance}: 3 or more drinks, or a drink after 14:00, on 4 or more of the
 *       last 7 days (factors keyed asOf−6 … asOf). WATCH: 3 days.</li>
 * </ul>
 */
public final class RecoveryCheck {

    public static final int STALL_DAYS = 21;
    static final int STALL_WATCH_DAYS = 14;
    static final int STALL_MIN_SESSIONS = 6;
    static final int FORTNIGHT = 14;
    static final double RPE_RISE_ACT = 1.0;
    static final double RPE_RISE_WATCH = 0.5;
    static final double SIMILAR_LOAD = 0.10;
    static final int HEAVIER_OF_LAST = 4;
    static final int HEAVIER_ACT = 2;
    static final int SORE_ABOVE = BodyFlags.SORENESS_ABOVE;
    static final int SORE_ACT_DAYS = BodyFlags.SORENESS_MIN_DAYS;
    static final int WEEK = 7;
    static final int SHORT_NIGHT_MIN = 7 * 60;
    static final int SHORT_NIGHTS_ACT = 3;
    public static final int DEBT_ACT_MIN = 7 * 60;
    static final int DEBT_WATCH_MIN = 5 * 60;
    static final int MIN_NIGHTS_OF_WEEK = 4;
    public static final double WAKE_SD_ACT = 60;
    static final double WAKE_SD_WATCH = 45;
    static final int MIN_WAKE_NIGHTS = 7;
    static final int UNRESTED_AT_MOST = 2;
    static final int UNRESTED_ACT = 3;
    static final int CAFFEINE_DRINKS = 3;
    static final LocalTime CAFFEINE_LATE_AFTER = LocalTime.of(14, 0);
    static final int CAFFEINE_DAYS_ACT = 4;

    private RecoveryCheck() {
    }

    public static RecoveryReport evaluate(RecoveryInputs in) {
        List<RuleResult> rules = List.of(strengthStalled(in), workoutsHarder(in), sorenessLasting(in), shortSleep(in),
                irregularWake(in), unrested(in), caffeineReliance(in));
        return suggest(rules);
    }

    static RuleResult strengthStalled(RecoveryInputs in) {
        LocalDate start = in.asOf().minusDays(STALL_DAYS - 1L);
        long sessions = in.workouts().stream().filter(w -> within(w.date(), start, in.asOf())).count();
        Set<Long> lifts = new TreeSet<>();
        in.mainLiftBests().forEach(b -> lifts.add(b.exerciseId()));
        List<SessionBest> history = in.mainLiftBests().stream().filter(b -> !b.date().isAfter(in.asOf())).toList();
        LocalDate lastNewBest = null;
        boolean compared = false;
        for (long lift : lifts) {
            for (SessionPerformance p : Performance.forLift(history, lift)) {
                if (within(p.date(), start, in.asOf())) {
                    compared = true;
                    if (p.pct() > 100 && (lastNewBest == null || p.date().isAfter(lastNewBest))) {
                        lastNewBest = p.date();
                    }
                }
            }
        }
        String threshold = " (threshold: " + STALL_DAYS + " days without a new best while training at least twice a week)";
        if (!compared) {
            return result("strength-stalled", State.OK, "not enough data: no main-lift session in the last "
                    + STALL_DAYS + " days with earlier sessions to compare" + threshold, Evidence.RECOVERY_SIGNS);
        }
        String frequency = sessions + " sessions in the last " + STALL_DAYS + " days";
        if (lastNewBest == null) {
            State state = sessions >= STALL_MIN_SESSIONS ? State.ACT : State.OK;
            return result("strength-stalled", state, "no new best e1RM on a main lift in the last " + STALL_DAYS
                    + " days; " + frequency + threshold, Evidence.RECOVERY_SIGNS);
        }
        long daysSince = in.asOf().toEpochDay() - lastNewBest.toEpochDay();
        State state = daysSince >= STALL_WATCH_DAYS && sessions >= STALL_MIN_SESSIONS ? State.WATCH : State.OK;
        return result("strength-stalled", state, "last new best e1RM on a main lift " + days(daysSince) + " ago ("
                + lastNewBest + "); " + frequency + threshold, Evidence.RECOVERY_SIGNS);
    }

    static RuleResult workoutsHarder(RecoveryInputs in) {
        LocalDate recentStart = in.asOf().minusDays(FORTNIGHT - 1L);
        LocalDate earlierStart = recentStart.minusDays(FORTNIGHT);
        List<Workout> recent = workoutsBetween(in, recentStart, in.asOf());
        List<Workout> earlier = workoutsBetween(in, earlierStart, recentStart.minusDays(1));
        List<Workout> lastFour = in.workouts().stream().filter(w -> !w.date().isAfter(in.asOf()))
                .sorted(Comparator.comparing(Workout::date).thenComparing(w -> w.id() == null ? 0 : w.id()).reversed())
                .limit(HEAVIER_OF_LAST).toList();
        long heavier = lastFour.stream().filter(Workout::feltHeavier).count();
        String heavierText = "felt heavier on " + heavier + " of the last " + lastFour.size() + " sessions";

        OptionalDouble recentRpe = meanRpe(recent);
        OptionalDouble earlierRpe = meanRpe(earlier);
        double recentLoad = volumeLoad(recent);
        double earlierLoad = volumeLoad(earlier);
        String rpeText;
        double rise = Double.NaN;
        if (recentRpe.isEmpty() || earlierRpe.isEmpty()) {
            rpeText = "not enough rated sessions to compare RPE (2 needed in each fortnight)";
        } else if (recentLoad <= 0 || earlierLoad <= 0) {
            rpeText = "no volume logged to tell whether the load was similar";
        } else {
            double change = recentLoad / earlierLoad - 1;
            boolean similar = Math.abs(change) <= SIMILAR_LOAD;
            rise = similar ? recentRpe.getAsDouble() - earlierRpe.getAsDouble() : Double.NaN;
            rpeText = String.format(Locale.ROOT, "session RPE %.1f in the last 2 weeks vs %.1f the 2 weeks before (%+.1f)"
                            + " at %s load (volume %+.0f %%)", recentRpe.getAsDouble(), earlierRpe.getAsDouble(),
                    recentRpe.getAsDouble() - earlierRpe.getAsDouble(), similar ? "similar" : "different", change * 100);
        }
        State state;
        if (rise >= RPE_RISE_ACT || heavier >= HEAVIER_ACT) {
            state = State.ACT;
        } else if (rise >= RPE_RISE_WATCH || heavier == HEAVIER_ACT - 1) {
            state = State.WATCH;
        } else {
            state = State.OK;
        }
        String detail = (lastFour.isEmpty() ? "not enough data: no sessions logged; " : "") + rpeText + "; "
                + heavierText + " (threshold: RPE up by 1 at load within ±10 %, or felt heavier on 2 of the last 4)";
        return result("workouts-harder", state, detail, Evidence.RECOVERY_SIGNS);
    }

    static RuleResult sorenessLasting(RecoveryInputs in) {
        List<BodyMark> soreness = in.marks().stream()
                .filter(m -> m.kind() == SymptomKind.SORENESS && !m.date().isAfter(in.asOf())).toList();
        String longest = null;
        int longestRun = 0;
        for (String region : new TreeSet<>(soreness.stream().map(BodyMark::regionId).toList())) {
            int run = Math.max(BodyFlags.daysInARowAbove(soreness, region, SymptomKind.SORENESS, SORE_ABOVE, in.asOf()),
                    BodyFlags.daysInARowAbove(soreness, region, SymptomKind.SORENESS, SORE_ABOVE, in.asOf().minusDays(1)));
            if (run > longestRun) {
                longestRun = run;
                longest = region;
            }
        }
        String threshold = " (threshold: above " + SORE_ABOVE + " for more than 72 h, i.e. " + SORE_ACT_DAYS + " days)";
        if (soreness.isEmpty()) {
            return result("soreness-lasting", State.OK, "not enough data: no soreness marked in the last "
                    + RecoveryInputs.HISTORY_DAYS + " days" + threshold, Evidence.RECOVERY_SIGNS);
        }
        if (longest == null) {
            return result("soreness-lasting", State.OK, "no region sore above " + SORE_ABOVE + " today or yesterday"
                    + threshold, Evidence.RECOVERY_SIGNS);
        }
        State state = longestRun >= SORE_ACT_DAYS ? State.ACT : longestRun == SORE_ACT_DAYS - 1 ? State.WATCH : State.OK;
        String name = new BodyFlag(BodyFlag.Kind.SORENESS_LASTING, longest, 0, longestRun).regionName();
        return result("soreness-lasting", state, name + " sore above " + SORE_ABOVE + " on " + days(longestRun)
                + " in a row" + threshold, Evidence.RECOVERY_SIGNS);
    }

    static RuleResult shortSleep(RecoveryInputs in) {
        List<NightSleep> week = sleepBetween(in, in.asOf().minusDays(WEEK - 1L));
        List<NightSleep> fortnight = sleepBetween(in, in.asOf().minusDays(FORTNIGHT - 1L));
        long shortNights = week.stream().filter(n -> n.sleepMin() < SHORT_NIGHT_MIN).count();
        int balance = 0;
        for (NightSleep n : fortnight) {
            balance += in.targetMin() - n.sleepMin();
        }
        int debt = Math.max(0, balance);
        String detail = shortNights + " of the last 7 nights under " + DurationFormat.text(SHORT_NIGHT_MIN) + " (" + week.size() + " logged); 14-night debt "
                + DurationFormat.text(debt) + " against a target of " + DurationFormat.text(in.targetMin())
                + " (threshold: " + SHORT_NIGHTS_ACT + " short nights, or a debt above " + DurationFormat.text(DEBT_ACT_MIN) + ")";
        State state;
        if (shortNights >= SHORT_NIGHTS_ACT || debt > DEBT_ACT_MIN) {
            state = State.ACT;
        } else if (shortNights == SHORT_NIGHTS_ACT - 1 || debt > DEBT_WATCH_MIN) {
            state = State.WATCH;
        } else {
            state = State.OK;
            if (week.size() < MIN_NIGHTS_OF_WEEK) {
                detail = "not enough data: " + detail;
            }
        }
        return result("short-sleep", state, detail, Evidence.SLEEP_NEED);
    }

    static RuleResult irregularWake(RecoveryInputs in) {
        List<LocalTime> wakes = sleepBetween(in, in.asOf().minusDays(FORTNIGHT - 1L)).stream()
                .map(NightSleep::wake).filter(w -> w != null).toList();
        String threshold = " (threshold: SD above " + DurationFormat.text(WAKE_SD_ACT) + ")";
        if (wakes.size() < MIN_WAKE_NIGHTS) {
            return result("irregular-wake", State.OK, "not enough data: " + wakes.size() + " of the last 14 nights have a"
                    + " wake time, " + MIN_WAKE_NIGHTS + " needed" + threshold, Evidence.WAKE_TIME);
        }
        double sd = ClockTimeSpread.sdMinutes(wakes).orElse(0);
        State state = sd > WAKE_SD_ACT ? State.ACT : sd > WAKE_SD_WATCH ? State.WATCH : State.OK;
        return result("irregular-wake", state, "wake time varied by " + DurationFormat.text(sd) + " (SD) over " + wakes.size() + " nights" + threshold, Evidence.WAKE_TIME);
    }

    static RuleResult unrested(RecoveryInputs in) {
        LocalDate start = in.asOf().minusDays(WEEK - 1L);
        List<Night> week = in.nights().stream().filter(n -> within(n.date(), start, in.asOf())).toList();
        long unrested = week.stream().filter(n -> n.rested() <= UNRESTED_AT_MOST).count();
        String threshold = " (threshold: rested 2 or less on 3 mornings)";
        if (week.isEmpty()) {
            return result("unrested", State.OK, "not enough data: no diary mornings in the last 7 days" + threshold,
                    Evidence.QUALITY);
        }
        return result("unrested", countState(unrested, UNRESTED_ACT), "rested 2 or less on " + unrested + " of the last "
                + "7 mornings (" + week.size() + " logged)" + threshold, Evidence.QUALITY);
    }

    static RuleResult caffeineReliance(RecoveryInputs in) {
        LocalDate start = in.asOf().minusDays(WEEK - 1L);
        List<Factors> week = in.factors().stream().filter(f -> within(f.date(), start, in.asOf()))
                .filter(f -> f.caffeineDrinks() != null || f.lastCaffeine() != null).toList();
        Predicate<Factors> leaning = f -> (f.caffeineDrinks() != null && f.caffeineDrinks() >= CAFFEINE_DRINKS)
                || (f.lastCaffeine() != null && f.lastCaffeine().isAfter(CAFFEINE_LATE_AFTER));
        long days = week.stream().filter(leaning).count();
        String threshold = " (threshold: 4 days)";
        if (week.isEmpty()) {
            return result("caffeine-reliance", State.OK, "not enough data: no caffeine recorded in the last 7 days"
                    + threshold, Evidence.RECOVERY_SIGNS);
        }
        return result("caffeine-reliance", countState(days, CAFFEINE_DAYS_ACT), "3 or more drinks, or one after 14:00, on "
                + days + " of the last 7 days (" + week.size() + " recorded)" + threshold, Evidence.RECOVERY_SIGNS);
    }

    /** The one suggestion: the most pressing rule that calls for action decides it, in the evidence's spirit. */
    static RecoveryReport suggest(List<RuleResult> rules) {
        if (acts(rules, "short-sleep") || acts(rules, "unrested")) {
            return new RecoveryReport(rules, "After short or unrefreshing nights, consider a lighter session or mobility"
                    + " today rather than a max attempt.", Evidence.SHORT_NIGHT_SESSION);
        }
        if (acts(rules, "soreness-lasting")) {
            return new RecoveryReport(rules, "A region has stayed sore for more than three days: train around it or go"
                    + " lighter on it, and mention it to your physiotherapist if it keeps on.", Evidence.RECOVERY_SIGNS);
        }
        if (acts(rules, "strength-stalled") || acts(rules, "workouts-harder")) {
            return new RecoveryReport(rules, "Recovery may be lagging behind training: consider a lighter week and"
                    + " protect your sleep before chasing a new best.", Evidence.RECOVERY_SIGNS);
        }
        if (acts(rules, "irregular-wake")) {
            return new RecoveryReport(rules, "Try to get up at the same time each day, weekends too, with some morning"
                    + " light.", Evidence.WAKE_TIME);
        }
        if (acts(rules, "caffeine-reliance")) {
            return new RecoveryReport(rules, "Keep caffeine to the morning and early afternoon; leaning on it is a sign"
                    + " that sleep is not keeping up.", Evidence.CAFFEINE);
        }
        if (rules.stream().anyMatch(r -> r.state() == State.WATCH)) {
            return new RecoveryReport(rules, "A few signs to keep an eye on, nothing to act on yet: train as planned"
                    + " and look after tonight's sleep.", Evidence.RECOVERY_SIGNS);
        }
        return new RecoveryReport(rules, "No warning signs: train as planned.", Evidence.RECOVERY_SIGNS);
    }

    private static boolean acts(List<RuleResult> rules, String id) {
        return rules.stream().anyMatch(r -> r.rule().equals(id) && r.state() == State.ACT);
    }

    private static State countState(long count, int actFrom) {
        return count >= actFrom ? State.ACT : count == actFrom - 1 ? State.WATCH : State.OK;
    }

    private static RuleResult result(String rule, State state, String detail, Evidence evidence) {
        return new RuleResult(rule, state, detail, evidence);
    }

    private static List<Workout> workoutsBetween(RecoveryInputs in, LocalDate from, LocalDate to) {
        return in.workouts().stream().filter(w -> within(w.date(), from, to)).toList();
    }

    private static List<NightSleep> sleepBetween(RecoveryInputs in, LocalDate from) {
        return in.sleep().stream().filter(n -> within(n.date(), from, in.asOf())).toList();
    }

    /** Mean session RPE of the rated sessions; empty with fewer than 2. */
    private static OptionalDouble meanRpe(List<Workout> workouts) {
        List<Double> rpes = new ArrayList<>();
        workouts.forEach(w -> {
            if (w.sessionRpe() != null) {
                rpes.add(w.sessionRpe());
            }
        });
        return rpes.size() < 2 ? OptionalDouble.empty() : rpes.stream().mapToDouble(Double::doubleValue).average();
    }

    /** Σ kg × reps over the work sets that count for an e1RM. */
    private static double volumeLoad(List<Workout> workouts) {
        double load = 0;
        for (Workout w : workouts) {
            for (LiftSet s : w.sets()) {
                if (E1rm.counts(s)) {
                    load += s.weightKg() * s.reps();
                }
            }
        }
        return load;
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }

}
