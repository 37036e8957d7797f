package dev.kip.insight;

import dev.kip.domain.BodyMark;
import dev.kip.domain.Factors;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Night;
import dev.kip.domain.NightSleep;
import dev.kip.domain.SessionBest;
import dev.kip.domain.SetType;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import dev.kip.insight.RuleResult.State;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Each rule on inputs that just trip it (ACT), on inputs one step short (WATCH or OK) and on too little data. */
class RecoveryCheckTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final long SQUAT = 1;

    /** A builder of inputs: everything empty unless added. */
    static final class In {
        final List<Night> nights = new ArrayList<>();
        final List<NightSleep> sleep = new ArrayList<>();
        final List<Factors> factors = new ArrayList<>();
        final List<Workout> workouts = new ArrayList<>();
        final List<SessionBest> bests = new ArrayList<>();
        final List<BodyMark> marks = new ArrayList<>();

        RecoveryInputs build() {
            return new RecoveryInputs(nights, sleep, factors, workouts, bests, marks, AS_OF, 480);
        }

        In sleep(int daysAgo, int minutes) {
            sleep.add(new NightSleep(AS_OF.minusDays(daysAgo), minutes, LocalTime.of(7, 0), true));
            return this;
        }

        In wake(int daysAgo, LocalTime wake) {
            sleep.add(new NightSleep(AS_OF.minusDays(daysAgo), 480, wake, true));
            return this;
        }

        In rested(int daysAgo, int rested) {
            nights.add(new Night(AS_OF.minusDays(daysAgo), LocalTime.of(23, 0), LocalTime.of(23, 0), 10, 0, 0,
                    LocalTime.of(7, 0), LocalTime.of(7, 10), 3, rested, false, "", ZoneId.of("Europe/Berlin")));
            return this;
        }

        In session(int daysAgo, Double rpe, boolean heavier, double kg) {
            long id = workouts.size() + 1L;
            workouts.add(new Workout(id, AS_OF.minusDays(daysAgo), LocalTime.of(18, 0), 60, rpe, heavier, "", "", null,
                    null, List.of(new LiftSet(SQUAT, 1, SetType.WORKING, kg, 5, null, null))));
            return this;
        }

        In best(int daysAgo, double e1rm) {
            bests.add(new SessionBest(AS_OF.minusDays(daysAgo), bests.size() + 100L, SQUAT, e1rm, e1rm, 1));
            return this;
        }

        In sore(int daysAgo, int level) {
            marks.add(new BodyMark(AS_OF.minusDays(daysAgo), "FRONT.QUADRICEPS.L", SymptomKind.SORENESS, level, "", false));
            return this;
        }

        In caffeine(int daysAgo, Integer drinks, LocalTime last) {
            factors.add(new Factors(AS_OF.minusDays(daysAgo), drinks, last, null, null, null, null, null, null, null));
            return this;
        }
    }

    static RuleResult rule(In in, String id) {
        return RecoveryCheck.evaluate(in.build()).rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anEmptyJournalHasNotEnoughDataForAnyRuleAndNeverSaysTrainAsPlanned() {
        RecoveryReport report = RecoveryCheck.evaluate(new In().build());
        assertThat(report.rules()).extracting(RuleResult::id).containsExactly("strength-stalled", "workouts-harder",
                "soreness-lasting", "short-sleep", "irregular-wake", "unrested", "caffeine-reliance");
        assertThat(report.rules()).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo(State.NOT_ENOUGH_DATA);
            assertThat(r.missing()).startsWith("needs ");
            assertThat(r.detail()).startsWith("Not enough data: needs ");
            assertThat(r.evidence().sources()).isNotEmpty();
        });
        assertThat(report.state()).isEqualTo(State.NOT_ENOUGH_DATA);
        assertThat(report.headline()).isEqualTo("Not enough data for the recovery check yet");
        assertThat(report.suggestion()).doesNotContain("train as planned").contains("each sign says what it still needs");
        assertThat(State.NOT_ENOUGH_DATA.id()).isEqualTo("not-enough-data");
    }

    @Test
    void withSomeRulesShortOfDataTheHeadlineNamesThemAndStillNoTrainAsPlanned() {
        In week = new In();
        for (int d = 0; d < 7; d++) {
            week.sleep(d, 480);
        }
        RecoveryReport report = RecoveryCheck.evaluate(week.build());
        assertThat(rule(week, "short-sleep").state()).isEqualTo(State.OK);
        assertThat(rule(week, "irregular-wake").state()).isEqualTo(State.OK);
        assertThat(report.state()).isEqualTo(State.OK);
        assertThat(report.headline()).isEqualTo("No warning signs in the 2 signs with enough data; more data needed for:"
                + " Strength stalled, Workouts feel harder, Soreness lasting, Waking unrested and Leaning on caffeine");
        assertThat(report.suggestion()).doesNotContain("train as planned");
    }

    /** 8 sessions in the last 21 days (twice a week and more); the squat best of 140 was set 30 days ago. */
    static In stalledSince(int daysSinceNewBest) {
        In in = new In().best(30, 140);
        for (int d = 0; d < 21; d += 3) {
            in.session(d, 7.0, false, 100).best(d, d == daysSinceNewBest ? 145 : 135);
        }
        return in;
    }

    @Test
    void strengthStalledActsAfterThreeWeeksWithoutANewBest() {
        RuleResult stalled = rule(stalledSince(-1), "strength-stalled");
        assertThat(stalled.state()).isEqualTo(State.ACT);
        assertThat(stalled.detail()).isEqualTo("No new best e1RM on a main lift in the last 21 days, over 7 sessions in"
                + " the last 21 days (the rule acts at 21 days with 6 sessions or more).");
        assertThat(stalled.data()).hasSize(7).first().asString().startsWith("Thu 5 Nov: a main lift at 96 % of its best");
        // A new best 18 days ago (145 > 140): 14–20 days → WATCH; 12 days ago → OK.
        assertThat(rule(stalledSince(18), "strength-stalled").state()).isEqualTo(State.WATCH);
        assertThat(rule(stalledSince(12), "strength-stalled").state()).isEqualTo(State.OK);
    }

    @Test
    void strengthStalledNeedsTwoSessionsAWeek() {
        In in = new In().best(30, 140);
        for (int d = 0; d < 21; d += 4) { // 6 sessions: days 0, 4, …, 20
            in.session(d, 7.0, false, 100).best(d, 135);
        }
        assertThat(rule(in, "strength-stalled").state()).isEqualTo(State.ACT);
        in.workouts.remove(0); // 5 sessions: one short of twice a week, too few to tell a stall from a lighter spell
        RuleResult few = rule(in, "strength-stalled");
        assertThat(few.state()).isEqualTo(State.NOT_ENOUGH_DATA);
        assertThat(few.missing()).isEqualTo("needs 1 more session in the last 21 days to tell a stall from a lighter"
                + " spell (5 of the 6 needed)");
    }

    @Test
    void workoutsHarderOnAnRpeRiseAtSimilarLoad() {
        // Earlier fortnight: RPE 6 and 6; last fortnight 7 and 7: +1.0 with the same 100 kg × 5 → ACT.
        In trips = new In().session(20, 6.0, false, 100).session(16, 6.0, false, 100)
                .session(6, 7.0, false, 100).session(2, 7.0, false, 100);
        RuleResult r = rule(trips, "workouts-harder");
        assertThat(r.state()).isEqualTo(State.ACT);
        assertThat(r.detail()).isEqualTo("Session RPE 7.0 over the last 2 weeks against 6.0 the 2 weeks before (+1.0) at"
                + " a similar load (volume +0 %) (the rule acts at +1.0).");
        assertThat(r.data()).containsExactly("Tue 3 Nov: session RPE 6, volume 500 kg", "Sat 7 Nov: session RPE 6, volume 500 kg",
                "Tue 17 Nov: session RPE 7, volume 500 kg", "Sat 21 Nov: session RPE 7, volume 500 kg");
        // +0.5 only: WATCH.
        In near = new In().session(20, 6.0, false, 100).session(16, 6.0, false, 100)
                .session(6, 6.5, false, 100).session(2, 6.5, false, 100);
        assertThat(rule(near, "workouts-harder").state()).isEqualTo(State.WATCH);
        // +1.0 but 20 % more weight on the bar: not similar load → OK.
        In heavier = new In().session(20, 6.0, false, 100).session(16, 6.0, false, 100)
                .session(6, 7.0, false, 120).session(2, 7.0, false, 120);
        assertThat(rule(heavier, "workouts-harder").state()).isEqualTo(State.OK);
    }

    @Test
    void workoutsHarderWhenTwoOfTheLastFourFeltHeavier() {
        In two = new In().session(9, null, false, 100).session(6, null, true, 100).session(4, null, false, 100)
                .session(1, null, true, 100);
        assertThat(rule(two, "workouts-harder").state()).isEqualTo(State.ACT);
        assertThat(rule(two, "workouts-harder").detail())
                .isEqualTo("Felt heavier on 2 of the last 4 sessions (the rule acts at 2).");
        // The older "heavier" session (day 12) is the fifth from last: only 1 of the last 4 → WATCH.
        In one = new In().session(12, null, true, 100).session(9, null, false, 100).session(6, null, false, 100)
                .session(4, null, false, 100).session(1, null, true, 100);
        assertThat(rule(one, "workouts-harder").state()).isEqualTo(State.WATCH);
    }

    @Test
    void sorenessLastingActsAfterFourDaysAboveThree() {
        In four = new In().sore(3, 5).sore(2, 4).sore(1, 4).sore(0, 4);
        RuleResult r = rule(four, "soreness-lasting");
        assertThat(r.state()).isEqualTo(State.ACT);
        assertThat(r.detail()).isEqualTo("Left quadriceps sore above 3 on 4 days in a row, up to today (the rule acts at 4"
                + " days, more than 72 h).");
        assertThat(r.data()).containsExactly("Fri 20 Nov: Left quadriceps, soreness 5", "Sat 21 Nov: Left quadriceps, soreness 4",
                "Sun 22 Nov: Left quadriceps, soreness 4", "Mon 23 Nov: Left quadriceps, soreness 4");
        // Three days: WATCH. A 3 on one of four days breaks the run (above 3 means 4 or more).
        assertThat(rule(new In().sore(2, 5).sore(1, 4).sore(0, 4), "soreness-lasting").state()).isEqualTo(State.WATCH);
        assertThat(rule(new In().sore(3, 5).sore(2, 3).sore(1, 4).sore(0, 4), "soreness-lasting").state())
                .isEqualTo(State.OK);
        // Not yet marked this morning: the run up to yesterday still counts.
        assertThat(rule(new In().sore(4, 5).sore(3, 5).sore(2, 4).sore(1, 4), "soreness-lasting").state())
                .isEqualTo(State.ACT);
    }

    @Test
    void shortSleepOnThreeShortNightsOrADebtAboveSevenHours() {
        // 3 of 7 nights at 6 h 50 min, four at 8 h: debt 3 × 70 = 210 min → ACT by the count.
        In three = new In().sleep(0, 410).sleep(1, 410).sleep(2, 410).sleep(3, 480).sleep(4, 480).sleep(5, 480).sleep(6, 480);
        RuleResult r = rule(three, "short-sleep");
        assertThat(r.state()).isEqualTo(State.ACT);
        // The count fired, not the debt: the finding names the count only.
        assertThat(r.detail()).isEqualTo("3 of the last 7 nights under 7 h (7 logged) (the rule acts at 3).");
        // Two short nights: WATCH; a night of exactly 7 h is not short.
        In two = new In().sleep(0, 410).sleep(1, 410).sleep(2, 420).sleep(3, 480).sleep(4, 480).sleep(5, 480).sleep(6, 480);
        assertThat(rule(two, "short-sleep").state()).isEqualTo(State.WATCH);
        // Fourteen nights of 7 h 30: debt 14 × 30 = 420 min, not above 7 h → WATCH (above 5 h); 7 h 29 → 434 → ACT.
        In debt = new In();
        In moreDebt = new In();
        for (int d = 0; d < 14; d++) {
            debt.sleep(d, 450);
            moreDebt.sleep(d, 449);
        }
        assertThat(rule(debt, "short-sleep").state()).isEqualTo(State.WATCH);
        assertThat(rule(moreDebt, "short-sleep").state()).isEqualTo(State.ACT);
    }

    @Test
    void aDebtThatFiresIsNamedAndLastNightIsNotBlamedWhenItWasFine() {
        // Twelve nights of 7 h 27 min, one of 7 h 22 min, then last night 8 h 10 min: debt 12 × 33 + 38 − 10 = 424 min.
        In in = new In().sleep(0, 490).sleep(13, 442);
        for (int d = 1; d < 13; d++) {
            in.sleep(d, 447);
        }
        RuleResult r = rule(in, "short-sleep");
        assertThat(r.state()).isEqualTo(State.ACT);
        assertThat(r.detail()).isEqualTo("Sleep debt 7 h 4 min over the last 14 nights against 8 h a night (the rule acts"
                + " above 7 h).");
        assertThat(r.data()).hasSize(14).last().isEqualTo("Mon 23 Nov: 8 h 10 min asleep");
        RecoveryReport report = RecoveryCheck.evaluate(in.build());
        assertThat(report.headline()).isEqualTo("Short sleep calls for action");
        assertThat(report.suggestion()).doesNotContain("last night");
    }

    @Test
    void shortSleepOnTooFewNightsSaysHowManyAreMissing() {
        RuleResult r = rule(new In().sleep(0, 480).sleep(3, 480), "short-sleep");
        assertThat(r.state()).isEqualTo(State.NOT_ENOUGH_DATA);
        assertThat(r.missing()).isEqualTo("needs at least 4 of the last 7 nights logged (2 are)");
    }

    @Test
    void irregularWakeAboveAnHourOfSpread() {
        // Seven wakes alternating 06:00 and 08:15 (four at 06:00): deviations −57.9 (×4), +77.1 (×3);
        // SD = √((4 × 3352 + 3 × 5945) / 6) = 72.5 min → ACT. With 07:40 instead of 08:15: SD 53.6 → WATCH.
        In wide = new In();
        In closer = new In();
        for (int d = 0; d < 7; d++) {
            wide.wake(d, d % 2 == 0 ? LocalTime.of(6, 0) : LocalTime.of(8, 15));
            closer.wake(d, d % 2 == 0 ? LocalTime.of(6, 0) : LocalTime.of(7, 40));
        }
        RuleResult r = rule(wide, "irregular-wake");
        assertThat(r.state()).isEqualTo(State.ACT);
        assertThat(r.detail()).isEqualTo("Wake time varied by 1 h 12 min (standard deviation) over the last 14 nights, 7 with"
                + " a wake time (the rule acts above 1 h).");
        assertThat(rule(closer, "irregular-wake").state()).isEqualTo(State.WATCH);
        wide.sleep.remove(0); // 6 nights: not enough to judge
        assertThat(rule(wide, "irregular-wake").missing()).isEqualTo("needs a wake time on 7 of the last 14 nights"
                + " (6 have one: 1 more)");
    }

    @Test
    void unrestedOnThreeOfSevenMornings() {
        In three = new In().rested(0, 2).rested(2, 1).rested(5, 2).rested(6, 4).rested(7, 1); // day 7 is outside the week
        assertThat(rule(three, "unrested").state()).isEqualTo(State.ACT);
        assertThat(rule(three, "unrested").detail()).isEqualTo("Rested 2 or less (of 5) on 3 of the last 7 mornings (4 logged)"
                + " (the rule acts at 3).");
        In two = new In().rested(0, 2).rested(2, 3).rested(5, 2);
        assertThat(rule(two, "unrested").state()).isEqualTo(State.WATCH);
    }

    @Test
    void caffeineRelianceOnFourOfSevenDays() {
        // Day 0: 3 drinks; day 1: one drink at 14:30; day 3: 4 drinks; day 5: 2 drinks at 15:00 → 4 days.
        // Day 6: 2 drinks, last at 14:00 exactly: not after 14:00, does not count.
        In four = new In().caffeine(0, 3, LocalTime.of(9, 0)).caffeine(1, 1, LocalTime.of(14, 30))
                .caffeine(3, 4, null).caffeine(5, 2, LocalTime.of(15, 0)).caffeine(6, 2, LocalTime.of(14, 0));
        RuleResult r = rule(four, "caffeine-reliance");
        assertThat(r.state()).isEqualTo(State.ACT);
        assertThat(r.detail()).startsWith("3 or more drinks, or one after 14:00, on 4 of the last 7 days (5 with caffeine"
                + " recorded)");
        four.factors.remove(3);
        assertThat(rule(four, "caffeine-reliance").state()).isEqualTo(State.WATCH);
    }

    @Test
    void suggestionPutsShortNightsFirst() {
        In in = new In().sleep(0, 300).sleep(1, 300).sleep(2, 300).sore(3, 5).sore(2, 5).sore(1, 5).sore(0, 5);
        RecoveryReport report = RecoveryCheck.evaluate(in.build());
        assertThat(report.rules()).extracting(RuleResult::state).contains(State.ACT);
        assertThat(report.suggestion()).contains("lighter session or mobility today rather than a max attempt");
        assertThat(report.suggestionEvidence()).isEqualTo(Evidence.SHORT_NIGHT_SESSION);
        assertThat(report.headline()).isEqualTo("Soreness lasting and Short sleep call for action");
    }
}
