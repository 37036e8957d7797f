package dev.kip.ui.trends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.BodyMark;
import dev.kip.domain.DeviceNight;
import dev.kip.domain.LiftChoice;
import dev.kip.domain.Settings;
import dev.kip.domain.SymptomKind;
import dev.kip.insight.Correlation;
import dev.kip.insight.SleepPerformancePair;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.DeviceNightStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.SettingsStore;
import dev.kip.journal.TrendsFixture;
import dev.kip.service.JournalExecutor;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.chart.HeatStripChart;
import dev.kip.ui.chart.LagBars;
import dev.kip.ui.chart.ScatterPlot;
import dev.kip.ui.chart.Series;
import dev.kip.ui.chart.TimeChart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
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

/** The Trends view on a constructed journal (a night every day, a session every other day), all on one thread. */
@ExtendWith(ApplicationExtension.class)
class TrendsViewTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T06:30:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    static Path dir;
    ViewHarness harness;
    Journal journal;
    Stage stage;
    TrendsController controller;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    /** Writes {@code days} of the fixture plus two sore regions, then shows the view. */
    void show(FxRobot robot, int days) throws Exception {
        harness = ViewHarness.open(Files.createTempFile(dir, "trends", ".db"), CLOCK);
        journal = harness.journal();
        TrendsFixture.write(journal, TODAY, days);
        BodyMarkStore marks = new BodyMarkStore(journal);
        marks.put(new BodyMark(TODAY.minusDays(3), "FRONT.QUADRICEPS.L", SymptomKind.SORENESS, 5, "", false));
        marks.put(new BodyMark(TODAY.minusDays(70), "BACK.LOWER_BACK.R", SymptomKind.PAIN, 4, "", false));
        reload(robot);
    }

    void reload(FxRobot robot) {
        controller = harness.<TrendsController>show(robot, stage, "/dev/kip/ui/trends/Trends.fxml", 1100, 900).controller();
    }

    static <T extends javafx.scene.Node> T chart(FxRobot robot, String id, Class<T> type) {
        return robot.lookup(id).queryAs(type);
    }

    @Test
    void aNightOfTimeInBedOnlyIsLeftOutOfTheChartsAndSaidSo(FxRobot robot) throws Exception {
        harness = ViewHarness.open(Files.createTempFile(dir, "trends", ".db"), CLOCK);
        journal = harness.journal();
        TrendsFixture.write(journal, TODAY, 30);
        LocalDate phoneOnly = TODAY.minusDays(40);
        new DeviceNightStore(journal).insertIfAbsent(new DeviceNight(phoneOnly, "phone", phoneOnly.minusDays(1).atTime(23, 0),
                phoneOnly.atTime(6, 30), 450, null, 0, 0, 0, 0));
        reload(robot);

        Label note = robot.lookup("#sleep-left-out").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).startsWith("1 night is left out of the sleep figures");
        assertThat(chart(robot, "#chart-overlay", TimeChart.class).data().series().get(0).points())
                .noneMatch(p -> p.date().equals(phoneOnly));
    }

    @Test
    void changingTheRangeUpdatesEveryChartAndIsRemembered(FxRobot robot) throws Exception {
        show(robot, 140);
        // Default 12 weeks: 1 Sep … 23 Nov, 42 sessions, each with the night before logged.
        TimeChart overlay = chart(robot, "#chart-overlay", TimeChart.class);
        assertThat(overlay.data().from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(chart(robot, "#chart-scatter", ScatterPlot.class).pairs()).hasSize(42);
        assertThat(chart(robot, "#chart-lags", LagBars.class).correlations().get(0).n()).isEqualTo(42);
        assertThat(chart(robot, "#chart-heat", HeatStripChart.class).regionIds())
                .containsExactly("FRONT.QUADRICEPS.L", "BACK.LOWER_BACK.R");

        robot.clickOn("#range-4w");
        // 4 weeks: 27 Oct … 23 Nov, 14 sessions; the pain 70 days ago drops out of the strip.
        LocalDate from = LocalDate.of(2026, 10, 27);
        assertThat(overlay.data().from()).isEqualTo(from);
        assertThat(overlay.data().series().get(0).points()).hasSize(28).allMatch(p -> !p.date().isBefore(from));
        TimeChart debt = chart(robot, "#chart-debt", TimeChart.class);
        assertThat(debt.data().from()).isEqualTo(from);
        assertThat(debt.data().series().get(0).points()).isNotEmpty().allMatch(p -> !p.date().isBefore(from));
        assertThat(chart(robot, "#chart-scatter", ScatterPlot.class).pairs()).hasSize(14)
                .allMatch(p -> !p.date().isBefore(from));
        assertThat(chart(robot, "#chart-lags", LagBars.class).correlations().get(0).n()).isEqualTo(14);
        assertThat(chart(robot, "#chart-heat", HeatStripChart.class).regionIds()).containsExactly("FRONT.QUADRICEPS.L");
        assertThat(robot.lookup("#range-label").queryAs(Label.class).getText()).isEqualTo("27 Oct 2026 – 23 Nov 2026");
        assertThat(new SettingsStore(journal).get("trends.range")).contains("W4");

        reload(robot);
        assertThat(chart(robot, "#chart-overlay", TimeChart.class).data().from()).isEqualTo(from);
    }

    @Test
    void theVerdictFollowsTheIntervalAndOnlyStandOutNightsAreColoured(FxRobot robot) throws Exception {
        show(robot, 140);
        // In the fixture the weight on the bar follows the night before: its interval lies above zero.
        assertThat(robot.lookup("#trends-verdict").queryAs(Label.class).getText()).startsWith("Sessions after longer sleep"
                + " tended to be stronger in these 12 weeks (42 sessions; the 95 % interval lies above zero)");
        assertThat(robot.lookup("#trends-caution").queryAs(Label.class).getText()).startsWith("Four nights are compared, so"
                + " one of them can look strong by chance alone");
        LagBars lags = chart(robot, "#chart-lags", LagBars.class);
        assertThat(lags.standOut()).contains(0).allMatch(lag -> {
            Correlation c = lags.correlations().get(lag);
            return c.ciLow() > 0 || c.ciHigh() < 0;
        });
        assertThat(robot.lookup("#explain-strength").queryAs(Label.class).getText()).startsWith("Strength index (right axis):")
                .contains("56 days before", "100 % means as strong as your recent best");
        assertThat(robot.lookup("#explain-rho").queryAs(Label.class).getText()).startsWith("How closely two measures rise")
                .contains("— Spearman's rank correlation (ρ).", "sessions that had sleep logged");
        assertThat(robot.lookup("#explain-interval").queryAs(Label.class).getText()).contains("bootstrap",
                "— 95 % confidence interval.");
        assertThat(robot.lookup("#explain-debt").queryAs(Label.class).getText()).contains("— Sleep debt.",
                "standard deviation (SD)");
        assertThat(robot.lookup("#explain-overlay").queryAs(Label.class).getText()).contains("7-night mean: the average");
    }

    @Test
    void aYearIsDrawnAsWeeklyMeansWithTheirLowestAndHighest(FxRobot robot) throws Exception {
        show(robot, 400);
        robot.clickOn("#range-1y");
        TimeChart overlay = chart(robot, "#chart-overlay", TimeChart.class);
        Series sleep = overlay.data().series().get(0);
        assertThat(sleep.name()).isEqualTo("Sleep, weekly mean");
        assertThat(sleep.mark()).isInstanceOf(Series.Band.class);
        Series.Band band = (Series.Band) sleep.mark();
        assertThat(sleep.points()).hasSizeBetween(52, 54);
        for (int i = 0; i < sleep.points().size(); i++) {
            assertThat(sleep.points().get(i).date().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            assertThat(band.lows().get(i).value()).isLessThanOrEqualTo(sleep.points().get(i).value());
            assertThat(band.highs().get(i).value()).isGreaterThanOrEqualTo(sleep.points().get(i).value());
        }
        assertThat(overlay.data().series()).hasSize(2);
        assertThat(robot.lookup("#explain-overlay").queryAs(Label.class).getText()).startsWith("Each point is a week's mean");
    }

    @Test
    void whileARangeLoadsTheOldChartsStayGreyedBesideAProgressIndicator(FxRobot robot) throws Exception {
        Deque<Runnable> pending = new ArrayDeque<>();
        harness = ViewHarness.open(Files.createTempFile(dir, "trends", ".db"), CLOCK, new JournalExecutor(pending::add, Runnable::run));
        journal = harness.journal();
        TrendsFixture.write(journal, TODAY, 140);
        reload(robot);
        ProgressIndicator loading = robot.lookup("#trends-loading").queryAs(ProgressIndicator.class);
        TimeChart overlay = chart(robot, "#chart-overlay", TimeChart.class);
        runAll(robot, pending);
        assertThat(loading.isVisible()).isFalse();
        assertThat(overlay.data().from()).isEqualTo(LocalDate.of(2026, 9, 1));

        robot.clickOn("#range-4w");
        // A range ready within a moment changes in one frame; one that takes longer shows progress over the greyed charts.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, loading::isVisible);
        WaitForAsyncUtils.waitForFxEvents(); // the indicator and the veil change in one FX runnable; read after it ends
        assertThat(robot.lookup("#trends-veil").query().isVisible()).as("the charts on screen are greyed").isTrue();
        assertThat(overlay.data().from()).as("the old range stays until the new one is ready").isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(overlay.data().emptyText()).isEqualTo("No sleep or training logged in this range.");
        assertThat(overlay.data().isEmpty()).as("never 'nothing logged' while loading").isFalse();
        runAll(robot, pending);
        assertThat(loading.isVisible()).isFalse();
        assertThat(robot.lookup("#trends-veil").query().isVisible()).isFalse();
        assertThat(overlay.data().from()).isEqualTo(LocalDate.of(2026, 10, 27));
    }

    private static void runAll(FxRobot robot, Deque<Runnable> pending) {
        robot.interact(() -> {
            while (!pending.isEmpty()) {
                pending.poll().run();
            }
        });
    }

    @Test
    void belowFourteenPairsTheViewSaysHowManyMoreSessionsAreNeeded(FxRobot robot) throws Exception {
        // 20 days: 10 sessions; the first has no earlier session to compare with → 9 pairs.
        show(robot, 20);
        Label stats = robot.lookup("#scatter-stats").queryAs(Label.class);
        assertThat(stats.getText()).startsWith("Not enough data yet — 5 more sessions needed");
        assertThat(stats.getStyleClass()).contains("not-enough");
        assertThat(robot.lookup("#trends-verdict").queryAs(Label.class).getText())
                .startsWith("Not enough sessions yet: 9 of the 14 needed");
        assertThat(chart(robot, "#chart-lags", LagBars.class).correlations().values())
                .allMatch(c -> !c.hasRho());
    }

    @Test
    void withEnoughPairsTheStatisticsSayAssociationNotCause(FxRobot robot) throws Exception {
        show(robot, 140);
        assertThat(robot.lookup("#scatter-stats").queryAs(Label.class).getText())
                .startsWith("Spearman ρ = ").contains("95 % CI", "n = 42 sessions", "An association, not a cause.");
    }

    @Test
    void switchingLiftShowsItsE1rmAndIsRemembered(FxRobot robot) throws Exception {
        show(robot, 140);
        @SuppressWarnings("unchecked")
        ComboBox<LiftChoice> lifts = robot.lookup("#lift-choice").queryAs(ComboBox.class);
        assertThat(lifts.getItems().get(0).name()).startsWith("Strength index");
        LiftChoice squat = lifts.getItems().stream().filter(c -> c.name().equals("Back Squat")).findFirst().orElseThrow();
        robot.interact(() -> lifts.setValue(squat));
        TimeChart overlay = chart(robot, "#chart-overlay", TimeChart.class);
        Series strength = overlay.data().series().get(2);
        assertThat(strength.name()).isEqualTo("Back Squat e1RM");
        // On 23 Nov the bar held 100 kg × 5 (no short night): Epley 116.67 kg.
        assertThat(strength.points().get(strength.points().size() - 1).value()).isCloseTo(116.67,
                org.assertj.core.data.Offset.offset(0.01));
        long id = new ExerciseStore(journal).byName("Back Squat").orElseThrow().id();
        assertThat(new SettingsStore(journal).get("trends.lift")).contains(Long.toString(id));
        // Window 3: the scatter pairs each session with the mean of the 3 nights before.
        robot.clickOn("#window-3");
        assertThat(chart(robot, "#chart-scatter", ScatterPlot.class).pairs()).extracting(SleepPerformancePair::sleepMin)
                .isNotEmpty();
        assertThat(new SettingsStore(journal).get("trends.window")).contains("3");
    }

    @Test
    void hoveringTheOverlayShowsTheExactDateAndValues(FxRobot robot) throws Exception {
        show(robot, 140);
        TimeChart overlay = chart(robot, "#chart-overlay", TimeChart.class);
        robot.interact(() -> overlay.hover(overlay.plot().right() - 1, 120, 0, 0)); // the right edge of the plot: 23 Nov
        assertThat(overlay.hoverText()).startsWith("Mon 23 Nov 2026").contains("Sleep: 8 h");
    }

    @Test
    void theKeyboardStepsThroughTheValuesAndEveryChartSaysWhatItShows(FxRobot robot) throws Exception {
        show(robot, 140);
        TimeChart overlay = chart(robot, "#chart-overlay", TimeChart.class);
        robot.interact(overlay::requestFocus);
        robot.type(KeyCode.END);
        assertThat(overlay.hoverText()).startsWith("Mon 23 Nov 2026").contains("Sleep: 8 h\n");
        assertThat(overlay.getAccessibleHelp()).isEqualTo(overlay.hoverText());
        robot.type(KeyCode.LEFT);
        assertThat(overlay.hoverText()).startsWith("Sun 22 Nov 2026");
        robot.type(KeyCode.HOME);
        assertThat(overlay.hoverText()).startsWith("Tue 1 Sep 2026");

        assertThat(overlay.getAccessibleText()).startsWith("Sleep and strength: Sleep, 84 nights, from ")
                .contains("; 7-night mean, ").contains("; Strength index (e1RM, Epley), 42 sessions, from ");
        assertThat(chart(robot, "#chart-debt", TimeChart.class).getAccessibleText())
                .startsWith("Sleep debt and wake-time regularity: Sleep debt, ");
        assertThat(chart(robot, "#chart-scatter", ScatterPlot.class).getAccessibleText())
                .startsWith("Sleep before each session against its performance: 42 sessions, sleep ");
        assertThat(chart(robot, "#chart-lags", LagBars.class).getAccessibleText())
                .startsWith("Sleep and performance by night before the session: Night before: ρ ");
        assertThat(chart(robot, "#chart-heat", HeatStripChart.class).getAccessibleText())
                .startsWith("Soreness and pain: 2 regions marked; highest soreness ");
    }

    @Test
    void savesAChartAsPng(FxRobot robot) throws Exception {
        show(robot, 140);
        Path png = dir.resolve("overlay.png");
        TimeChart overlay = chart(robot, "#chart-overlay", TimeChart.class);
        robot.interact(() -> {
            try {
                overlay.savePng(png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
        assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
        try (var files = Files.list(dir)) {
            assertThat(files.map(Path::toString)).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
