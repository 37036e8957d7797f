package dev.kip.ui.body;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.kip.body.BodyGeometry;
import dev.kip.body.RegionShape;
import dev.kip.domain.BodyMark;
import dev.kip.domain.PainCharacter;
import dev.kip.domain.PainDetails;
import dev.kip.domain.PainTiming;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.TrainingEffect;
import dev.kip.insight.DayValue;
import dev.kip.insight.Evidence;
import dev.kip.domain.LiftSet;
import dev.kip.domain.SessionPain;
import dev.kip.domain.SetType;
import dev.kip.domain.Workout;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.SessionPainStore;
import dev.kip.journal.WorkoutStore;
import dev.kip.service.PhysioService;
import dev.kip.journal.Journal;
import dev.kip.style.ColorScheme;
import dev.kip.style.Rgb;
import dev.kip.style.Role;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.bodymap.BodyMap;
import dev.kip.ui.chart.Axis;
import dev.kip.ui.chart.TimeChart;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BodyViewTest {
    /** Monday 23 November 2026, 07:30 in Berlin. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T06:30:00Z"), ZoneId.of("Europe/Berlin"));
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final LocalDate SUNDAY = MONDAY.minusDays(1);
    static final String LEFT_KNEE = "FRONT.KNEE.L";
    static final String RIGHT_QUADS = "FRONT.QUADRICEPS.R";
    static final String RIGHT_CALF = "BACK.CALF.R";

    @TempDir
    static Path dir;
    private ViewHarness harness;
    private Journal journal;
    private BodyMarkStore store;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        harness = ViewHarness.open(dir.resolve("body-" + System.nanoTime() + ".db"), CLOCK);
        journal = harness.journal();
        store = new BodyMarkStore(journal);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    /** Loads the view on the journal as it is now (tests seed marks first). */
    private void open(FxRobot robot) {
        harness.show(robot, stage, "/dev/kip/ui/body/Body.fxml", 1200, 780);
    }

    private static BodyMark mark(LocalDate d, String region, SymptomKind kind, int level) {
        return new BodyMark(d, region, kind, level, "", false);
    }

    private BodyMap map(FxRobot robot) {
        return robot.lookup("#body-map").queryAs(BodyMap.class);
    }

    private Node regionNode(FxRobot robot, String regionId) {
        return map(robot).regionNode(regionId).orElseThrow();
    }

    private void clickRegion(FxRobot robot, String regionId) {
        RegionShape shape = BodyGeometry.load().region(regionId).orElseThrow();
        robot.clickOn(regionNode(robot, regionId).localToScreen(shape.labelX(), shape.labelY()));
    }

    private List<String> levelClasses(FxRobot robot, String regionId) {
        return regionNode(robot, regionId).getStyleClass().stream()
                .filter(c -> c.startsWith("sore-") || c.startsWith("pain-") || c.equals("has-pain")).sorted().toList();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void clickARegionAndTypeADigit_fillsItAndSavesTheMark(FxRobot robot) {
        open(robot);
        assertThat(levelClasses(robot, LEFT_KNEE)).isEmpty();
        clickRegion(robot, LEFT_KNEE);
        assertThat(text(robot, "#region-name")).isEqualTo("Left knee (front)");
        robot.type(KeyCode.DIGIT4);

        assertThat(levelClasses(robot, LEFT_KNEE)).containsExactly("sore-4");
        assertThat(store.on(MONDAY)).containsExactly(mark(MONDAY, LEFT_KNEE, SymptomKind.SORENESS, 4));
        assertThat(robot.lookup("#level-slider").queryAs(Slider.class).getValue()).isEqualTo(4);
        assertThat(text(robot, "#body-status")).isEqualTo("Saved soreness 4 for left knee.");
        assertThat(map(robot).levelsOf(LEFT_KNEE).soreness()).isEqualTo(4);
    }

    @Test
    void changingTheKindMarksPainBesideSoreness(FxRobot robot) {
        open(robot);
        clickRegion(robot, LEFT_KNEE);
        robot.type(KeyCode.DIGIT3);
        robot.clickOn("#kind-pain");
        assertThat(robot.lookup("#level-slider").queryAs(Slider.class).getValue()).as("no pain mark yet").isZero();
        clickRegion(robot, LEFT_KNEE);
        robot.type(KeyCode.DIGIT7);

        // pain stripes fill the region, the soreness colour draws its outline
        assertThat(levelClasses(robot, LEFT_KNEE)).containsExactly("has-pain", "pain-7", "sore-3");
        assertThat(store.on(MONDAY)).containsExactly(
                mark(MONDAY, LEFT_KNEE, SymptomKind.PAIN, 7),
                mark(MONDAY, LEFT_KNEE, SymptomKind.SORENESS, 3));
        robot.clickOn("#kind-soreness");
        assertThat(robot.lookup("#level-slider").queryAs(Slider.class).getValue()).isEqualTo(3);
    }

    @Test
    void noteAndNextMorningAreSavedWithTheMark(FxRobot robot) {
        open(robot);
        clickRegion(robot, RIGHT_QUADS);
        robot.type(KeyCode.DIGIT5);
        robot.clickOn("#note").write("front squats").type(KeyCode.ENTER);
        robot.clickOn("#next-morning .thumb-area");
        assertThat(store.on(MONDAY)).containsExactly(new BodyMark(MONDAY, RIGHT_QUADS, SymptomKind.SORENESS, 5, "front squats", true));
    }

    @Test
    void deleteOnTheMapAndTheClearButtonEachClearARegionInOneAction(FxRobot robot) {
        store.putAll(List.of(mark(MONDAY, LEFT_KNEE, SymptomKind.SORENESS, 4), mark(MONDAY, LEFT_KNEE, SymptomKind.PAIN, 2),
                mark(MONDAY, RIGHT_CALF, SymptomKind.SORENESS, 6)));
        open(robot);
        clickRegion(robot, LEFT_KNEE);
        robot.type(KeyCode.DELETE);
        assertThat(levelClasses(robot, LEFT_KNEE)).isEmpty();
        assertThat(store.on(MONDAY)).containsExactly(mark(MONDAY, RIGHT_CALF, SymptomKind.SORENESS, 6));

        clickRegion(robot, RIGHT_CALF);
        robot.clickOn("#clear-region");
        assertThat(levelClasses(robot, RIGHT_CALF)).isEmpty();
        assertThat(store.on(MONDAY)).isEmpty();
    }

    @Test
    void steppingDaysChangesTheTitleAndShowsThatDaysMarks(FxRobot robot) {
        store.put(mark(SUNDAY, RIGHT_CALF, SymptomKind.SORENESS, 6));
        store.put(mark(MONDAY, LEFT_KNEE, SymptomKind.PAIN, 2));
        open(robot);
        assertThat(text(robot, "#body-day")).isEqualTo("Monday 23 November 2026");
        assertThat(robot.lookup("#day-next").queryAs(Button.class).isDisabled()).as("no marks in the future").isTrue();
        assertThat(levelClasses(robot, RIGHT_CALF)).isEmpty();

        robot.clickOn("#day-previous");
        assertThat(text(robot, "#body-day")).isEqualTo("Sunday 22 November 2026");
        assertThat(levelClasses(robot, RIGHT_CALF)).containsExactly("sore-6");
        assertThat(levelClasses(robot, LEFT_KNEE)).isEmpty();

        robot.type(KeyCode.PAGE_UP);
        assertThat(text(robot, "#body-day")).isEqualTo("Saturday 21 November 2026");
        assertThat(levelClasses(robot, RIGHT_CALF)).isEmpty();

        clickRegion(robot, RIGHT_CALF);
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(text(robot, "#body-day")).as("Alt+Right steps the day, not the focus").isEqualTo("Sunday 22 November 2026");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(text(robot, "#body-day")).isEqualTo("Monday 23 November 2026");
        assertThat(levelClasses(robot, LEFT_KNEE)).containsExactly("has-pain", "pain-2");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(text(robot, "#body-day")).as("never past today").isEqualTo("Monday 23 November 2026");
    }

    @Test
    void copyYesterdayAddsOnlyWhatTodayLacks(FxRobot robot) {
        store.putAll(List.of(mark(SUNDAY, LEFT_KNEE, SymptomKind.PAIN, 5), mark(SUNDAY, RIGHT_CALF, SymptomKind.SORENESS, 6)));
        store.put(mark(MONDAY, LEFT_KNEE, SymptomKind.PAIN, 2));
        open(robot);
        robot.clickOn("#copy-yesterday");

        assertThat(store.on(MONDAY)).containsExactly(
                mark(MONDAY, RIGHT_CALF, SymptomKind.SORENESS, 6),
                mark(MONDAY, LEFT_KNEE, SymptomKind.PAIN, 2));
        assertThat(levelClasses(robot, RIGHT_CALF)).containsExactly("sore-6");
        assertThat(text(robot, "#body-status")).isEqualTo("Copied 1 mark from the day before.");
        robot.clickOn("#copy-yesterday");
        assertThat(text(robot, "#body-status")).startsWith("Nothing to copy");
    }

    /** Right quads sore 5, 6, 5, 4 on 20–23 Nov; pain 2 on 1 Oct; pain 3 on 1 Aug, before the 90 days (26 Aug – 23 Nov). */
    private void seedQuadsHistory() {
        store.putAll(List.of(
                mark(LocalDate.of(2026, 8, 1), RIGHT_QUADS, SymptomKind.PAIN, 3),
                mark(LocalDate.of(2026, 10, 1), RIGHT_QUADS, SymptomKind.PAIN, 2),
                mark(LocalDate.of(2026, 11, 20), RIGHT_QUADS, SymptomKind.SORENESS, 5),
                mark(LocalDate.of(2026, 11, 21), RIGHT_QUADS, SymptomKind.SORENESS, 6),
                mark(LocalDate.of(2026, 11, 22), RIGHT_QUADS, SymptomKind.SORENESS, 5),
                mark(MONDAY, RIGHT_QUADS, SymptomKind.SORENESS, 4),
                mark(MONDAY, LEFT_KNEE, SymptomKind.SORENESS, 2)));
    }

    @Test
    void theHistoryChartShowsTheSelectedRegionsLast90Days(FxRobot robot) {
        seedQuadsHistory();
        open(robot);
        clickRegion(robot, RIGHT_QUADS);
        TimeChart chart = robot.lookup("#history-chart").queryAs(TimeChart.class);

        assertThat(plotted(chart, "Soreness")).isEqualTo(Map.of(
                LocalDate.of(2026, 11, 20), 5, LocalDate.of(2026, 11, 21), 6, LocalDate.of(2026, 11, 22), 5, MONDAY, 4));
        assertThat(plotted(chart, "Pain")).isEqualTo(Map.of(LocalDate.of(2026, 10, 1), 2));
        assertThat(chart.data().from()).isEqualTo(LocalDate.of(2026, 8, 26));
        assertThat(text(robot, "#streak")).isEqualTo("Soreness above 3: 4 days in a row");
        assertThat(chart.getAccessibleText()).isEqualTo("Right quadriceps, last 90 days: Soreness, 4 days, from 5 to 4, highest 6; Pain, 1 day, 2");

        // the point is drawn: today's soreness dot has the soreness colour
        Point2D p = chart.pointFor(MONDAY, 4, Axis.LEFT);
        WritableImage shot = WaitForAsyncUtils.waitForAsyncFx(5000, () -> chart.snapshot(null, null));
        Color pixel = shot.getPixelReader().getColor((int) p.getX(), (int) p.getY());
        assertThat(pixel.getRed()).as("orange soreness dot at %s", p).isGreaterThan(0.6);
        assertThat(pixel.getBlue()).isLessThan(0.3);

        clickRegion(robot, LEFT_KNEE);
        assertThat(plotted(chart, "Soreness")).isEqualTo(Map.of(MONDAY, 2));
        assertThat(text(robot, "#streak")).isEqualTo("Not above 3 on this day.");
    }

    /** The levels a history series draws, by day. */
    private static Map<LocalDate, Integer> plotted(TimeChart chart, String series) {
        return chart.data().series().stream().filter(s -> s.name().equals(series)).findFirst().orElseThrow().points().stream()
                .collect(Collectors.toMap(DayValue::date, v -> (int) v.value()));
    }

    @Test
    void theFlagsCardShowsLastingSorenessWithItsSource(FxRobot robot) {
        seedQuadsHistory();
        open(robot);
        List<String> flagTexts = robot.lookup("#flags .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(flagTexts).contains(
                "Soreness 4, above 3 for 4 days in a row (more than 72 h): longer than usual.",
                "Why: " + Evidence.RECOVERY_SIGNS.why());
        assertThat(flagTexts).noneMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("design notes"));
        assertThat(robot.lookup("#flags .hyperlink").queryLabeled().getText()).isEqualTo("Soreness lasting — Right quadriceps");
        assertThat(map(robot).getSelectedRegion()).as("the view opens on the day's most severe region").isEqualTo(RIGHT_QUADS);

        robot.clickOn("#day-previous");
        assertThat(robot.lookup("#flags .label").queryAllAs(Label.class)).extracting(Label::getText)
                .as("three days above 3 is not yet more than 72 h").containsExactly("No flags on this day.");

        clickRegion(robot, LEFT_KNEE);
        robot.clickOn("#day-next");
        robot.clickOn("#flags .hyperlink");
        assertThat(map(robot).getSelectedRegion()).isEqualTo(RIGHT_QUADS);
    }

    @Test
    void ctrlDigitGoesToTheWindowsShortcutAndWritesNoMark(FxRobot robot) {
        open(robot);
        List<String> shortcuts = new ArrayList<>();
        robot.interact(() -> stage.getScene().getAccelerators().put(
                new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.CONTROL_DOWN), () -> shortcuts.add("Ctrl+1")));
        clickRegion(robot, LEFT_KNEE);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(shortcuts).containsExactly("Ctrl+1");
        assertThat(store.on(MONDAY)).isEmpty();
    }

    @Test
    void aMissedClickClearsTheSelectionAndTheNextDigitChangesNothing(FxRobot robot) {
        open(robot);
        clickRegion(robot, "FRONT.QUADRICEPS.L");
        robot.type(KeyCode.DIGIT6);
        // between the knees: on the figure, on no region
        robot.clickOn(regionNode(robot, LEFT_KNEE).localToScreen(120, 410));
        assertThat(map(robot).getSelectedRegion()).isNull();
        robot.type(KeyCode.DIGIT4);
        assertThat(store.on(MONDAY)).containsExactly(mark(MONDAY, "FRONT.QUADRICEPS.L", SymptomKind.SORENESS, 6));
        assertThat(text(robot, "#body-status")).isEqualTo("No region is selected: click one, or Tab to it, then type the level.");
        assertThat(text(robot, "#region-name")).startsWith("Choose a region");
    }

    @Test
    void painModeEndsWithTheRegionAndPKeyChoosesIt(FxRobot robot) {
        open(robot);
        clickRegion(robot, "BACK.LOWER_BACK.L");
        robot.type(KeyCode.P).type(KeyCode.DIGIT5);
        assertThat(robot.lookup("#kind-pain").queryAs(ToggleButton.class).isSelected()).isTrue();
        clickRegion(robot, LEFT_KNEE);
        assertThat(robot.lookup("#kind-soreness").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.type(KeyCode.DIGIT3);
        assertThat(store.on(MONDAY)).containsExactly(
                mark(MONDAY, "BACK.LOWER_BACK.L", SymptomKind.PAIN, 5),
                mark(MONDAY, LEFT_KNEE, SymptomKind.SORENESS, 3));

        robot.clickOn("#kind-pain");
        clickRegion(robot, LEFT_KNEE);
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT0);
        assertThat(store.on(MONDAY)).contains(mark(MONDAY, LEFT_KNEE, SymptomKind.PAIN, 10));
        assertThat(text(robot, "#body-status")).isEqualTo("Saved pain 10 for left knee.");
    }

    @Test
    void theModeToggleAndTheLevelSliderShowAFocusRing(FxRobot robot) {
        open(robot);
        clickRegion(robot, LEFT_KNEE);
        for (String id : List.of("#kind-pain", "#level-slider")) {
            Node control = robot.lookup(id).query();
            Region ringed = id.equals("#level-slider") ? (Region) control.lookup(".thumb") : (Region) control;
            robot.interact(control::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(control.isFocused()).isTrue();
            assertThat(ringed.getBorder()).as("%s has a ring when focused", id).isNotNull();
            BorderStroke ring = ringed.getBorder().getStrokes().get(0);
            assertThat(ring.getWidths().getTop()).as(id).isGreaterThanOrEqualTo(2);
            Color c = (Color) ring.getTopStroke();
            Rgb rgb = new Rgb((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
            assertThat(rgb.contrast(Role.BACKGROUND.in(ColorScheme.LIGHT))).as(id).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void painDetailsAreOneClickOrOneKeyEachAndSavedWithThePainMark(FxRobot robot) {
        open(robot);
        clickRegion(robot, LEFT_KNEE);
        assertThat(robot.lookup("#pain-details").query().isVisible()).as("soreness has no details").isFalse();
        robot.type(KeyCode.P).type(KeyCode.DIGIT5);
        assertThat(robot.lookup("#pain-details").query().isVisible()).isTrue();
        robot.clickOn("Sharp");
        // from the map, Alt and the letter shown: W for "On waking", M for "Training modified"
        clickRegion(robot, LEFT_KNEE);
        robot.press(KeyCode.ALT, KeyCode.W).release(KeyCode.W, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT);
        assertThat(store.on(MONDAY)).containsExactly(new BodyMark(MONDAY, LEFT_KNEE, SymptomKind.PAIN, 5, "", false,
                new PainDetails(PainCharacter.SHARP, PainTiming.ON_WAKING, TrainingEffect.MODIFIED)));
        // a second click takes a detail back
        robot.clickOn("Sharp");
        assertThat(store.on(MONDAY).get(0).details().character()).isNull();
        // the level keeps the details; Alt+M again takes "modified" back
        clickRegion(robot, LEFT_KNEE);
        robot.press(KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT);
        assertThat(store.on(MONDAY).get(0).details().effect()).isNull();
        robot.press(KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT);
        robot.type(KeyCode.DIGIT3);
        assertThat(store.on(MONDAY).get(0).details()).isEqualTo(new PainDetails(null, PainTiming.ON_WAKING, TrainingEffect.MODIFIED));
    }

    @Test
    void theSelectedRegionShowsItsLatestPainMonitoringCheckWithItsSource(FxRobot robot) {
        store.putAll(List.of(mark(SUNDAY, LEFT_KNEE, SymptomKind.PAIN, 3), mark(MONDAY, LEFT_KNEE, SymptomKind.PAIN, 3)));
        open(robot);
        clickRegion(robot, RIGHT_CALF);
        assertThat(text(robot, "#monitoring")).isEqualTo("No session in the last four weeks loaded this region while it hurt.");
        assertThat(text(robot, "#monitoring-why")).contains("Silbernagel et al. 2007", "Not a diagnosis");

        // a squat on Sunday (it loads the knees), 4 during it; 3 that morning and 3 the next
        long squat = new ExerciseStore(journal).byName("Back Squat").orElseThrow().id();
        Workout w = new WorkoutStore(journal).insert(new Workout(null, SUNDAY, null, 60, 7.0, false, "", "", null, null,
                List.of(new LiftSet(squat, 1, SetType.WORKING, 100.0, 5, null, null))));
        new SessionPainStore(journal).replace(w.id(), List.of(new SessionPain(LEFT_KNEE, 4)));
        robot.clickOn("#day-previous");
        robot.clickOn("#day-next");
        clickRegion(robot, LEFT_KNEE);
        assertThat(text(robot, "#monitoring")).isEqualTo("After the session of Sunday 22 November: Pain-monitoring model not"
                + " complete: 4 during, 3 the next morning (usual 3); no marks the week before.");
    }

    @Test
    void thePainFeltDuringTheCheckedSessionIsEnteredBesideTheCheck(FxRobot robot) {
        // pain 2 on the left knee on Sunday morning and 2 today; a squat on Sunday with no pain-during reading
        store.putAll(List.of(mark(SUNDAY, LEFT_KNEE, SymptomKind.PAIN, 2), mark(MONDAY, LEFT_KNEE, SymptomKind.PAIN, 2)));
        long squat = new ExerciseStore(journal).byName("Back Squat").orElseThrow().id();
        Workout w = new WorkoutStore(journal).insert(new Workout(null, SUNDAY, null, 60, 7.0, false, "", "", null, null,
                List.of(new LiftSet(squat, 1, SetType.WORKING, 100.0, 5, null, null))));
        open(robot);
        clickRegion(robot, RIGHT_CALF);
        assertThat(robot.lookup("#session-pain-row").query().isVisible()).as("no check, nothing to enter").isFalse();
        clickRegion(robot, LEFT_KNEE);
        assertThat(text(robot, "#monitoring")).contains("no pain-during rating");
        robot.interact(() -> robot.lookup("#session-pain-level").<Integer>queryComboBox().setValue(7));
        robot.clickOn("#session-pain-save");

        assertThat(new SessionPainStore(journal).of(w.id())).containsExactly(new SessionPain(LEFT_KNEE, 7));
        assertThat(text(robot, "#body-status")).isEqualTo("Saved pain 7 in left knee during the session of Sunday 22 November.");
        assertThat(text(robot, "#monitoring")).startsWith("After the session of Sunday 22 November: Outside the pain-monitoring"
                + " model: 7 during (above 5)");
    }
}
