package dev.kip.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.RegionDay;
import dev.kip.domain.Settings;
import dev.kip.ui.common.Themes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Nothing by colour alone: on the soreness and pain strip, pain is striped as on the body map, soreness solid. */
@ExtendWith(ApplicationExtension.class)
class HeatStripChartTest {
    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private HeatStripChart chart;

    @Start
    void start(Stage stage) {
        Themes.apply(Settings.Theme.LIGHT);
        chart = new HeatStripChart();
        List<RegionDay> marks = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            marks.add(new RegionDay(FROM.plusDays(d), "FRONT.QUADRICEPS.L", 5, 5));
        }
        chart.show(marks, FROM, FROM.plusDays(29));
        Scene scene = new Scene(new StackPane(chart), 600, 140);
        scene.getStylesheets().add(Themes.kipCss());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void painIsStripedAndSorenessSolid(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = chart.snapshot(null, null));
        // The first day of the first row (x 150 to 164.6): soreness in its upper half (from y 11), pain in its lower half (from y 18).
        assertThat(coloursAlong(shot[0], 14)).as("soreness").hasSize(1);
        assertThat(coloursAlong(shot[0], 21).size()).as("pain: stripes and the bands between them").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRunOfDaysAtOneLevelIsOneStretchOfColourWithoutSeams(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = chart.snapshot(null, null));
        // Thirty days at soreness 5 in cells 14.6 px wide: drawn cell by cell, each fractional edge blended the colour
        // with the row's background; drawn as one run, the row is one colour from the first day to the last.
        assertThat(coloursAlong(shot[0], 14, 152, 580)).as("soreness across the run").hasSize(1);
    }

    private static Set<Integer> coloursAlong(WritableImage image, int y) {
        return coloursAlong(image, y, 152, 163);
    }

    private static Set<Integer> coloursAlong(WritableImage image, int y, int fromX, int toX) {
        Set<Integer> colours = new HashSet<>();
        for (int x = fromX; x < toX; x++) {
            colours.add(image.getPixelReader().getArgb(x, y));
        }
        return colours;
    }
}
