package dev.kip.ui.bodymap;

import dev.kip.style.ColorScheme;
import dev.kip.style.Ramp;
import dev.kip.style.Rgb;
import dev.kip.style.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Node;

/**
 * The CSS classes that colour a region (or a legend swatch) by level. Soreness is a solid orange
 * fill ({@code sore-N}); pain a striped red-to-magenta fill ({@code pain-N}), so the two read apart
 * even in greyscale. When both are present the pain fill wins and the soreness colour becomes a
 * thick outline ({@code has-pain} + {@code sore-N}).
 *
 * <p>The rules for these classes are written here from {@link Ramp}, the ramps the PDF draws too,
 * and appended to body-map.css with the outline colour ({@link Role#OUTLINE}, 3:1 against both
 * themes' page and figure): the map's stylesheet is the result, as a {@code data:} URI.
 */
final class LevelStyles {

    static final String HAS_PAIN = "has-pain";

    /** body-map.css followed by the level rules: the map's and the legend's user-agent stylesheet. */
    static final String STYLESHEET = "data:text/css;base64," + Base64.getEncoder().encodeToString(
            (resource("body-map.css") + levelRules()).getBytes(StandardCharsets.UTF_8));

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

    /**
     * The ramps as looked-up colours and a rule per class. {@code ladder()} on the theme's
     * background picks each colour's dark or light value, so no theme flag is needed; pain comes
     * after soreness so that it wins where a region has both. Regions are SVG paths, swatches rectangles:
     * the selectors name them (kip.css's header says why).
     */
    static String levelRules() {
        StringBuilder css = new StringBuilder("\n/* Level colours, written by LevelStyles from dev.kip.style.Ramp. */\n");
        css.append("BodyMap.body-map, BodyMapLegend.body-map-legend {\n");
        css.append("    -kip-outline: ").append(ladder(Role.OUTLINE)).append(";\n");
        for (int level = 1; level <= Ramp.MAX_LEVEL; level++) {
            css.append("    -kip-sore-").append(level).append(": ").append(ladder(Ramp.SORENESS, level)).append(";\n");
        }
        for (int level = 1; level <= Ramp.MAX_LEVEL; level++) {
            css.append("    -kip-pain-").append(level).append(": ").append(ladder(Ramp.PAIN, level)).append(";\n");
        }
        css.append(String.format(Locale.ROOT,
                "    -kip-pain-band: ladder(-color-bg-default, rgba(255, 255, 255, %.2f) 49%%, rgba(255, 255, 255, %.2f) 50%%);\n}\n",
                Ramp.painBandOpacity(ColorScheme.DARK), Ramp.painBandOpacity(ColorScheme.LIGHT)));
        for (int level = 1; level <= Ramp.MAX_LEVEL; level++) {
            css.append(String.format(Locale.ROOT, "SVGPath.sore-%d, Rectangle.sore-%1$d { -fx-fill: -kip-sore-%1$d; }%n", level));
        }
        for (int level = 1; level <= Ramp.MAX_LEVEL; level++) {
            css.append(String.format(Locale.ROOT, "SVGPath.pain-%d, Rectangle.pain-%1$d { -fx-fill: linear-gradient(from 0px 0px to 6px 6px, repeat, "
                    + "-kip-pain-%1$d 0%%, -kip-pain-%1$d 55%%, -kip-pain-band 55%%, -kip-pain-band 100%%); }%n", level));
        }
        for (int level = 1; level <= Ramp.MAX_LEVEL; level++) {
            css.append(String.format(Locale.ROOT,
                    "SVGPath.body-region.has-pain.sore-%d { -fx-stroke: -kip-sore-%1$d; -fx-stroke-width: 3; }%n", level));
        }
        return css.toString();
    }

    /** A level's colour for the theme in use: its dark value on a dark background, else its light one. */
    private static String ladder(Ramp ramp, int level) {
        return ladder(ramp.at(level, ColorScheme.DARK), ramp.at(level, ColorScheme.LIGHT));
    }

    private static String ladder(Role role) {
        return ladder(role.in(ColorScheme.DARK), role.in(ColorScheme.LIGHT));
    }

    private static String ladder(Rgb dark, Rgb light) {
        return "ladder(-color-bg-default, " + dark.hex() + " 49%, " + light.hex() + " 50%)";
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(LevelStyles.class.getResourceAsStream(name), name + " is missing")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " could not be read", e);
        }
    }
}
