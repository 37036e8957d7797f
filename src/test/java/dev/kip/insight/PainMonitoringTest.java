package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.BodyMark;
import dev.kip.domain.Exercise;
import dev.kip.domain.LiftSet;
import dev.kip.domain.RegionLoad;
import dev.kip.domain.SessionPain;
import dev.kip.domain.SetType;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import dev.kip.insight.PainMonitoring.Check;
import dev.kip.insight.PainMonitoring.Condition;
import dev.kip.insight.PainMonitoring.Session;
import dev.kip.insight.PainMonitoring.State;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Worked examples of the pain-monitoring model: a session on Wednesday 11 March, the next morning Thursday 12 March. */
class PainMonitoringTest {
    private static final String KNEE = "FRONT.KNEE.L";
    private static final LocalDate WED = LocalDate.of(2026, 3, 11);

    private static BodyMark pain(int day, int level) {
        return new BodyMark(LocalDate.of(2026, 3, day), KNEE, SymptomKind.PAIN, level, "", false);
    }

    private static Session squat(Map<String, Integer> during) {
        return new Session(1, WED, Set.of(KNEE, "FRONT.QUADRICEPS.L"), during);
    }

    @Test
    void withinTheModel_4During_backTo2_noWeeklyRise() {
        // week before (27 Feb – 5 Mar): 3, 3 → mean 3; this week (6–12 Mar): 2, 2, 2 → mean 2
        List<BodyMark> marks = List.of(pain(3, 3), pain(5, 3), pain(9, 2), pain(11, 2), pain(12, 2));
        Check c = PainMonitoring.evaluate(List.of(squat(Map.of(KNEE, 4))), marks).get(0);

        assertThat(c.regionId()).isEqualTo(KNEE);
        assertThat(c.usual()).as("marked the morning of the session").isEqualTo(2);
        assertThat(c.nextMorning()).hasValue(2);
        assertThat(c.weekMean()).hasValue(2.0);
        assertThat(c.weekBefore()).hasValue(3.0);
        assertThat(c.state()).isEqualTo(State.WITHIN);
        assertThat(c.describe()).isEqualTo("Within the pain-monitoring model: 4 during, 2 the next morning (usual 2), no weekly rise");
    }

    @Test
    void outsideTheModel_onEachOfTheThreeConditions() {
        // week before: 1, 2 → 1.5; this week: 3, 2, 4 → 3.0, a rise of 1.5; next morning 4 above the usual 2; 6 during, above 5
        List<BodyMark> marks = List.of(pain(3, 1), pain(5, 2), pain(9, 3), pain(11, 2), pain(12, 4));
        Check c = PainMonitoring.evaluate(List.of(squat(Map.of(KNEE, 6))), marks).get(0);

        assertThat(c.broken()).containsExactlyInAnyOrder(Condition.DURING, Condition.NEXT_MORNING, Condition.WEEK_TO_WEEK);
        assertThat(c.state()).isEqualTo(State.OUTSIDE);
        assertThat(c.describe()).isEqualTo(
                "Outside the pain-monitoring model: 6 during (above 5), 4 the next morning (usual 2), weekly mean up 1.5");
    }

    @Test
    void fiveDuringIsStillWithinAndARiseJustUnderOnePointIsNoRise() {
        // week before: 2 → 2.0; this week: 3, 2, 2 → 2.33, a rise of 0.33
        List<BodyMark> marks = List.of(pain(4, 2), pain(9, 3), pain(11, 2), pain(12, 2));
        Check c = PainMonitoring.evaluate(List.of(squat(Map.of(KNEE, 5))), marks).get(0);
        assertThat(c.broken()).isEmpty();
        assertThat(c.state()).isEqualTo(State.WITHIN);
    }

    @Test
    void withoutTheReadingsTheCheckIsIncompleteAndSaysWhatIsMissing() {
        // pain 3 on Sunday 8 March, nothing since: the usual level is the latest in the week before the session
        Check c = PainMonitoring.evaluate(List.of(squat(Map.of())), List.of(pain(8, 3))).get(0);
        assertThat(c.usual()).isEqualTo(3);
        assertThat(c.during()).isEqualTo(OptionalInt.empty());
        assertThat(c.missing()).containsExactlyInAnyOrder(Condition.DURING, Condition.NEXT_MORNING, Condition.WEEK_TO_WEEK);
        assertThat(c.state()).isEqualTo(State.INCOMPLETE);
        assertThat(c.describe()).isEqualTo("Pain-monitoring model not complete: no pain-during rating, no pain mark the next"
                + " morning, no marks the week before");
    }

    @Test
    void onlyPainfulRegionsAreChecked() {
        // knee pain 8 days before the session is outside the 7 days that make a region painful; the quadriceps never hurt
        assertThat(PainMonitoring.evaluate(List.of(squat(Map.of())), List.of(pain(3, 4)))).isEmpty();
        // soreness is another scale
        BodyMark sore = new BodyMark(WED, KNEE, SymptomKind.SORENESS, 6, "", false);
        assertThat(PainMonitoring.evaluate(List.of(squat(Map.of())), List.of(sore))).isEmpty();
    }

    @Test
    void painFeltDuringASessionMakesTheRegionPainfulAndLoadedEvenIfNoExerciseLoadsIt() {
        Session bench = new Session(2, WED, Set.of("FRONT.CHEST.L"), Map.of("BACK.LUMBAR_SPINE", 3));
        List<Check> checks = PainMonitoring.evaluate(List.of(bench), List.of());
        assertThat(checks).extracting(Check::regionId).containsExactly("BACK.LUMBAR_SPINE");
        assertThat(checks.get(0).usual()).as("no pain marked before: usual 0").isZero();
    }

    @Test
    void aWorkoutLoadsTheRegionsOfItsExercises() {
        Exercise squat = new Exercise(7L, "Back Squat", List.of(new RegionLoad("FRONT.QUADRICEPS.L", 1.0), new RegionLoad(KNEE, 0.5)));
        Workout w = new Workout(9L, WED, null, 60, 7.0, false, "", "", null, null,
                List.of(new LiftSet(7L, 1, SetType.WORKING, 100.0, 5, null, null), new LiftSet(99L, 1, SetType.WORKING, 20.0, 10, null, null)));
        Session s = PainMonitoring.session(w, Map.of(7L, squat), List.of(new SessionPain(KNEE, 4)));
        assertThat(s.loads()).containsExactlyInAnyOrder("FRONT.QUADRICEPS.L", KNEE);
        assertThat(s.painDuring()).isEqualTo(Map.of(KNEE, 4));
        assertThat(s.workoutId()).isEqualTo(9L);
    }
}
