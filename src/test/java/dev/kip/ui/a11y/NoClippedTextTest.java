package dev.kip.ui.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Settings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;

/**
 * Every label and text of every view, tab and dialog reads whole at 1366 × 768 — no ellipsis, nothing
 * cut off or spilling out — in both themes and with the text at 100, 125 and 150 % of its size.
 */
class NoClippedTextTest extends TourTest {
    static Stream<Arguments> looks() {
        return Stream.of(Settings.Theme.values()).flatMap(theme -> Stream.of(1.0, 1.25, 1.5).map(scale -> Arguments.of(theme, scale)));
    }

    @ParameterizedTest(name = "{0} theme, text at {1}×")
    @MethodSource("looks")
    void everyTextReadsWhole(Settings.Theme theme, double fontScale, FxRobot robot) {
        open(robot, theme, fontScale);
        Set<String> clipped = new LinkedHashSet<>();
        Consumer<ShellTour.Stop> look = stop -> ClippedText.in(stop.root()).forEach(p -> clipped.add(stop.name() + ": " + p));
        tour.walk(robot, look);
        new DialogTour(tour, robot, dir).walk(look);
        assertThat(new ArrayList<>(clipped)).as("clipped text (%s theme, text at %s×)", theme, fontScale).isEmpty();
    }
}
