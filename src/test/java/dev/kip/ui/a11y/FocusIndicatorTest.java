package dev.kip.ui.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Settings;
import dev.kip.style.Rgb;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;

/**
 * Every control that takes the keyboard shows where the focus is (WCAG 2.4.7): in every view and tab,
 * in both themes, focusing it changes enough of the pixels on and around it, each by a contrast of at
 * least 3:1 with what was there before (as WCAG 2.4.13 asks of a focus ring).
 */
class FocusIndicatorTest extends TourTest {
    /** Pixels around a control that a ring may use. */
    private static final int MARGIN = 4;
    private static final double RING_CONTRAST = 3;
    /**
     * How many pixels must change: the control's width plus height (half a 1 px outline), but no more
     * than a 2 px ring around a slider's thumb or a small button needs.
     */
    private static final int MIN_RING_PIXELS = 100;

    @ParameterizedTest
    @EnumSource(Settings.Theme.class)
    void everyFocusableControlShowsWhereTheFocusIs(Settings.Theme theme, FxRobot robot) {
        open(robot, theme, 1);
        List<String> unseen = new ArrayList<>();
        Set<Node> checked = new LinkedHashSet<>();
        tour.walk(robot, stop -> {
            List<Node> focusable = new ArrayList<>();
            ShellTour.collect(stop.root(), Node.class, focusable);
            for (Node node : focusable) {
                if (node.isFocusTraversable() && ShellTour.showing(node) && !node.isDisabled() && checked.add(node)) {
                    String problem = check(stop.name(), node);
                    if (problem != null) {
                        unseen.add(problem);
                    }
                }
            }
        });
        assertThat(unseen).as("controls whose focus cannot be seen (%s theme, %d checked)", theme, checked.size()).isEmpty();
    }

    /** Null when the node shows its focus, else what is wrong. One trip to the FX thread: a snapshot lays the scene out itself. */
    private String check(String where, Node node) {
        return ShellTour.onFx(() -> {
            scrollIntoView(node);
            Rectangle2D area = area(node);
            if (area == null) {
                return null;
            }
            tour.scene().getRoot().requestFocus();
            Image before = snapshot(area);
            node.requestFocus();
            if (!node.isFocused() && !focusWithin(node)) {
                return null; // it hands the focus on (a date picker to its field): that one is checked
            }
            int changed = changedPixels(before, snapshot(area));
            Bounds b = node.getLayoutBounds();
            int needed = (int) Math.min(MIN_RING_PIXELS, Math.round(b.getWidth() + b.getHeight()));
            return changed >= needed ? null : where + ": " + describe(node) + " (" + changed + " of " + needed + " pixels change by 3:1)";
        });
    }

    private static boolean focusWithin(Node node) {
        Node owner = node.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == node) {
                return true;
            }
        }
        return false;
    }

    /** The control's box in the scene with a margin, inside the window; null when it is not on screen. */
    private Rectangle2D area(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        double minX = Math.max(0, b.getMinX() - MARGIN);
        double minY = Math.max(0, b.getMinY() - MARGIN);
        double maxX = Math.min(tour.scene().getWidth(), b.getMaxX() + MARGIN);
        double maxY = Math.min(tour.scene().getHeight(), b.getMaxY() + MARGIN);
        return maxX - minX < 4 || maxY - minY < 4 ? null : new Rectangle2D(Math.floor(minX), Math.floor(minY),
                Math.ceil(maxX - minX), Math.ceil(maxY - minY));
    }

    private Image snapshot(Rectangle2D area) {
        SnapshotParameters params = new SnapshotParameters();
        params.setViewport(area);
        params.setFill(tour.scene().getFill() instanceof Color c ? c : Color.WHITE);
        Parent root = tour.scene().getRoot();
        return root.snapshot(params, null);
    }

    private static int changedPixels(Image before, Image after) {
        PixelReader a = before.getPixelReader();
        PixelReader b = after.getPixelReader();
        int w = (int) Math.min(before.getWidth(), after.getWidth());
        int h = (int) Math.min(before.getHeight(), after.getHeight());
        int changed = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = a.getArgb(x, y);
                int q = b.getArgb(x, y);
                if (p != q && Rgb.of(p & 0xffffff).contrast(Rgb.of(q & 0xffffff)) >= RING_CONTRAST) {
                    changed++;
                }
            }
        }
        return changed;
    }

    /** Scrolls every scroll pane around {@code node} so that the node is in view. */
    private static void scrollIntoView(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double room = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                if (room > 0) {
                    double top = Math.max(0, inContent.getMinY() - 2 * MARGIN);
                    scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * Math.min(1, top / room));
                }
            }
        }
    }

    static String describe(Node node) {
        String text = node instanceof javafx.scene.control.Labeled l ? " \"" + l.getText() + "\""
                : node.getAccessibleText() != null ? " [" + node.getAccessibleText() + "]" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + node.getStyleClass() + text;
    }
}
