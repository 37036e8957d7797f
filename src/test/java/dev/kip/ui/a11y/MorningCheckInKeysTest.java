package dev.kip.ui.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.BodyMark;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Night;
import dev.kip.domain.SetType;
import dev.kip.domain.Settings;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.WorkoutStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The morning check-in as a script of key presses on the real window, no mouse: last night with the
 * usual times, a sore right quad and a painful lower back on the body map, and today's squat session
 * (3 × 5) from "repeat last". Every key counts, a modifier too (Ctrl+2 is two). Budget: 45 keys.
 */
class MorningCheckInKeysTest extends TourTest {
    private static final LocalDate TODAY = LocalDate.now(ShellTour.CLOCK);
    private static final int BUDGET = 45;

    int keys;

    @Test
    void theMorningCheckInTakesAtMost45Keys(FxRobot robot) {
        Path file = dir.resolve("morning.db");
        final long squat;
        try (Journal journal = Journal.open(file)) {
            NightStore nights = new NightStore(journal);
            for (int back = 1; back <= 5; back++) {
                nights.put(new Night(TODAY.minusDays(back), LocalTime.of(23, 0), LocalTime.of(23, 10), 15, 1, 10,
                        LocalTime.of(6, 45), LocalTime.of(7, 0), 4, 4, false, "", ShellTour.CLOCK.getZone()));
            }
            squat = new ExerciseStore(journal).byName("Back Squat").orElseThrow().id();
            List<LiftSet> sets = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                sets.add(new LiftSet(squat, i, SetType.WORKING, 100.0, 5, null, null));
            }
            new WorkoutStore(journal).insert(new Workout(null, TODAY.minusDays(3), LocalTime.of(18, 0), 45, 7.0, false, "",
                    "Squat day", null, null, sets));
        }
        open(robot, file, Settings.Theme.LIGHT, 1);

        // Sleep: Ctrl+2 puts the cursor on the first empty field (the stars: the usual times are filled in).
        chord(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        type(robot, KeyCode.DIGIT4, KeyCode.TAB, KeyCode.DIGIT3, KeyCode.ENTER);
        int sleepKeys = keys;

        // Body: Ctrl+3 focuses the map; arrows to the right quad, 3; arrows to the lower back, P, 5.
        chord(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        walkTo(robot, "FRONT.QUADRICEPS.R");
        type(robot, KeyCode.DIGIT3);
        walkTo(robot, "BACK.LUMBAR_SPINE");
        type(robot, KeyCode.P, KeyCode.DIGIT5);
        int bodyKeys = keys - sleepKeys;

        // Training: Ctrl+4, Ctrl+R repeats the last workout for today, Ctrl+S saves it.
        chord(robot, KeyCode.CONTROL, KeyCode.DIGIT4);
        chord(robot, KeyCode.CONTROL, KeyCode.R);
        chord(robot, KeyCode.CONTROL, KeyCode.S);
        int trainingKeys = keys - sleepKeys - bodyKeys;

        System.out.printf("Morning check-in: %d keys (sleep %d, body %d, training %d)%n", keys, sleepKeys, bodyKeys, trainingKeys);
        ShellTour.onFx(() -> {
            Journal journal = tour.journal();
            Night night = new NightStore(journal).find(TODAY).orElseThrow();
            assertThat(night.quality()).isEqualTo(4);
            assertThat(night.rested()).isEqualTo(3);
            assertThat(night.intoBed()).isEqualTo(LocalTime.of(23, 0));
            assertThat(new BodyMarkStore(journal).on(TODAY)).extracting(BodyMark::regionId, BodyMark::kind, BodyMark::level)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("FRONT.QUADRICEPS.R", SymptomKind.SORENESS, 3),
                            org.assertj.core.groups.Tuple.tuple("BACK.LUMBAR_SPINE", SymptomKind.PAIN, 5));
            Workout today = new WorkoutStore(journal).latest(TODAY, 1).get(0);
            assertThat(today.date()).isEqualTo(TODAY);
            assertThat(today.sets()).extracting(LiftSet::exerciseId, LiftSet::reps).containsOnly(org.assertj.core.groups.Tuple.tuple(squat, 5))
                    .hasSize(3);
            return null;
        });
        assertThat(keys).as("keys for the morning check-in").isLessThanOrEqualTo(BUDGET);
    }

    private void chord(FxRobot robot, KeyCode... codes) {
        robot.press(codes).release(codes);
        keys += codes.length;
    }

    private void type(FxRobot robot, KeyCode... codes) {
        for (KeyCode code : codes) {
            robot.type(code);
            keys++;
        }
    }

    /** Arrow keys from the focused region towards {@code target}, the way that closes the larger gap first. */
    private void walkTo(FxRobot robot, String target) {
        for (int step = 0; step < 30; step++) {
            Node focused = tour.scene().getFocusOwner();
            String at = focused == null ? null : (String) focused.getProperties().get("kip.regionId");
            assertThat(at).as("a body region has the focus, not %s", focused).isNotNull();
            if (at.equals(target)) {
                return;
            }
            Node goal = robot.lookup(n -> target.equals(n.getProperties().get("kip.regionId"))).query();
            Bounds from = focused.localToScene(focused.getBoundsInLocal());
            Bounds to = goal.localToScene(goal.getBoundsInLocal());
            double dx = to.getCenterX() - from.getCenterX();
            double dy = to.getCenterY() - from.getCenterY();
            KeyCode arrow = Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? KeyCode.RIGHT : KeyCode.LEFT) : (dy > 0 ? KeyCode.DOWN : KeyCode.UP);
            type(robot, arrow);
            if (tour.scene().getFocusOwner() == focused) {
                // That way is a dead end: try across.
                type(robot, Math.abs(dx) > Math.abs(dy) ? (dy > 0 ? KeyCode.DOWN : KeyCode.UP) : (dx > 0 ? KeyCode.RIGHT : KeyCode.LEFT));
            }
        }
        throw new AssertionError("the arrows never reached " + target);
    }
}
