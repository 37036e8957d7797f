package dev.kip.ui.bodymap;

import javafx.scene.Node;

import java.util.List;

/**
 * The CSS classes that colour a region (or a legend swatch) by level; body-map.css defines them.
 * Soreness is a solid orange fill ({@code sore-N}); pain a striped red-to-magenta fill
 * ({@code pain-N}), so the two read apart even in greyscale. When both are present the pain fill
 * wins and the soreness colour becomes a thick outline ({@code has-pain} + {@code sore-N}).
 */
final class LevelStyles {

    static final String HAS_PAIN = "has-pain";

    private LevelStyles() {
    }

    static String soreness(int level) {
        return "sore-" + level;
    }

    static String pain(int level) {
        return "pain-" + level;
    }

    static void apply(Node node, RegionLevels levels) {
        List<String> classes = node.getStyleClass();
        classes.removeIf(c -> c.startsWith("sore-") || c.startsWith("pain-") || c.equals(HAS_PAIN));
        if (levels.hasSoreness()) {
            classes.add(soreness(levels.soreness()));
        }
        if (levels.hasPain()) {
            classes.addAll(List.of(pain(levels.pain()), HAS_PAIN));
        }
    }
}
