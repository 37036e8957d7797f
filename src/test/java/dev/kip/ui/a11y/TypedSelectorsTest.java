package dev.kip.ui.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Settings;
import dev.kip.ui.bodymap.BodyMapLegend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.css.CompoundSelector;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.SimpleSelector;
import javafx.css.Stylesheet;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Kip's stylesheets name a node type with a style class (kip.css's header says why: JavaFX 21 matches typed
 * selectors much faster). A typed selector only matches nodes of exactly that type, so a class put on another
 * kind of node would silently lose its style: in every view, tab and dialog, every node carrying a class that
 * the stylesheets only ever use typed is of one of the types they name with it.
 */
class TypedSelectorsTest extends TourTest {
    private static final List<String> SHEETS = List.of("/dev/kip/ui/kip.css", "/dev/kip/ui/training/training.css",
            "/dev/kip/ui/body/body-view.css");

    @Test
    void everyNodeWithATypedClassIsOfATypeItsSelectorsName(FxRobot robot) {
        Map<String, Set<String>> typed = typedOnly();
        assertThat(typed).as("classes used only in typed selectors").isNotEmpty();
        open(robot, Settings.Theme.LIGHT, 1);
        Set<String> wrong = new TreeSet<>();
        Consumer<ShellTour.Stop> look = stop -> {
            List<Node> nodes = new ArrayList<>();
            ShellTour.collect(stop.root(), Node.class, nodes);
            for (Node node : nodes) {
                for (String c : node.getStyleClass()) {
                    Set<String> types = typed.get(c);
                    if (types != null && !types.contains(node.getTypeSelector())) {
                        wrong.add(stop.name() + ": a " + node.getTypeSelector() + " with ." + c + " (selectors name " + types + ")");
                    }
                }
            }
        };
        tour.walk(robot, look);
        new DialogTour(tour, robot, dir).walk(look);
        assertThat(wrong).as("nodes the typed selectors of their classes miss").isEmpty();
    }

    /** For each class that ends selectors only with a type named: the types named with it. */
    private static Map<String, Set<String>> typedOnly() {
        Map<String, Set<String>> types = new TreeMap<>();
        Set<String> typeless = new HashSet<>();
        List<Stylesheet> sheets = new ArrayList<>();
        for (String sheet : SHEETS) {
            sheets.add(parse(sheet));
        }
        // The body map's stylesheet, body-map.css with the level rules written from the palette, as a data: URI.
        String map = new BodyMapLegend().getUserAgentStylesheet();
        sheets.add(new CssParser().parse(new String(Base64.getDecoder().decode(map.substring(map.indexOf(',') + 1)), StandardCharsets.UTF_8)));
        for (Stylesheet sheet : sheets) {
            for (Rule rule : sheet.getRules()) {
                for (Selector selector : rule.getSelectors()) {
                    SimpleSelector last = selector instanceof CompoundSelector compound
                            ? compound.getSelectors().get(compound.getSelectors().size() - 1)
                            : (SimpleSelector) selector;
                    for (String c : last.getStyleClasses()) {
                        if ("*".equals(last.getName())) {
                            typeless.add(c);
                        } else {
                            types.computeIfAbsent(c, k -> new TreeSet<>()).add(last.getName());
                        }
                    }
                }
            }
        }
        types.keySet().removeAll(typeless);
        return types;
    }

    private static Stylesheet parse(String resource) {
        URL url = TypedSelectorsTest.class.getResource(resource);
        try {
            return new CssParser().parse(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
