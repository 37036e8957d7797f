package dev.kip.ui.a11y;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Finds text a person cannot read whole in a laid-out scene graph: a {@code Labeled} whose skin
 * shows less than its text (an ellipsis, or cut off), a field whose hint or value is wider than the
 * field, and any label or text that reaches past the window, past a part of the window that clips
 * it, or out of the box that holds it.
 */
final class ClippedText {
    /** Half a pixel of slack for rounding. */
    private static final double SLACK = 0.5;

    private ClippedText() {
    }

    /** One line per clipped text under {@code root}, naming it and how it is cut. */
    static List<String> in(Parent root) {
        List<Node> nodes = new ArrayList<>();
        ShellTour.collect(root, Node.class, nodes);
        List<String> problems = new ArrayList<>();
        for (Node node : nodes) {
            if (!ShellTour.showing(node)) {
                continue;
            }
            String problem = null;
            if (node instanceof Labeled labeled) {
                problem = shortened(labeled);
            } else if (node instanceof TextField field) {
                problem = tooWide(field);
            } else if (node instanceof Text text && !(text instanceof FontIcon) && !(text.getParent() instanceof Labeled)
                    && !insideField(text) && !text.getText().isBlank()) {
                problem = outOfBox(text);
            }
            if (problem == null && (node instanceof Labeled || node instanceof Text && !(node instanceof FontIcon) && !insideField(node))) {
                problem = pastAnEdge(node);
            }
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static String shortened(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return null;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child != labeled.getGraphic() && !(child instanceof FontIcon)) {
                if (!bare(shown.getText()).equals(bare(full))) {
                    return "\"" + full + "\" shows as \"" + shown.getText() + "\" (" + describe(labeled) + ")";
                }
            }
        }
        return null;
    }

    /** Mnemonic markers are not shown; compare without them. */
    private static String bare(String s) {
        return s.replace("_", "").strip();
    }

    private static String tooWide(TextField field) {
        String shown = field.getText() == null || field.getText().isEmpty() ? field.getPromptText() : field.getText();
        if (shown == null || shown.isEmpty()) {
            return null;
        }
        Text probe = new Text(shown);
        probe.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        double needed = probe.getLayoutBounds().getWidth();
        return needed > room + SLACK
                ? String.format("field \"%s\" needs %.0f px, has %.0f (%s)", shown, needed, room, describe(field))
                : null;
    }

    private static boolean insideField(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.TextInputControl) {
                return true;
            }
        }
        return false;
    }

    /** A text outside the region that holds it spills over its neighbours or is cut by the next clip. */
    private static String outOfBox(Text text) {
        if (!(text.getParent() instanceof Region box)) {
            return null;
        }
        Bounds b = text.getBoundsInParent();
        Bounds room = box.getLayoutBounds();
        if (b.getMinX() < room.getMinX() - SLACK || b.getMaxX() > room.getMaxX() + SLACK
                || b.getMinY() < room.getMinY() - SLACK || b.getMaxY() > room.getMaxY() + SLACK) {
            return String.format("text \"%s\" spills out of its %s (%.0f×%.0f in %.0f×%.0f)", text.getText(),
                    box.getClass().getSimpleName(), b.getWidth(), b.getHeight(), room.getWidth(), room.getHeight());
        }
        return null;
    }

    /**
     * The node reaches past the window or past an ancestor that clips it. Content of a scroll pane may
     * lie below the fold (it scrolls), but not beside it; a list's or table's rows, and a table's
     * columns, scroll too.
     */
    private static String pastAnEdge(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getParent() instanceof VirtualFlow<?> || up instanceof TableHeaderRow) {
                return null; // a list's rows, and a table's columns, scroll
            }
            if (up.getClip() != null) {
                Bounds clip = up.localToScene(up.getClip().getBoundsInParent());
                if (up.getParent() instanceof ScrollPane) {
                    return b.getMinX() < clip.getMinX() - SLACK || b.getMaxX() > clip.getMaxX() + SLACK
                            ? "reaches beside its scroll pane: " + describe(node) : null;
                }
                if (!within(b, clip)) {
                    return "cut by the clip of a " + up.getClass().getName() + ": " + describe(node);
                }
            }
        }
        Bounds window = new javafx.geometry.BoundingBox(0, 0, node.getScene().getWidth(), node.getScene().getHeight());
        return within(b, window) ? null : "reaches past the window: " + describe(node);
    }

    private static boolean within(Bounds b, Bounds room) {
        return b.getMinX() >= room.getMinX() - SLACK && b.getMaxX() <= room.getMaxX() + SLACK
                && b.getMinY() >= room.getMinY() - SLACK && b.getMaxY() <= room.getMaxY() + SLACK;
    }

    static String describe(Node node) {
        String text = node instanceof Labeled l ? "\"" + l.getText() + "\" " : node instanceof Text t ? "\"" + t.getText() + "\" " : "";
        Bounds b = node.localToScene(node.getLayoutBounds());
        return String.format("%s%s%s at %.0f,%.0f %.0f×%.0f", text, node.getClass().getSimpleName(),
                node.getId() == null ? "" : "#" + node.getId(), b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
