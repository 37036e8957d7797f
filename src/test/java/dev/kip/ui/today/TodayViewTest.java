package dev.kip.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Appointment;
import dev.kip.domain.BodyMark;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Night;
import dev.kip.domain.SessionPain;
import dev.kip.domain.SetType;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import dev.kip.journal.AppointmentStore;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.SessionPainStore;
import dev.kip.journal.WorkoutStore;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.bodymap.BodyMap;
import dev.kip.ui.common.KipView;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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
class TodayViewTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T06:30:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    static Path dir;
    ViewHarness harness;
    Journal journal;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        harness.close();
    }

    TodayController controller;

    void show(FxRobot robot) {
        robot.interact(() -> {
            ViewLoader.Loaded<TodayController> today = new ViewLoader(harness.factory()).load("/dev/kip/ui/today/Today.fxml");
            controller = today.controller();
            ViewHarness.showOn(stage, today.root(), 1100, 800);
        });
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    static Night night(LocalDate date, String finalWake, int quality) {
        return new Night(date, LocalTime.of(23, 0), LocalTime.of(23, 0), 10, 1, 0, LocalTime.parse(finalWake),
                LocalTime.parse(finalWake).plusMinutes(10), quality, 4, false, "", ZoneId.of("Europe/Berlin"));
    }

    @Test
    void aMorningWithDataShowsLastNightTheBodyTrainingAndTheCheck(FxRobot robot) throws Exception {
        harness = ViewHarness.open(Files.createTempFile(dir, "today", ".db"), CLOCK);
        journal = harness.journal();
        NightStore nights = new NightStore(journal);
        // Last night: 23:00 → 06:40 less 10 min to fall asleep = 7 h 30 min asleep; in bed 23:00 → 06:50 = 470 min; SE 95.7 %.
        nights.put(night(TODAY, "06:40", 4));
        // The night before: 23:10 … 07:10 = 8 h asleep. 14-night average: (450 + 480) / 2 = 465 min.
        nights.put(night(TODAY.minusDays(1), "07:10", 3));
        BodyMarkStore marks = new BodyMarkStore(journal);
        marks.put(new BodyMark(TODAY, "FRONT.KNEE.L", SymptomKind.SORENESS, 5, "", false));
        marks.put(new BodyMark(TODAY, "BACK.CALF.R", SymptomKind.PAIN, 3, "", false));
        ExerciseStore exercises = new ExerciseStore(journal);
        long squat = exercises.byName("Back Squat").orElseThrow().id();
        long bench = exercises.byName("Bench Press").orElseThrow().id();
        long deadlift = exercises.byName("Deadlift").orElseThrow().id();
        WorkoutStore workouts = new WorkoutStore(journal);
        workouts.insert(new Workout(null, TODAY.minusDays(5), null, 50, 7.0, false, "Pull", "", null, null,
                List.of(new LiftSet(deadlift, 1, SetType.WORKING, 160.0, 3, null, null))));
        workouts.insert(new Workout(null, TODAY.minusDays(1), null, 60, 7.0, false, "Lower", "", null, null,
                List.of(new LiftSet(squat, 1, SetType.WORKING, 120.0, 5, null, null),
                        new LiftSet(bench, 1, SetType.WORKING, 80.0, 5, null, null))));
        show(robot);

        assertThat(text(robot, "#view-today .title-1")).isEqualTo("Good morning — Monday 23 November");
        assertThat(text(robot, "#today-tst")).isEqualTo("7 h 30 min");
        assertThat(text(robot, "#today-se")).isEqualTo("96 %");
        assertThat(text(robot, "#today-quality")).isEqualTo("4 / 5");
        assertThat(text(robot, "#today-night-note")).isEqualTo("15 min less sleep than your 14-night average.");
        BodyMap map = robot.lookup("#today-body-map").queryAs(BodyMap.class);
        assertThat(map.isInteractive()).isFalse();
        assertThat(map.levelsOf("FRONT.KNEE.L").soreness()).isEqualTo(5);
        assertThat(map.levelsOf("BACK.CALF.R").pain()).isEqualTo(3);
        assertThat(text(robot, "#today-body-note")).isEqualTo("1 region sore, 1 in pain today.");
        assertThat(text(robot, "#today-last-session"))
                .isEqualTo("Last session: yesterday, Lower — Back Squat, Bench Press (session RPE 7.0)");
        assertThat(text(robot, "#today-since-lifts")).contains("Back Squat 1 d ago", "Deadlift 5 d ago");
        assertThat(text(robot, "#today-next")).isEqualTo("Next up: Deadlift, the main lift you trained longest ago (5 days).");
        assertThat(robot.lookup(".recovery-chip").queryAll()).hasSize(7);
        Button shortSleep = robot.lookup("#rule-short-sleep").queryAs(Button.class);
        assertThat(shortSleep.isFocusTraversable()).isTrue();
        assertThat(shortSleep.getTooltip().getText()).contains("Enter or click for the data behind it");
        assertThat(text(robot, "#recovery-headline")).isNotBlank();

        // Enter on a focused chip opens the rule: what it found, its threshold, the nights behind it, the studies.
        robot.interact(shortSleep::requestFocus);
        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#rule-detail-finding")).startsWith("Not enough data: needs at least 4 of the last 7 nights");
        assertThat(text(robot, "#rule-detail-threshold")).startsWith("Acts at 3 of the last 7 nights under 7 h");
        assertThat(robot.lookup("#rule-detail-data").queryListView().getItems())
                .containsExactly("Sun 22 Nov: 8 h asleep", "Mon 23 Nov: 7 h 30 min asleep");
        assertThat(robot.lookup("#rule-detail .source-reference").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("• Watson NF, Badr MS, Belenky G, et al. (2015). Recommended amount of sleep"));
        robot.clickOn("Close");
        robot.clickOn("#recovery-sources");
        assertThat(robot.lookup("#recovery-sources-list .source-reference").queryAll()).hasSizeGreaterThan(3);
        robot.clickOn("Close");
        // The shell builds the other views only after this, so that Today's data never wait for them.
        assertThat(controller.firstLoad().toCompletableFuture()).isCompleted();
    }

    @Test
    void todaysDataAreAskedForOnceBuiltAndTheScrollPaneJoinsAfterTheFirstFrame(FxRobot robot) throws Exception {
        harness = ViewHarness.open(Files.createTempFile(dir, "first", ".db"), CLOCK);
        journal = harness.journal();
        ViewLoader.Loaded<TodayController> today = new ViewLoader(harness.factory()).load("/dev/kip/ui/today/Today.fxml");
        // Built, not yet shown: the data were asked for at once (a same-thread executor has answered),
        // so the cards are in; the scroll pane joins after the first frame, and the recovery check
        // (the end of the first load) waits for the frame that lays the cards out.
        assertThat(today.root().lookup("#today-night")).isNotNull();
        assertThat(today.root().lookup(".scroll-pane")).isNull();
        assertThat(today.controller().firstLoad().toCompletableFuture()).isNotDone();
        robot.interact(() -> ViewHarness.showOn(stage, today.root(), 1100, 800));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> today.controller().firstLoad().toCompletableFuture().isDone());
        assertThat(robot.lookup("#view-today .scroll-pane #today-night").tryQuery()).isPresent();
        assertThat(text(robot, "#today-summary")).startsWith("Your journal is empty.");
    }

    @Test
    void anEmptyJournalSaysWhatToDoFirstAndTheButtonsNavigate(FxRobot robot) throws Exception {
        harness = ViewHarness.open(Files.createTempFile(dir, "empty", ".db"), CLOCK);
        journal = harness.journal();
        show(robot);
        assertThat(text(robot, "#today-summary")).startsWith("Your journal is empty. Start by logging last night's sleep");
        assertThat(text(robot, "#today-night-note")).startsWith("Last night isn't logged yet.");
        assertThat(text(robot, "#today-body-note")).startsWith("Nothing marked today.");
        assertThat(text(robot, "#today-last-session")).startsWith("No workouts yet.");
        assertThat(robot.lookup("#today-body-map").tryQuery()).isEmpty();
        robot.clickOn("#log-night");
        robot.clickOn("#mark-body");
        robot.clickOn("#log-workout");
        assertThat(harness.navigated()).containsExactly(KipView.SLEEP, KipView.BODY, KipView.TRAINING);
    }

    @Test
    void theNextAppointmentAndThePainMonitoringOutcomeShowWithTheirSource(FxRobot robot) throws Exception {
        harness = ViewHarness.open(Files.createTempFile(dir, "physio", ".db"), CLOCK);
        journal = harness.journal();
        new AppointmentStore(journal).add(new Appointment(null, TODAY.plusDays(3), "knee review"));
        // Pain 2 on the left knee the morning of a squat session, 6 during it, 4 this morning: two conditions broken.
        BodyMarkStore marks = new BodyMarkStore(journal);
        marks.put(new BodyMark(TODAY.minusDays(1), "FRONT.KNEE.L", SymptomKind.PAIN, 2, "", false));
        marks.put(new BodyMark(TODAY, "FRONT.KNEE.L", SymptomKind.PAIN, 4, "", false));
        long squat = new ExerciseStore(journal).byName("Back Squat").orElseThrow().id();
        Workout w = new WorkoutStore(journal).insert(new Workout(null, TODAY.minusDays(1), null, 60, 7.0, false, "Lower", "", null,
                null, List.of(new LiftSet(squat, 1, SetType.WORKING, 100.0, 5, null, null))));
        new SessionPainStore(journal).replace(w.id(), List.of(new SessionPain("FRONT.KNEE.L", 6)));
        show(robot);

        assertThat(text(robot, "#today-appointment"))
                .isEqualTo("Next physiotherapy appointment in 3 days: Thursday 26 November (knee review).");
        assertThat(text(robot, "#today-pain-model")).startsWith("After the session of Sunday 22 Nov:")
                .contains("Left knee — Outside the pain-monitoring model: 6 during (above 5), 4 the next morning (usual 2)");
        assertThat(text(robot, "#today-pain-model-why")).contains("Silbernagel").endsWith("Not a diagnosis.");
    }

    @Test
    void withNoAppointmentAndNoPainfulSessionThereIsNoPhysioCard(FxRobot robot) throws Exception {
        harness = ViewHarness.open(Files.createTempFile(dir, "nophysio", ".db"), CLOCK);
        journal = harness.journal();
        new AppointmentStore(journal).add(new Appointment(null, TODAY.minusDays(3), "past"));
        show(robot);
        assertThat(robot.lookup("#today-physio").query().isVisible()).isFalse();
    }
}
