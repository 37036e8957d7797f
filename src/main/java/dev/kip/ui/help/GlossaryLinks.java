package dev.kip.ui.help;

import dev.kip.insight.Glossary;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Links the terms on screen to the glossary: a label, button or heading whose text names a term
 * (TIB, WASO, e1RM, ρ…) gets a tooltip with its definition and the same words as its accessible
 * help, and F1 on it opens Help at that entry. Works on views as they are, so that no view needs to
 * know the glossary: the shell runs it once over its views. A control's own tooltip is kept.
 */
public final class GlossaryLinks {
    private static final String LINKED = "kip.glossary.linked";
    private static final String TERMS = "kip.glossary.terms";
    private static final String OURS = "kip.glossary.tooltip";

    private GlossaryLinks() {
    }

    /**
     * Links every labelled term under {@code root}, now, whenever a label's text changes and whenever
     * nodes are added below it (cards rebuilt with new data, a skin made). Table and list cells are
     * left alone: they hold values, not terms, and are reused as the list scrolls.
     */
    public static void install(Node root) {
        if (root instanceof Cell<?> || root.getProperties().containsKey(LINKED)) {
            return;
        }
        root.getProperties().put(LINKED, Boolean.TRUE);
        if (root instanceof Labeled labeled) {
            labeled.textProperty().addListener((obs, was, now) -> link(labeled));
            link(labeled);
        }
        if (root instanceof Parent parent) {
            parent.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(GlossaryLinks::install);
                }
            });
            for (Node child : parent.getChildrenUnmodifiable()) {
                install(child);
            }
            contentOf(parent).forEach(GlossaryLinks::install);
        }
    }

    /** What a container shows once skinned, reached before its skin exists (a view built but not yet laid out). */
    private static List<Node> contentOf(Parent parent) {
        if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
            return List.of(scroll.getContent());
        } else if (parent instanceof TitledPane titled && titled.getContent() != null) {
            return List.of(titled.getContent());
        } else if (parent instanceof TabPane tabs) {
            return tabs.getTabs().stream().map(Tab::getContent).filter(Objects::nonNull).toList();
        } else if (parent instanceof SplitPane split) {
            return split.getItems();
        }
        return List.of();
    }

    /** The terms a node names, if it is a linked label, else the terms of the label that names it ({@code labelFor}). */
    public static List<Glossary> termsOf(Node node) {
        if (node == null) {
            return List.of();
        }
        if (node.getProperties().get(TERMS) instanceof List<?> terms) {
            return terms.stream().map(Glossary.class::cast).toList();
        }
        return node.getScene() == null ? List.of() : labelFor(node.getScene().getRoot(), node);
    }

    private static List<Glossary> labelFor(Node root, Node target) {
        if (root instanceof Label label && label.getLabelFor() == target) {
            return Glossary.findIn(label.getText());
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                List<Glossary> found = labelFor(child, target);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private static void link(Labeled labeled) {
        List<Glossary> terms = Glossary.findIn(labeled.getText());
        Tooltip current = labeled.getTooltip();
        boolean ours = current != null && current.getProperties().containsKey(OURS);
        if (terms.isEmpty()) {
            labeled.getProperties().remove(TERMS);
            if (ours) {
                labeled.setTooltip(null);
            }
            return;
        }
        labeled.getProperties().put(TERMS, terms);
        String text = terms.stream().map(Glossary::oneLine).collect(Collectors.joining("\n\n"));
        if (!labeled.accessibleHelpProperty().isBound()) {
            labeled.setAccessibleHelp(text);
        }
        if (current == null || ours) {
            Tooltip tip = ours ? current : new Tooltip();
            tip.getProperties().put(OURS, Boolean.TRUE);
            tip.setText(text + "\n\nF1: Help and glossary");
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            tip.setShowDelay(Duration.millis(400));
            tip.setShowDuration(Duration.INDEFINITE);
            if (!ours && !labeled.tooltipProperty().isBound()) {
                labeled.setTooltip(tip);
            }
        }
    }
}
