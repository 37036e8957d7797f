package dev.kip.ui.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Settings;
import dev.kip.ui.chart.CanvasChart;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A screen reader can name everything a person can reach: in every view, tab and dialog, each control that
 * takes the keyboard has a name (its own text, a label made for it, or accessible text), and each
 * chart a spoken summary.
 */
class AccessibleNamesTest extends TourTest {
    @Test
    void everyControlAndChartHasANameOrSummary(FxRobot robot) {
        open(robot, Settings.Theme.LIGHT, 1);
        List<String> nameless = new ArrayList<>();
        Set<Node> seen = new LinkedHashSet<>();
        Consumer<ShellTour.Stop> check = stop -> {
            List<Node> nodes = new ArrayList<>();
            ShellTour.collect(stop.root(), Node.class, nodes);
            List<Label> labels = new ArrayList<>();
            ShellTour.collect(stop.root(), Label.class, labels);
            for (Node node : nodes) {
                boolean reachable = node instanceof CanvasChart || node.isFocusTraversable() && (node instanceof Control || node.getAccessibleRole() != null);
                if (reachable && ShellTour.showing(node) && seen.add(node) && !named(node, labels)) {
                    nameless.add(stop.name() + ": " + FocusIndicatorTest.describe(node));
                }
            }
        };
        tour.walk(robot, check);
        new DialogTour(tour, robot, dir).walk(check);
        assertThat(nameless).as("controls and charts without a name (%d checked)", seen.size()).isEmpty();
    }

    private static boolean named(Node node, List<Label> labels) {
        if (!blank(node.getAccessibleText())) {
            return true;
        }
        if (node instanceof CanvasChart) {
            return false;
        }
        if (node instanceof Labeled l && !blank(l.getText())) {
            return true;
        }
        for (Label label : labels) {
            if (label.getLabelFor() == node && !blank(label.getText())) {
                return true;
            }
        }
        // A field inside a control that names itself (a date picker's editor).
        Parent parent = node.getParent();
        return parent instanceof Control c && c.isFocusTraversable() && named(c, labels) && !(parent instanceof javafx.scene.control.ScrollPane);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
