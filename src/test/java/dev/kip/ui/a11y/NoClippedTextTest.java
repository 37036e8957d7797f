package dev.kip.ui.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every label and text of every view, tab and dialog reads whole at 1366 × 768 — no ellipsis, nothing
 * cut off or spilling out — in both themes and with the text at 100, 125 and 150 % of its size.
 */
@ExtendWith(ApplicationExtension.class)
class NoClippedTextTest {
    @TempDir
    Path dir;
    Stage stage;
    final ShellTour tour = new ShellTour();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        tour.close(robot);
    }

    static Stream<Arguments> looks() {
        return Stream.of(Settings.Theme.values()).flatMap(theme -> Stream.of(1.0, 1.25, 1.5).map(scale -> Arguments.of(theme, scale)));
    }

    @ParameterizedTest(name = "{0} theme, text at {1}×")
    @MethodSource("looks")
    void everyTextReadsWhole(Settings.Theme theme, double fontScale, FxRobot robot) {
        tour.open(robot, stage, ShellTour.demoJournal(dir), theme, fontScale);
        Set<String> clipped = new LinkedHashSet<>();
        tour.walk(robot, stop -> ClippedText.in(stop.root()).forEach(p -> clipped.add(stop.name() + ": " + p)));
        assertThat(new ArrayList<>(clipped)).as("clipped text (%s theme, text at %s×)", theme, fontScale).isEmpty();
    }
}
