package dev.kip.ui.trends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.DeviceNight;
import dev.kip.journal.DeviceNightStore;
import dev.kip.journal.Journal;
import dev.kip.journal.TrendsFixture;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.chart.CanvasChart.PlacedText;
import dev.kip.ui.chart.TimeChart;
import dev.kip.ui.chart.TimePlot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Trends' time charts never print a label over their data (axis titles, tick labels, the legend with the
 * reference lines' names stay outside the plot, inside the chart, and clear of each other), in every range and
 * at a narrow and a wide window; and the view says which source each night's sleep comes from.
 */
@ExtendWith(ApplicationExtension.class)
class TrendsLabelsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T06:30:00Z"), ZoneId.of("Europe/Berlin"));
    /** Half a pixel: a label may touch the plot's edge, not cross it. */
    static final double TOUCH = 0.5;

    @TempDir
    static Path dir;
    ViewHarness harness;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        harness.close();
    }

    void show(FxRobot robot, double width) throws Exception {
        harness = ViewHarness.open(Files.createTempFile(dir, "labels", ".db"), CLOCK);
        Journal journal = harness.journal();
        TrendsFixture.write(journal, TODAY, 500);
        // A Garmin night before the diary began: the only night of the range from a device.
        LocalDate garmin = TODAY.minusDays(520);
        new DeviceNightStore(journal).insertIfAbsent(new DeviceNight(garmin, "Garmin", garmin.minusDays(1).atTime(23, 10),
                garmin.atTime(6, 50), 460, 430, 30, 250, 90, 90));
        harness.show(robot, stage, "/dev/kip/ui/trends/Trends.fxml", width, 900);
    }

    @Test
    void noLabelIsDrawnOverTheDataInAnyRangeNarrowOrWide(FxRobot robot) throws Exception {
        for (double width : new double[] {760, 1200}) {
            if (harness != null) {
                harness.close();
            }
            show(robot, width);
            for (String range : List.of("#range-4w", "#range-12w", "#range-1y", "#range-all")) {
                robot.clickOn(range);
                for (String id : List.of("#chart-overlay", "#chart-debt")) {
                    assertLabelsClear(robot.lookup(id).queryAs(TimeChart.class), id + " at " + width + " px, " + range);
                }
            }
        }
    }

    static void assertLabelsClear(TimeChart chart, String where) {
        assertThat(chart.data().isEmpty()).as(where + ": has data").isFalse();
        TimePlot p = chart.plot();
        Rectangle2D plot = new Rectangle2D(p.left() + TOUCH, p.top() + TOUCH, p.right() - p.left() - 2 * TOUCH,
                p.bottom() - p.top() - 2 * TOUCH);
        Rectangle2D whole = new Rectangle2D(-TOUCH, -TOUCH, chart.getWidth() + 2 * TOUCH, chart.getHeight() + 2 * TOUCH);
        List<PlacedText> texts = chart.placedTexts();
        assertThat(texts).as(where + ": drew its labels").isNotEmpty();
        for (int i = 0; i < texts.size(); i++) {
            PlacedText t = texts.get(i);
            assertThat(plot.intersects(t.bounds())).as(where + ": '" + t.text() + "' at " + t.bounds() + " over the plot " + plot)
                    .isFalse();
            assertThat(whole.contains(t.bounds())).as(where + ": '" + t.text() + "' at " + t.bounds() + " inside the chart").isTrue();
            for (PlacedText other : texts.subList(i + 1, texts.size())) {
                assertThat(t.bounds().intersects(shrunk(other.bounds())))
                        .as(where + ": '" + t.text() + "' runs into '" + other.text() + "'").isFalse();
            }
        }
    }

    private static Rectangle2D shrunk(Rectangle2D r) {
        return new Rectangle2D(r.getMinX() + TOUCH, r.getMinY() + TOUCH, Math.max(0, r.getWidth() - 2 * TOUCH),
                Math.max(0, r.getHeight() - 2 * TOUCH));
    }

    @Test
    void theSleepLineSaysWhichSourceEachNightCameFrom(FxRobot robot) throws Exception {
        show(robot, 1200);
        robot.clickOn("#range-all");
        assertThat(robot.lookup("#sleep-sources").queryAs(Label.class).getText()).matches("Sleep: diary on [\\d,]+ nights, Garmin on 1\\.");
        robot.clickOn("#range-12w");
        assertThat(robot.lookup("#sleep-sources").queryAs(Label.class).getText()).isEqualTo("Sleep: diary on 84 nights.");
    }
}
