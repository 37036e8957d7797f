package dev.kip.ui.training;

import dev.kip.domain.Exercise;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Routine;
import dev.kip.domain.SetType;
import dev.kip.domain.Settings;
import dev.kip.domain.Workout;
import dev.kip.insight.DayValue;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.RoutineStore;
import dev.kip.journal.WorkoutStore;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.chart.Axis;
import dev.kip.ui.chart.TimeChart;
import dev.kip.ui.chart.TimePlot;
import dev.kip.ui.common.SettingsModel;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Training view on a small journal, driven as a lifter would: a week ago they benched
 * 100 kg × 5 and squatted 140 kg × 5; today they log bench, squat and rows by keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingViewTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 14);
    private static final LocalDate LAST_WEEK = TODAY.minusDays(7);

    @TempDir
    static Path dir;
    private ViewHarness harness;
    private Journal journal;
    private WorkoutStore workouts;
    private SettingsModel settings;
    private long bench;
    private long squat;

    @Start
    void start(Stage stage) {
        harness = ViewHarness.open(dir.resolve("journal-" + System.nanoTime() + ".db"), Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        journal = harness.journal();
        workouts = new WorkoutStore(journal);
        ExerciseStore exercises = new ExerciseStore(journal);
        bench = exercises.byName("Bench Press").orElseThrow().id();
        squat = exercises.byName("Back Squat").orElseThrow().id();
        workouts.insert(new Workout(null, LAST_WEEK, LocalTime.of(18, 0), 60, 7.0, false, "", "", null, null, List.of(
                new LiftSet(bench, 1, SetType.WARM_UP, 60.0, 8, null, null),
                new LiftSet(bench, 2, SetType.WORKING, 100.0, 5, 8.0, null),
                new LiftSet(squat, 1, SetType.WORKING, 140.0, 5, 8.0, null))));
        settings = harness.context().settings();
        ViewHarness.showOn(stage, new ViewLoader(harness.factory()).load("/dev/kip/ui/training/Training.fxml").root(), 1200, 780);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void logsAWorkoutOfThreeExercisesByKeyboardThenEditsAndDeletesIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".exercise-name").queryAs(TextField.class).isFocused()).isTrue();

        robot.write("Bench Press").type(KeyCode.ENTER);
        robot.write("105").type(KeyCode.TAB).write("5").type(KeyCode.TAB).write("8").type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        robot.write("Back Squat").type(KeyCode.ENTER);
        robot.write("140").type(KeyCode.TAB).write("5").type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        robot.write("Barbell Row").type(KeyCode.ENTER);
        robot.write("80").type(KeyCode.TAB).write("8");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        // Saved: the newest workout is today's, with bench 2 sets (the second a copy), squat 2, row 1.
        Workout saved = workouts.latest(TODAY, 1).get(0);
        assertThat(saved.date()).isEqualTo(TODAY);
        assertThat(saved.sets()).extracting(LiftSet::weightKg, LiftSet::reps)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(105.0, 5), org.assertj.core.groups.Tuple.tuple(105.0, 5),
                        org.assertj.core.groups.Tuple.tuple(140.0, 5), org.assertj.core.groups.Tuple.tuple(140.0, 5),
                        org.assertj.core.groups.Tuple.tuple(80.0, 8));
        assertThat(saved.sets().get(0).rpe()).isEqualTo(8.0);

        // 105 × 5 beats last week's 100 × 5: heaviest and e1RM records, flagged on the first bench set only.
        // The squat matched 140 × 5 (a tie is no record); rows were never trained before (a baseline).
        Label banner = robot.lookup("#record-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).contains("Bench Press: heaviest weight 105 kg (was 100 kg)")
                .contains("best e1RM 122.5 kg (was 116.7 kg)").doesNotContain("Back Squat").doesNotContain("Barbell Row");
        List<Label> badges = robot.lookup(".record-badge").queryAllAs(Label.class).stream().filter(Node::isVisible).toList();
        assertThat(badges).hasSize(1);
        assertThat(badges.get(0).getText()).isEqualTo("Record: heaviest, best e1RM");

        // Edit a set: the second squat set was 6 reps, not 5.
        TextField secondSquatReps = robot.lookup(".set-reps").queryAllAs(TextField.class).stream().toList().get(3);
        robot.doubleClickOn(secondSquatReps).write("6");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workouts.find(saved.id()).orElseThrow().sets().get(3).reps()).isEqualTo(6);

        // Delete it, confirming (the button is at the top of the form, scrolled back into view).
        javafx.scene.control.ScrollPane scroll = robot.lookup(".editor-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(0));
        robot.clickOn("#delete-workout");
        Button confirm = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "Delete workout".equals(b.getText())).findFirst().orElseThrow();
        robot.clickOn(confirm);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workouts.find(saved.id())).isEmpty();
        assertThat(workouts.count()).isEqualTo(1);
    }

    @Test
    void aNewExerciseNameJoinsTheCatalogOnceConfirmed(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Zercher Squat").type(KeyCode.ENTER);
        Label question = robot.lookup(".new-exercise-question").queryAs(Label.class);
        assertThat(question.isVisible()).isTrue();
        assertThat(question.getText()).isEqualTo("New exercise 'Zercher Squat'? Enter creates it, Esc picks from the list.");
        robot.type(KeyCode.ENTER).write("100").type(KeyCode.TAB).write("5");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Exercise added = new ExerciseStore(journal).byName("Zercher Squat").orElseThrow();
        assertThat(added.regions()).isEmpty();
        assertThat(robot.lookup("#record-banner").queryAs(Label.class).getText()).contains("Added to your catalog: Zercher Squat");
    }

    /** The race of issue 19: Enter typed before any suggestion list could appear resolves the text at once. */
    @Test
    void squatAndEnterWithNoWaitLandsOnBackSquat(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("squat").type(KeyCode.ENTER).write("140").type(KeyCode.TAB).write("5");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Workout saved = workouts.latest(TODAY, 1).get(0);
        assertThat(saved.date()).isEqualTo(TODAY);
        assertThat(saved.sets()).extracting(LiftSet::exerciseId, LiftSet::weightKg, LiftSet::reps)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(squat, 140.0, 5));
        assertThat(new ExerciseStore(journal).all()).noneMatch(e -> e.name().equals("squat"));
    }

    @Test
    void eachSetShowsLastTimeAndEnterInAnEmptySetTakesIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("bench").type(KeyCode.ENTER);
        ExerciseBlock block = robot.lookup(".exercise-block").queryAs(ExerciseBlock.class);
        assertThat(block.name.getText()).isEqualTo("Bench Press");
        SetRow first = block.setRows().get(0);
        assertThat(first.previous.getText()).isEqualTo("60 kg × 8");
        assertThat(first.weight.getPromptText()).isEqualTo("60");
        assertThat(first.previous.getAccessibleText()).isEqualTo("Set 1 last time: 60 kg × 8");

        // One key per set: Enter in the empty set takes last time's values and starts the next.
        robot.type(KeyCode.ENTER);
        assertThat(block.setRows()).hasSize(2);
        assertThat(block.setRows().get(1).previous.getText()).isEqualTo("100 kg × 5");
        assertThat(block.setRows().get(1).weight.isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        // a third set beyond last time's two: nothing to show, and an empty row is not a set
        assertThat(block.setRows().get(2).previous.getText()).isEqualTo("—");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Workout saved = workouts.latest(TODAY, 1).get(0);
        assertThat(saved.date()).isEqualTo(TODAY);
        assertThat(saved.sets()).extracting(LiftSet::weightKg, LiftSet::reps, LiftSet::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(60.0, 8, SetType.WARM_UP), org.assertj.core.groups.Tuple.tuple(100.0, 5, SetType.WORKING));
    }

    @Test
    void ctrlRRepeatsTheLastWorkoutForTodayAndCtrlSSavesIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WorkoutEditor editor = robot.lookup(".workout-editor").queryAs(WorkoutEditor.class);
        assertThat(editor.workoutId()).isNull();
        assertThat(editor.date.getValue()).isEqualTo(TODAY);
        assertThat(editor.blocks()).extracting(b -> b.name.getText()).containsExactly("Bench Press", "Back Squat");
        // What only today can say comes first: duration, then session RPE.
        assertThat(editor.duration.isFocused()).isTrue();
        robot.write("60").type(KeyCode.TAB).write("8");
        // Last time's column shows the repeated workout itself: the sets are the same.
        assertThat(editor.blocks().get(1).setRows().get(0).previous.getText()).isEqualTo("140 kg × 5");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workouts.count()).isEqualTo(2);
        Workout saved = workouts.latest(TODAY, 1).get(0);
        assertThat(saved.date()).isEqualTo(TODAY);
        assertThat(saved.durationMin()).isEqualTo(60);
        assertThat(saved.sessionRpe()).isEqualTo(8.0);
        assertThat(saved.sets()).extracting(LiftSet::exerciseId, LiftSet::type, LiftSet::weightKg, LiftSet::reps).containsExactly(
                org.assertj.core.groups.Tuple.tuple(bench, SetType.WARM_UP, 60.0, 8), org.assertj.core.groups.Tuple.tuple(bench, SetType.WORKING, 100.0, 5),
                org.assertj.core.groups.Tuple.tuple(squat, SetType.WORKING, 140.0, 5));
    }

    @Test
    void aWorkoutSavedAsARoutineStartsTheNextOneAndTheRoutineIsEditedAndDeleted(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".workout-what").queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "Save this workout as a routine…");
        robot.clickOn("#routine-name").write("Push").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        RoutineStore routines = new RoutineStore(journal);
        Routine push = routines.all().get(0);
        assertThat(push.name()).isEqualTo("Push");
        assertThat(push.exercises()).containsExactly(new Routine.Target(bench, 1, 5, 100.0), new Routine.Target(squat, 1, 5, 140.0));

        // Started from the menu: a new workout named after it, its sets the targets.
        choose(robot, "Start Push (2 exercises)");
        WorkoutEditor editor = robot.lookup(".workout-editor").queryAs(WorkoutEditor.class);
        assertThat(editor.workoutId()).isNull();
        assertThat(editor.title.getText()).isEqualTo("New workout");
        assertThat(editor.named.getText()).isEqualTo("Push");
        assertThat(editor.blocks()).extracting(b -> b.setRows().get(0).weight.getText()).containsExactly("100", "140");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workouts.latest(TODAY, 1).get(0).name()).isEqualTo("Push");

        // Edited: three sets of bench; a bad reps value is named and blocks saving until fixed.
        choose(robot, "Edit a routine", "Push");
        List<TextField> sets = robot.lookup(".routine-sets").queryAllAs(TextField.class).stream().toList();
        robot.interact(() -> sets.get(0).setText("3"));
        TextField reps = robot.lookup(".routine-reps").queryAllAs(TextField.class).stream().toList().get(1);
        robot.interact(() -> reps.setText("x"));
        assertThat(robot.lookup(".problem").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Exercise 2 — Reps: expected a whole number from 1 to 1000, or nothing, got 'x'");
        assertThat(robot.lookup("#save-routine").queryButton().isDisabled()).isTrue();
        robot.interact(() -> reps.setText("3"));
        robot.clickOn("#save-routine");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(routines.all().get(0).exercises()).containsExactly(new Routine.Target(bench, 3, 5, 100.0), new Routine.Target(squat, 1, 3, 140.0));

        // Deleted, confirming.
        choose(robot, "Edit a routine", "Push");
        robot.clickOn("Delete routine");
        Button confirm = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "Delete routine".equals(b.getText()) && b.getScene().getRoot().lookup("#routine-rows") == null).findFirst().orElseThrow();
        robot.clickOn(confirm);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(routines.all()).isEmpty();
        assertThat(workouts.count()).as("workouts started from it stay").isEqualTo(2);
    }

    @Test
    void theLiftsSearchTakesTheFirstMatchWithDownAndClearsWhatItFiltersOut(FxRobot robot) {
        // Another bench session of three identical top sets: one line per session in the best e1RM table.
        workouts.insert(new Workout(null, LAST_WEEK.plusDays(3), LocalTime.of(18, 0), 60, 7.0, false, "", "", null, null, List.of(
                new LiftSet(bench, 1, SetType.WORKING, 102.5, 5, null, null), new LiftSet(bench, 2, SetType.WORKING, 102.5, 5, null, null),
                new LiftSet(bench, 3, SetType.WORKING, 102.5, 5, null, null))));
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        LiftsPane lifts = robot.lookup("#lifts-pane").queryAs(LiftsPane.class);
        assertThat(lifts.title.getText()).isEqualTo("Bench Press");
        assertThat(lifts.bestSets.getItems()).extracting(LiftsPane.Line::set).containsExactly("102.5 kg × 5", "100 kg × 5");
        assertThat(lifts.bestSets.getItems()).extracting(LiftsPane.Line::date).doesNotHaveDuplicates();
        assertThat(lifts.confidence.getText()).startsWith("2 sessions;");

        // Typing a filter that leaves Bench Press out: its details go.
        robot.clickOn(lifts.filter).write("squ");
        assertThat(lifts.title.getText()).isEmpty();
        assertThat(lifts.records.getItems()).isEmpty();
        assertThat(lifts.bestSets.getItems()).isEmpty();
        // Down takes the first match.
        robot.type(KeyCode.DOWN);
        assertThat(lifts.exercises.getSelectionModel().getSelectedItem().name()).isEqualTo("Back Squat");
        assertThat(lifts.title.getText()).isEqualTo("Back Squat");
        assertThat(lifts.confidence.getText()).startsWith("1 session;");
        assertThat(lifts.exercises.isFocused()).isTrue();

        // Enter in the box does the same for a new filter.
        robot.interact(() -> lifts.filter.setText(""));
        robot.clickOn(lifts.filter).write("dead").type(KeyCode.ENTER);
        assertThat(lifts.title.getText()).isEqualTo("Deadlift");
    }

    /** Picks an item of the Start from menu (in a sub-menu: its path), as a click on it would. */
    private static void choose(FxRobot robot, String... path) {
        List<javafx.scene.control.MenuItem> items = robot.lookup("#start-from").queryAs(javafx.scene.control.MenuButton.class).getItems();
        javafx.scene.control.MenuItem item = null;
        for (String text : path) {
            item = items.stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
            items = item instanceof javafx.scene.control.Menu m ? m.getItems() : List.of();
        }
        assertThat(item.isDisable()).as(path[path.length - 1] + " enabled").isFalse();
        javafx.application.Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aClickBesideTheOpenSuggestionsDoesWhatItClicksAtOnce(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Ben");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node suggestions = robot.lookup(".exercise-suggestions").query();
        assertThat(suggestions.getScene().getWindow().isShowing()).as("suggestions open").isTrue();
        // One click in the duration field (clear of the list): the list closes and the field takes the typing at once.
        robot.clickOn("#workout-duration").write("60");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(suggestions.getScene().getWindow().isShowing()).as("suggestions closed").isFalse();
        assertThat(robot.lookup("#workout-duration").queryAs(TextField.class).getText()).isEqualTo("60");
    }

    @Test
    void anUnknownNameAsksAndEscapePicksFromTheList(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Front Sqaut Pause").type(KeyCode.ENTER);
        assertThat(robot.lookup(".new-exercise-question").queryAs(Label.class).isVisible()).isTrue();
        // Esc: the list of near names opens with the first highlighted; Down moves on, Enter takes it.
        robot.type(KeyCode.ESCAPE);
        javafx.scene.control.ListView<?> list = robot.lookup(".exercise-suggestions").queryAs(javafx.scene.control.ListView.class);
        assertThat(list.getItems()).isNotEmpty();
        Object highlighted = list.getSelectionModel().getSelectedItem();
        robot.type(KeyCode.ENTER);
        TextField name = robot.lookup(".exercise-name").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo(highlighted);
        assertThat(robot.lookup(".new-exercise-question").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup(".set-weight").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void aNameLeftUnknownBlocksSavingAndSaysHowToAddIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Zercher Squat");
        ExerciseBlock block = robot.lookup(".exercise-block").queryAs(ExerciseBlock.class);
        robot.interact(() -> {
            block.startSets();
            block.setRows().get(0).weight.setText("100");
            block.setRows().get(0).reps.setText("5");
        });
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".problem").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Exercise 'Zercher Squat': not in your catalog; press Enter in its name to add it as a new exercise");
        assertThat(workouts.count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} in {1} shows \"{2}\" and saves nothing")
    @CsvSource(delimiter = '|', value = {
        "1200 | set-weight | Bench Press, set 1 — Weight: expected 0 to 1000 kg",
        "-5   | set-weight | Bench Press, set 1 — Weight: expected 0 to 1000 kg",
        "abc  | set-weight | Bench Press, set 1 — Weight: expected a number such as 7.5, got 'abc'",
        "0    | set-reps   | Bench Press, set 1 — Reps: a working set needs at least 1 rep",
        "-2   | set-reps   | Bench Press, set 1 — Reps: a working set needs at least 1 rep",
        "10.5 | set-rpe    | Bench Press, set 1 — RPE: expected 1 to 10, in steps of 0.5",
        "7.3  | set-rpe    | Bench Press, set 1 — RPE: expected 1 to 10, in steps of 0.5",
        "0.5  | set-rpe    | Bench Press, set 1 — RPE: expected 1 to 10, in steps of 0.5",
        "11   | set-rir    | Bench Press, set 1 — RIR: expected 0 to 10 reps in reserve",
        "-1   | set-rir    | Bench Press, set 1 — RIR: expected 0 to 10 reps in reserve",
    })
    void anInvalidSetFieldIsMarkedNamedAndBlocksSaving(String value, String field, String message, FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Bench Press").type(KeyCode.ENTER).write("100").type(KeyCode.TAB).write("5");
        TextField target = robot.lookup("." + field).queryAs(TextField.class);
        robot.interact(() -> target.setText(value));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".problem").queryAllAs(Label.class)).extracting(Label::getText).containsExactly(message);
        assertThat(target.getPseudoClassStates()).extracting(Object::toString).contains("danger");
        assertThat(robot.lookup("#save-workout").queryButton().isDisabled()).isTrue();
        assertThat(workouts.count()).isEqualTo(1);
    }

    @Test
    void aWorkoutDatedTomorrowIsRefused(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Bench Press").type(KeyCode.ENTER).write("100").type(KeyCode.TAB).write("5");
        WorkoutEditor editor = robot.lookup(".workout-editor").queryAs(WorkoutEditor.class);
        robot.interact(() -> editor.date.setValue(TODAY.plusDays(1)));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".problem").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Date: a workout cannot be in the future (today is Wed 14 May 2025)");
        assertThat(workouts.count()).isEqualTo(1);
    }

    @Test
    void aValidRpeHalfAndAnEmptyRirAreAccepted(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Bench Press").type(KeyCode.ENTER).write("100").type(KeyCode.TAB).write("5")
                .type(KeyCode.TAB).write("9.5");
        assertThat(robot.lookup(".problem").queryAll()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workouts.latest(TODAY, 1).get(0).sets().get(0).rpe()).isEqualTo(9.5);
    }

    @Test
    void oneHundredKgShownInPoundsAndSavedBackStaysExactlyOneHundredKg(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Settings pounds = new Settings(Settings.MassUnit.LB, Settings.TempUnit.C, true, 480, Settings.E1rmFormula.EPLEY, "",
                Settings.Theme.LIGHT, Settings.Paper.A4, 0.1);
        robot.interact(() -> settings.settingsProperty().set(pounds));
        robot.clickOn(robot.lookup(".workout-what").queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();

        // 100 kg × 2.20462262185 = 220.462… lb, shown at a 0.1 step as 220.5 (which is 100.0176 kg).
        List<TextField> weights = robot.lookup(".set-weight").queryAllAs(TextField.class).stream().toList();
        assertThat(weights).extracting(TextField::getText).containsExactly("132.3", "220.5", "308.6");
        // Copy the 100 kg set with Enter, then save untouched: no drift, in the original or the copy.
        robot.clickOn(weights.get(1)).type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Workout again = workouts.latest(TODAY, 1).get(0);
        assertThat(again.sets()).extracting(LiftSet::weightKg).containsExactly(60.0, 100.0, 100.0, 140.0);

        // A weight typed in pounds is stored as its kg: 225 lb = 225 / 2.20462262185 = 102.0582… kg.
        TextField squat = robot.lookup(".set-weight").queryAllAs(TextField.class).stream().toList().get(3);
        robot.doubleClickOn(squat).write("225");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workouts.latest(TODAY, 1).get(0).sets().get(3).weightKg()).isCloseTo(102.0582, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void theLiftsAndLoadTabsChartTheHistoryForEyesAndEars(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        // the newest workout opened with bench: 100 kg × 5 last week, Epley 100 × (1 + 5/30) = 116.67 kg
        TimeChart e1rm = robot.lookup("#e1rm-chart").queryAs(TimeChart.class);
        assertThat(e1rm.getAccessibleText()).isEqualTo("e1RM of Bench Press, 1 session, 116.7 kg");
        TimePlot plot = e1rm.plot();
        javafx.geometry.Point2D point = e1rm.pointFor(LAST_WEEK, 116.67, Axis.LEFT);
        assertThat(point.getX()).as("one day: its column is the whole plot")
                .isCloseTo((plot.left() + plot.right()) / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(e1rm.data().to()).as("the time axis ends at the last session").isEqualTo(LAST_WEEK);
        // The one session is a visible dot: the pixel at its point is not the chart's background.
        javafx.scene.image.Image image = WaitForAsyncUtils.asyncFx(() -> e1rm.snapshot(null, null)).get();
        assertThat(image.getPixelReader().getColor((int) point.getX(), (int) point.getY()))
                .isNotEqualTo(image.getPixelReader().getColor((int) point.getX() - 30, (int) point.getY()));

        robot.interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        // session RPE 7 × 60 min = 420 in the week of Monday 5 May; this week (12 May) has none yet
        TimeChart load = robot.lookup("#weekly-load-chart").queryAs(TimeChart.class);
        assertThat(load.data().series().get(0).points()).hasSize(26).contains(new DayValue(LocalDate.of(2025, 5, 5), 420));
        assertThat(load.getAccessibleText()).isEqualTo("Session load per week, 26 weeks, from 0 AU to 0 AU, highest 420 AU");
        robot.interact(load::requestFocus);
        robot.type(KeyCode.END);
        assertThat(load.hoverText()).isEqualTo("Mon 12 May 2025 – Sun 18 May 2025\nSession load: 0 AU");
        robot.type(KeyCode.LEFT);
        assertThat(load.hoverText()).isEqualTo("Mon 5 May 2025 – Sun 11 May 2025\nSession load: 420 AU");
        assertThat(load.getAccessibleHelp()).isEqualTo(load.hoverText());
    }
}
