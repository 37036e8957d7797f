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
import dev.kip.text.DateText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The recovery check: seven warning signs from the evidence (DESIGN.md), each with its state,
 * its inputs and threshold in words, and the evidence it rests on. None is a diagnosis.
 *
 * <p>States. <b>ACT</b>: the rule's threshold is met. <b>WATCH</b>: one step short of it: a count
 * one below the threshold, or a measure within the margin named in the rule. <b>OK</b>: neither, on
 * enough data. <b>NOT_ENOUGH_DATA</b>: neither, on too little data to say the sign is absent; the
 * result says what is missing. Sparse data never hide a threshold already met by the data there are.
 *
 * <p>Each result's finding says what the rule saw in the person's numbers, and for ACT and WATCH
 * only the arm that fired ("Sleep debt 7 h 4 min over the last 14 nights …", never a sentence about
 * last night when last night was fine); its data list the nights, sessions, marks or days behind it.
 *
 * <p>Windows are calendar days ending at {@code asOf} and include it ("the last 7 nights" are the
 * nights keyed asOf−6 … asOf). Rules and thresholds:
 * <ul>
 *   <li>{@code strength-stalled}: no new best e1RM on any main lift for 21 days or more while
 *       training at least twice a week (6 sessions in those 21 days). A new best is a session whose
 *       best e1RM beats the lift's best of the 56 days before it (performance above 100 %).
 *       WATCH: last new best 14–20 days ago, same frequency. Not enough data: no main-lift session
 *       to compare in the 21 days, or no new best and fewer than 6 sessions.</li>
 *   <li>{@code workouts-harder}: mean session RPE of the last 14 days at least 1 point above the
 *       14 days before, at similar load; or "felt heavier" on 2 or more of the last 4 sessions.
 *       Load is the volume load (kg × reps of work sets) and similar means within ±10 %: the sRPE
 *       load contains the RPE itself, so a harder-feeling session at the same work would never have
 *       a "similar" sRPE load. The RPE arm needs 2 rated sessions in each fortnight.
 *       WATCH: a rise of 0.5 or more at similar load, or "felt heavier" on 1 of the last 4. Not enough
 *       data: no session in the 28 days.</li>
 *   <li>{@code soreness-lasting}: a region with soreness above 3 for more than 72 h (4 marked days
 *       in a row, as {@link BodyFlags}), the run ending today or yesterday (a morning not yet
 *       marked does not end it). WATCH: 3 days in a row. Not enough data: no soreness marked at all.</li>
 *   <li>{@code short-sleep}: 3 or more of the last 7 nights under 7 h, or a 14-night debt above
 *       7 h. WATCH: 2 nights, or a debt above 5 h. Not enough data: fewer than 4 of 7 nights logged.</li>
 *   <li>{@code irregular-wake}: wake-time SD over the last 14 nights above 60 min. WATCH: above
 *       45 min. Needs 7 nights with a wake time.</li>
 *   <li>{@code unrested}: rested 2 or less on 3 or more of the last 7 mornings (diary). WATCH: 2.
 *       Not enough data: fewer than 4 mornings logged.</li>
 *   <li>{@code caffeine-reliance}: 3 or more drinks, or a drink after 14:00, on 4 or more of the
 *       last 7 days (factors keyed asOf−6 … asOf). WATCH: 3 days. Not enough data: caffeine recorded
 *       on fewer than 4 days.</li>
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
    /** Days of a week with data below which an OK week says "not enough data" (short sleep, unrested, caffeine). */
    static final int MIN_DAYS_OF_WEEK = 4;
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
        return check(in, true);
    }

    /**
     * The same check with each rule's data lines left empty and its findings without their dates and
     * RPE figures, for a check run once per day of a range whose states alone are counted (the report's):
     * the lines were half the time of a long report, and the dates and figures most of the rest.
     */
    public static RecoveryReport evaluateStates(RecoveryInputs in) {
        return check(in, false);
    }

    private static RecoveryReport check(RecoveryInputs in, boolean withData) {
        List<RuleResult> rules = List.of(strengthStalled(in, withData), workoutsHarder(in, withData),
                sorenessLasting(in, withData), shortSleep(in, withData), irregularWake(in, withData), unrested(in, withData),
                caffeineReliance(in, withData));
        return suggest(rules);
    }

    /** One data line per item, or none when only the states are wanted. */
    private static <T> List<String> lines(boolean withData, List<T> items, Function<T, String> line) {
        return withData ? items.stream().map(line).toList() : List.of();
    }

    static RuleResult strengthStalled(RecoveryInputs in, boolean withData) {
        LocalDate start = in.asOf().minusDays(STALL_DAYS - 1L);
        long sessions = in.workouts().stream().filter(w -> within(w.date(), start, in.asOf())).count();
        Set<Long> lifts = new TreeSet<>();
        in.mainLiftBests().forEach(b -> lifts.add(b.exerciseId()));
        List<SessionBest> history = in.mainLiftBests().stream().filter(b -> !b.date().isAfter(in.asOf())).toList();
        LocalDate lastNewBest = null;
        List<SessionPerformance> compared = new ArrayList<>();
        for (long lift : lifts) {
            for (SessionPerformance p : Performance.forLift(history, lift)) {
                if (within(p.date(), start, in.asOf())) {
                    compared.add(p);
                    if (p.pct() > 100 && (lastNewBest == null || p.date().isAfter(lastNewBest))) {
                        lastNewBest = p.date();
                    }
                }
            }
        }
        compared.sort(Comparator.comparing(SessionPerformance::date));
        List<String> data = lines(withData, compared, p -> day(p.date()) + ": a main lift at " + Math.round(p.pct())
                + " % of its best of the 8 weeks before" + (p.pct() > 100 ? " (a new best)" : ""));
        String frequency = sessions + " " + plural(sessions, "session") + " in the last " + STALL_DAYS + " days";
        if (compared.isEmpty()) {
            return notEnough(Rule.STRENGTH_STALLED, "needs a main-lift session in the last " + STALL_DAYS
                    + " days and earlier ones in the 8 weeks before it to compare with", frequency + ".", data);
        }
        if (lastNewBest == null) {
            String finding = "No new best e1RM on a main lift in the last " + STALL_DAYS + " days, over " + frequency;
            if (sessions < STALL_MIN_SESSIONS) {
                return notEnough(Rule.STRENGTH_STALLED, "needs " + (STALL_MIN_SESSIONS - sessions) + " more "
                        + plural(STALL_MIN_SESSIONS - sessions, "session") + " in the last " + STALL_DAYS
                        + " days to tell a stall from a lighter spell (" + sessions + " of the " + STALL_MIN_SESSIONS
                        + " needed)", finding + ".", data);
            }
            return result(Rule.STRENGTH_STALLED, State.ACT, finding + " (the rule acts at " + STALL_DAYS + " days with "
                    + STALL_MIN_SESSIONS + " sessions or more).", data);
        }
        long daysSince = in.asOf().toEpochDay() - lastNewBest.toEpochDay();
        String when = "Last new best e1RM on a main lift " + ago(daysSince) + (withData ? " (" + day(lastNewBest) + ")" : "")
                + ", " + frequency;
        if (daysSince >= STALL_WATCH_DAYS && sessions >= STALL_MIN_SESSIONS) {
            return result(Rule.STRENGTH_STALLED, State.WATCH, when + " (watch from " + STALL_WATCH_DAYS
                    + " days, the rule acts at " + STALL_DAYS + ").", data);
        }
        return result(Rule.STRENGTH_STALLED, State.OK, when + ".", data);
    }

    static RuleResult workoutsHarder(RecoveryInputs in, boolean withData) {
        LocalDate recentStart = in.asOf().minusDays(FORTNIGHT - 1L);
        LocalDate earlierStart = recentStart.minusDays(FORTNIGHT);
        List<Workout> recent = workoutsBetween(in, recentStart, in.asOf());
        List<Workout> earlier = workoutsBetween(in, earlierStart, recentStart.minusDays(1));
        List<Workout> lastFour = in.workouts().stream().filter(w -> !w.date().isAfter(in.asOf()))
                .sorted(Comparator.comparing(Workout::date).thenComparing(w -> w.id() == null ? 0 : w.id()).reversed())
                .limit(HEAVIER_OF_LAST).toList();
        long heavier = lastFour.stream().filter(Workout::feltHeavier).count();
        String heavierText = "felt heavier on " + heavier + " of the last " + lastFour.size() + " "
                + plural(lastFour.size(), "session");

        OptionalDouble recentRpe = meanRpe(recent);
        OptionalDouble earlierRpe = meanRpe(earlier);
        double recentLoad = volumeLoad(recent);
        double earlierLoad = volumeLoad(earlier);
        String rpeText;
        double rise = Double.NaN;
        if (recentRpe.isEmpty() || earlierRpe.isEmpty()) {
            rpeText = "too few sessions rated for session RPE to compare (2 needed in each of the last two fortnights)";
        } else if (recentLoad <= 0 || earlierLoad <= 0) {
            rpeText = "no volume logged to tell whether the load was similar";
        } else {
            double change = recentLoad / earlierLoad - 1;
            boolean similar = Math.abs(change) <= SIMILAR_LOAD;
            rise = similar ? recentRpe.getAsDouble() - earlierRpe.getAsDouble() : Double.NaN;
            rpeText = !withData ? "session RPE compared at " + (similar ? "a similar" : "a different") + " load"
                    : "session RPE " + Decimals.fixed(recentRpe.getAsDouble(), 1) + " over the last 2 weeks against "
                    + Decimals.fixed(earlierRpe.getAsDouble(), 1) + " the 2 weeks before ("
                    + Decimals.signed(recentRpe.getAsDouble() - earlierRpe.getAsDouble(), 1) + ") at "
                    + (similar ? "a similar" : "a different") + " load (volume " + Decimals.signed(change * 100, 0) + " %)";
        }
        List<Workout> both = new ArrayList<>(earlier);
        both.addAll(recent);
        List<String> data = lines(withData, both, RecoveryCheck::sessionLine);
        List<String> fired = new ArrayList<>();
        State state;
        if (rise >= RPE_RISE_ACT || heavier >= HEAVIER_ACT) {
            state = State.ACT;
            if (rise >= RPE_RISE_ACT) {
                fired.add(capitalise(rpeText) + " (the rule acts at +1.0)");
            }
            if (heavier >= HEAVIER_ACT) {
                fired.add(capitalise(heavierText) + " (the rule acts at 2)");
            }
        } else if (rise >= RPE_RISE_WATCH || heavier == HEAVIER_ACT - 1) {
            state = State.WATCH;
            if (rise >= RPE_RISE_WATCH) {
                fired.add(capitalise(rpeText) + " (watch from +0.5, the rule acts at +1.0)");
            }
            if (heavier == HEAVIER_ACT - 1) {
                fired.add(capitalise(heavierText) + " (watch at 1, the rule acts at 2)");
            }
        } else {
            if (both.isEmpty()) {
                return notEnough(Rule.WORKOUTS_HARDER, "needs sessions in the last 4 weeks, rated for session RPE or"
                        + " marked \"felt heavier\" (none logged)", "", data);
            }
            return result(Rule.WORKOUTS_HARDER, State.OK, capitalise(rpeText) + "; " + heavierText + ".", data);
        }
        return result(Rule.WORKOUTS_HARDER, state, String.join("; ", fired) + ".", data);
    }

    static RuleResult sorenessLasting(RecoveryInputs in, boolean withData) {
        List<BodyMark> soreness = in.marks().stream()
                .filter(m -> m.kind() == SymptomKind.SORENESS && !m.date().isAfter(in.asOf())).toList();
        if (soreness.isEmpty()) {
            return notEnough(Rule.SORENESS_LASTING, "needs soreness marked on the body map (none in the last "
                    + RecoveryInputs.HISTORY_DAYS + " days)", "", List.of());
        }
        String longest = null;
        int longestRun = 0;
        LocalDate runEnd = in.asOf();
        BodyFlags.Levels levels = BodyFlags.Levels.of(soreness);
        for (String region : new TreeSet<>(soreness.stream().map(BodyMark::regionId).toList())) {
            int today = levels.daysInARowAbove(region, SymptomKind.SORENESS, SORE_ABOVE, in.asOf());
            int yesterday = levels.daysInARowAbove(region, SymptomKind.SORENESS, SORE_ABOVE, in.asOf().minusDays(1));
            int run = Math.max(today, yesterday);
            if (run > longestRun) {
                longestRun = run;
                longest = region;
                runEnd = today >= yesterday ? in.asOf() : in.asOf().minusDays(1);
            }
        }
        if (longest == null) {
            return result(Rule.SORENESS_LASTING, State.OK, "No region sore above " + SORE_ABOVE + " today or yesterday.",
                    List.of());
        }
        String region = longest;
        String name = new BodyFlag(BodyFlag.Kind.SORENESS_LASTING, region, 0, longestRun).regionName();
        LocalDate from = runEnd.minusDays(longestRun - 1L);
        LocalDate to = runEnd;
        List<BodyMark> run = soreness.stream().filter(m -> m.regionId().equals(region) && within(m.date(), from, to))
                .sorted(Comparator.comparing(BodyMark::date)).toList();
        List<String> data = lines(withData, run, m -> day(m.date()) + ": " + name + ", soreness " + m.level());
        String finding = name + " sore above " + SORE_ABOVE + " on " + longestRun + " " + plural(longestRun, "day")
                + " in a row, up to " + (runEnd.equals(in.asOf()) ? "today" : "yesterday");
        State state = longestRun >= SORE_ACT_DAYS ? State.ACT : longestRun == SORE_ACT_DAYS - 1 ? State.WATCH : State.OK;
        return result(Rule.SORENESS_LASTING, state, finding + switch (state) {
            case ACT -> " (the rule acts at " + SORE_ACT_DAYS + " days, more than 72 h).";
            case WATCH -> " (watch at " + (SORE_ACT_DAYS - 1) + " days, the rule acts at " + SORE_ACT_DAYS + ").";
            default -> ".";
        }, data);
    }

    static RuleResult shortSleep(RecoveryInputs in, boolean withData) {
        List<NightSleep> week = sleepBetween(in, in.asOf().minusDays(WEEK - 1L));
        List<NightSleep> fortnight = sleepBetween(in, in.asOf().minusDays(FORTNIGHT - 1L));
        long shortNights = week.stream().filter(n -> n.sleepMin() < SHORT_NIGHT_MIN).count();
        int balance = 0;
        for (NightSleep n : fortnight) {
            balance += in.targetMin() - n.sleepMin();
        }
        int debt = Math.max(0, balance);
        LocalDate weekStart = in.asOf().minusDays(WEEK - 1L);
        List<String> data = lines(withData, fortnight, n -> day(n.date()) + ": " + DurationFormat.text(n.sleepMin()) + " asleep"
                + (n.fromDiary() ? "" : " (device)")
                + (n.sleepMin() < SHORT_NIGHT_MIN && !n.date().isBefore(weekStart) ? ", under 7 h" : ""));
        String shortText = shortNights + " of the last 7 nights under " + DurationFormat.text(SHORT_NIGHT_MIN) + " ("
                + week.size() + " logged)";
        String debtText = "sleep debt " + DurationFormat.text(debt) + " over the last 14 nights"
                + (fortnight.size() < FORTNIGHT ? " (" + fortnight.size() + " logged)" : "") + " against "
                + DurationFormat.text(in.targetMin()) + " a night";
        List<String> fired = new ArrayList<>();
        if (shortNights >= SHORT_NIGHTS_ACT || debt > DEBT_ACT_MIN) {
            if (debt > DEBT_ACT_MIN) {
                fired.add(capitalise(debtText) + " (the rule acts above " + DurationFormat.text(DEBT_ACT_MIN) + ")");
            }
            if (shortNights >= SHORT_NIGHTS_ACT) {
                fired.add(capitalise(shortText) + " (the rule acts at " + SHORT_NIGHTS_ACT + ")");
            }
            return result(Rule.SHORT_SLEEP, State.ACT, String.join("; ", fired) + ".", data);
        }
        if (shortNights == SHORT_NIGHTS_ACT - 1 || debt > DEBT_WATCH_MIN) {
            if (debt > DEBT_WATCH_MIN) {
                fired.add(capitalise(debtText) + " (watch above " + DurationFormat.text(DEBT_WATCH_MIN)
                        + ", the rule acts above " + DurationFormat.text(DEBT_ACT_MIN) + ")");
            }
            if (shortNights == SHORT_NIGHTS_ACT - 1) {
                fired.add(capitalise(shortText) + " (watch at " + (SHORT_NIGHTS_ACT - 1) + ", the rule acts at "
                        + SHORT_NIGHTS_ACT + ")");
            }
            return result(Rule.SHORT_SLEEP, State.WATCH, String.join("; ", fired) + ".", data);
        }
        String finding = capitalise(shortText) + "; " + debtText + ".";
        if (week.size() < MIN_DAYS_OF_WEEK) {
            return notEnough(Rule.SHORT_SLEEP, "needs at least " + MIN_DAYS_OF_WEEK + " of the last 7 nights logged ("
                    + week.size() + " " + (week.size() == 1 ? "is" : "are") + ")", finding, data);
        }
        return result(Rule.SHORT_SLEEP, State.OK, finding, data);
    }

    static RuleResult irregularWake(RecoveryInputs in, boolean withData) {
        List<NightSleep> nights = sleepBetween(in, in.asOf().minusDays(FORTNIGHT - 1L)).stream()
                .filter(n -> n.wake() != null).toList();
        List<LocalTime> wakes = nights.stream().map(NightSleep::wake).toList();
        List<String> data = lines(withData, nights, n -> day(n.date()) + ": woke " + ClockTimeFormat.format(n.wake(), true));
        if (wakes.size() < MIN_WAKE_NIGHTS) {
            int more = MIN_WAKE_NIGHTS - wakes.size();
            return notEnough(Rule.IRREGULAR_WAKE, "needs a wake time on " + MIN_WAKE_NIGHTS + " of the last 14 nights ("
                    + wakes.size() + " have one: " + more + " more)", "", data);
        }
        double sd = ClockTimeSpread.sdMinutes(wakes).orElse(0);
        State state = sd > WAKE_SD_ACT ? State.ACT : sd > WAKE_SD_WATCH ? State.WATCH : State.OK;
        String finding = "Wake time varied by " + DurationFormat.text(sd) + " (standard deviation) over the last 14 nights, "
                + wakes.size() + " with a wake time";
        return result(Rule.IRREGULAR_WAKE, state, finding + switch (state) {
            case ACT -> " (the rule acts above " + DurationFormat.text(WAKE_SD_ACT) + ").";
            case WATCH -> " (watch above " + DurationFormat.text(WAKE_SD_WATCH) + ", the rule acts above "
                    + DurationFormat.text(WAKE_SD_ACT) + ").";
            default -> ".";
        }, data);
    }

    static RuleResult unrested(RecoveryInputs in, boolean withData) {
        LocalDate start = in.asOf().minusDays(WEEK - 1L);
        List<Night> week = in.nights().stream().filter(n -> within(n.date(), start, in.asOf()))
                .sorted(Comparator.comparing(Night::date)).toList();
        long unrested = week.stream().filter(n -> n.rested() <= UNRESTED_AT_MOST).count();
        List<String> data = lines(withData, week, n -> day(n.date()) + ": rested " + n.rested() + " of 5");
        State state = countState(unrested, UNRESTED_ACT);
        String finding = "Rested " + UNRESTED_AT_MOST + " or less (of 5) on " + unrested + " of the last 7 mornings ("
                + week.size() + " logged)" + countThreshold(state, UNRESTED_ACT);
        if (state == State.OK && week.size() < MIN_DAYS_OF_WEEK) {
            return notEnough(Rule.UNRESTED, "needs at least " + MIN_DAYS_OF_WEEK + " of the last 7 mornings logged in"
                    + " the sleep diary (" + week.size() + " " + (week.size() == 1 ? "is" : "are") + ")", finding, data);
        }
        return result(Rule.UNRESTED, state, finding, data);
    }

    static RuleResult caffeineReliance(RecoveryInputs in, boolean withData) {
        LocalDate start = in.asOf().minusDays(WEEK - 1L);
        List<Factors> week = in.factors().stream().filter(f -> within(f.date(), start, in.asOf()))
                .filter(f -> f.caffeineDrinks() != null || f.lastCaffeine() != null)
                .sorted(Comparator.comparing(Factors::date)).toList();
        Predicate<Factors> leaning = f -> (f.caffeineDrinks() != null && f.caffeineDrinks() >= CAFFEINE_DRINKS)
                || (f.lastCaffeine() != null && f.lastCaffeine().isAfter(CAFFEINE_LATE_AFTER));
        long days = week.stream().filter(leaning).count();
        List<String> data = lines(withData, week, RecoveryCheck::caffeineLine);
        State state = countState(days, CAFFEINE_DAYS_ACT);
        String finding = CAFFEINE_DRINKS + " or more drinks, or one after " + ClockTimeFormat.format(CAFFEINE_LATE_AFTER, true)
                + ", on " + days + " of the last 7 days (" + week.size() + " with caffeine recorded)"
                + countThreshold(state, CAFFEINE_DAYS_ACT);
        if (state == State.OK && week.size() < MIN_DAYS_OF_WEEK) {
            return notEnough(Rule.CAFFEINE_RELIANCE, "needs caffeine recorded on at least " + MIN_DAYS_OF_WEEK
                    + " of the last 7 days (" + week.size() + " " + (week.size() == 1 ? "is" : "are") + ")", finding, data);
        }
        return result(Rule.CAFFEINE_RELIANCE, state, finding, data);
    }

    /**
     * The state of the whole check, a headline naming the rules behind it, and one suggestion: the
     * most pressing rule that calls for action decides it, in the evidence's spirit. "Train as
     * planned" only ever follows a check in which every rule had its data.
     */
    static RecoveryReport suggest(List<RuleResult> rules) {
        List<RuleResult> act = rules.stream().filter(r -> r.state() == State.ACT).toList();
        List<RuleResult> watch = rules.stream().filter(r -> r.state() == State.WATCH).toList();
        List<RuleResult> missing = rules.stream().filter(r -> r.state() == State.NOT_ENOUGH_DATA).toList();
        if (!act.isEmpty()) {
            String headline = names(act) + (act.size() == 1 ? " calls" : " call") + " for action"
                    + (watch.isEmpty() ? "" : "; watch: " + names(watch));
            return actOn(rules, headline);
        }
        if (!watch.isEmpty()) {
            return new RecoveryReport(rules, State.WATCH, "Watch: " + names(watch),
                    "Nothing to act on yet: train as planned and look after tonight's sleep.", Evidence.RECOVERY_SIGNS);
        }
        if (missing.size() == rules.size()) {
            return new RecoveryReport(rules, State.NOT_ENOUGH_DATA, "Not enough data for the recovery check yet",
                    "Log your nights, sessions and soreness for a week or two; each sign says what it still needs.",
                    Evidence.RECOVERY_SIGNS);
        }
        if (!missing.isEmpty()) {
            int checked = rules.size() - missing.size();
            return new RecoveryReport(rules, State.OK, "No warning signs in the " + checked + " "
                    + plural(checked, "sign") + " with enough data; more data needed for: " + names(missing),
                    "Nothing to act on in what is logged; keep logging so every sign can be checked.",
                    Evidence.RECOVERY_SIGNS);
        }
        return new RecoveryReport(rules, State.OK, "No warning signs", "No warning signs: train as planned.",
                Evidence.RECOVERY_SIGNS);
    }

    private static RecoveryReport actOn(List<RuleResult> rules, String headline) {
        if (acts(rules, Rule.SHORT_SLEEP) || acts(rules, Rule.UNRESTED)) {
            return new RecoveryReport(rules, State.ACT, headline, "Your sleep has been short or unrefreshing lately:"
                    + " consider a lighter session or mobility today rather than a max attempt.", Evidence.SHORT_NIGHT_SESSION);
        }
        if (acts(rules, Rule.SORENESS_LASTING)) {
            return new RecoveryReport(rules, State.ACT, headline, "A region has stayed sore for more than three days:"
                    + " train around it or go lighter on it, and mention it to your physiotherapist if it keeps on.",
                    Evidence.RECOVERY_SIGNS);
        }
        if (acts(rules, Rule.STRENGTH_STALLED) || acts(rules, Rule.WORKOUTS_HARDER)) {
            return new RecoveryReport(rules, State.ACT, headline, "Recovery may be lagging behind training: consider a"
                    + " lighter week and protect your sleep before chasing a new best.", Evidence.RECOVERY_SIGNS);
        }
        if (acts(rules, Rule.IRREGULAR_WAKE)) {
            return new RecoveryReport(rules, State.ACT, headline, "Try to get up at the same time each day, weekends too,"
                    + " with some morning light.", Evidence.WAKE_TIME);
        }
        return new RecoveryReport(rules, State.ACT, headline, "Keep caffeine to the morning: even 6 h before bed it"
                + " disturbs sleep.", Evidence.CAFFEINE);
    }

    private static boolean acts(List<RuleResult> rules, Rule rule) {
        return rules.stream().anyMatch(r -> r.rule() == rule && r.state() == State.ACT);
    }

    /** "Short sleep", "Short sleep and Waking unrested", "A, B and C". */
    private static String names(List<RuleResult> rules) {
        List<String> titles = rules.stream().map(RuleResult::title).toList();
        if (titles.size() == 1) {
            return titles.get(0);
        }
        return String.join(", ", titles.subList(0, titles.size() - 1)) + " and " + titles.get(titles.size() - 1);
    }

    private static State countState(long count, int actFrom) {
        return count >= actFrom ? State.ACT : count == actFrom - 1 ? State.WATCH : State.OK;
    }

    private static String countThreshold(State state, int actFrom) {
        return switch (state) {
            case ACT -> " (the rule acts at " + actFrom + ").";
            case WATCH -> " (watch at " + (actFrom - 1) + ", the rule acts at " + actFrom + ").";
            default -> ".";
        };
    }

    private static RuleResult result(Rule rule, State state, String finding, List<String> data) {
        return new RuleResult(rule, state, finding, "", data);
    }

    private static RuleResult notEnough(Rule rule, String missing, String finding, List<String> data) {
        return new RuleResult(rule, State.NOT_ENOUGH_DATA, finding, missing, data);
    }

    private static String sessionLine(Workout w) {
        StringBuilder line = new StringBuilder(day(w.date())).append(": ");
        line.append(w.sessionRpe() == null ? "no session RPE"
                : "session RPE " + trim(w.sessionRpe()));
        double volume = volumeLoad(List.of(w));
        if (volume > 0) {
            line.append(", volume ").append(Decimals.grouped(Math.round(volume))).append(" kg");
        }
        if (w.feltHeavier()) {
            line.append(", felt heavier");
        }
        return line.toString();
    }

    private static String caffeineLine(Factors f) {
        String drinks = f.caffeineDrinks() == null ? "caffeine" : f.caffeineDrinks() + " " + plural(f.caffeineDrinks(), "drink");
        return day(f.date()) + ": " + drinks
                + (f.lastCaffeine() == null ? "" : ", last at " + ClockTimeFormat.format(f.lastCaffeine(), true));
    }

    /**
     * An RPE as "7" or "7.5". This and the data lines are written without {@code String.format}: the
     * report runs the check once per day of its range, and the formatter was a third of that time.
     */
    static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Decimals.fixed(v, 1);
    }

    private static List<Workout> workoutsBetween(RecoveryInputs in, LocalDate from, LocalDate to) {
        return in.workouts().stream().filter(w -> within(w.date(), from, to))
                .sorted(Comparator.comparing(Workout::date)).toList();
    }

    private static List<NightSleep> sleepBetween(RecoveryInputs in, LocalDate from) {
        return in.sleep().stream().filter(n -> within(n.date(), from, in.asOf()))
                .sorted(Comparator.comparing(NightSleep::date)).toList();
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

    private static String day(LocalDate d) {
        return DateText.shortWeekdayDayMonth(d);
    }

    private static String ago(long days) {
        return days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago";
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
