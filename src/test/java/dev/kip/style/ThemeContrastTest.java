package dev.kip.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The window's own colours hold WCAG 2.1 contrast in both themes: every pairing of text and the
 * surface it sits on that kip.css makes (4.5:1), and the focus ring, field edges and chip icons
 * against theirs (3:1). Colours are read from kip.css and resolved through the theme's variables,
 * see-through layers composed over what lies under them, as JavaFX draws them.
 */
class ThemeContrastTest {
    private static final double TEXT = Role.Use.TEXT.minimumContrast();
    private static final double GRAPHIC = Role.Use.GRAPHIC.minimumContrast();
    private static final Map<String, Map<String, String>> KIP = rules(read("/dev/kip/ui/kip.css"));

    /** A colour: a theme variable ("-color-fg-muted") or a property of a kip.css rule (".text-muted -fx-text-fill"). */
    private static String rule(String selector, String property) {
        Map<String, String> declarations = KIP.get(selector);
        assertThat(declarations).as("kip.css has a rule for %s", selector).isNotNull();
        String value = declarations.get(property);
        assertThat(value).as("kip.css sets %s on %s", property, selector).isNotNull();
        return value.split(",")[0].strip();
    }

    private static String background(String selector) {
        return rule(selector, "-fx-background-color");
    }

    /** One pairing: {@code colour} drawn on the layers {@code under} (bottom first), which must keep {@code minimum}. */
    private record Pair(String what, String colour, List<String> under, double minimum) {
        @Override
        public String toString() {
            return what;
        }
    }

    private static Pair text(String what, String colour, String... under) {
        return new Pair(what, colour, List.of(under), TEXT);
    }

    private static Pair graphic(String what, String colour, String... under) {
        return new Pair(what, colour, List.of(under), GRAPHIC);
    }

    static Stream<Pair> pairs() {
        String page = background(".shell");
        String nav = background(".shell .nav");
        String card = background(".card");
        String fg = "-color-fg-default";
        String ring = rule(".button:focused", "-fx-border-color");
        String fieldEdge = rule(".text-input", "-color-input-border");
        List<Pair> pairs = new ArrayList<>(List.of(
                text("text on the page", fg, page),
                text("text on a card", fg, card),
                text("a navigation entry", fg, nav),
                text("the selected navigation entry", rule(".nav-button:selected", "-fx-text-fill"), nav, background(".nav-button:selected")),
                text("muted text on the page", rule(".text-muted", "-fx-text-fill"), page),
                text("muted text on a panel", rule(".text-muted", "-fx-text-fill"), nav),
                text("the status bar", rule(".status-bar .label", "-fx-text-fill"), background(".status-bar")),
                text("a chart's caption", rule(".stat-caption", "-fx-text-fill"), card),
                text("a rating's word", rule(".rating-word", "-fx-text-fill"), card),
                text("the sleep form's problems", rule(".night-form .problems", "-fx-text-fill"), card),
                text("not enough data", rule(".not-enough", "-fx-text-fill"), page),
                text("a flagged night", rule(".table-row-cell .flagged", "-fx-text-fill"), page),
                text("the duplicate-night bar", fg, card, background(".duplicate-bar")),
                text("the sample banner's title", rule(".sample-banner-title", "-fx-text-fill"), page, background(".sample-banner")),
                text("the sample banner's text", rule(".sample-banner-text", "-fx-text-fill"), page, background(".sample-banner")),
                text("the marked glossary entry", fg, page, background(".glossary-entry:accent")),
                text("a link", "-color-accent-fg", card),
                text("a primary button", "-color-fg-emphasis", "-color-accent-emphasis"),
                graphic("the focus ring on the page", ring, page),
                graphic("the focus ring on a card", ring, card),
                graphic("the focus ring in the navigation", ring, nav),
                graphic("the focus ring on the sample banner", ring, page, background(".sample-banner")),
                graphic("a field's edge on the page", fieldEdge, page),
                graphic("a field's edge on a panel", fieldEdge, nav),
                graphic("a check box's edge", background(".check-box > .box"), page),
                graphic("a switch's edge", background(".toggle-switch > .thumb-area"), card)));
        for (String state : new String[] {"ok", "watch", "act"}) {
            pairs.add(text("the " + state + " flag", rule(".flag-" + state, "-fx-text-fill"), card));
            pairs.add(text("text on the " + state + " chip", fg, card, background(".chip-" + state)));
            pairs.add(graphic("the " + state + " chip's icon", rule(".chip-" + state + " .ikonli-font-icon", "-fx-icon-color"),
                    card, background(".chip-" + state)));
        }
        return pairs.stream();
    }

    static Stream<Arguments> pairsInBothThemes() {
        return pairs().flatMap(p -> Arrays.stream(ColorScheme.values()).map(s -> Arguments.of(p, s)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("pairsInBothThemes")
    void keepsItsContrast(Pair pair, ColorScheme scheme) {
        Map<String, String> theme = THEMES.get(scheme);
        Rgb ground = Rgb.of(0xffffff);
        for (String layer : pair.under()) {
            ground = resolve(theme, layer).over(ground);
        }
        Rgb colour = resolve(theme, pair.colour()).over(ground);
        assertThat(colour.contrast(ground)).as("%s: %s on %s (%s)", pair.what(), colour.hex(), ground.hex(), scheme)
                .isGreaterThanOrEqualTo(pair.minimum());
    }

    // ---- reading the stylesheets ----

    private static final Map<ColorScheme, Map<String, String>> THEMES = new HashMap<>();

    static {
        for (ColorScheme scheme : ColorScheme.values()) {
            String css = read("/atlantafx/base/theme/primer-" + scheme.name().toLowerCase(Locale.ROOT) + ".css");
            THEMES.put(scheme, rules(css).get(".root"));
        }
    }

    /** A colour that may be see-through. */
    private record Paint(Rgb rgb, double alpha) {
        Rgb over(Rgb under) {
            return new Rgb(mix(rgb.red(), under.red()), mix(rgb.green(), under.green()), mix(rgb.blue(), under.blue()));
        }

        private int mix(int top, int bottom) {
            return (int) Math.round(top * alpha + bottom * (1 - alpha));
        }
    }

    private static final Pattern RGBA = Pattern.compile("rgba?\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*(?:,\\s*([\\d.]+)\\s*)?\\)");

    private static Paint resolve(Map<String, String> theme, String value) {
        String v = value.strip();
        for (int hops = 0; v.startsWith("-"); hops++) {
            assertThat(hops).as("%s resolves", value).isLessThan(20);
            String next = theme.get(v);
            assertThat(next).as("the theme defines %s", v).isNotNull();
            v = next.strip();
        }
        if (v.startsWith("#") && v.length() == 7) {
            return new Paint(Rgb.of(Integer.parseInt(v.substring(1), 16)), 1);
        }
        Matcher m = RGBA.matcher(v);
        assertThat(m.matches()).as("a colour: %s (from %s)", v, value).isTrue();
        return new Paint(new Rgb(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
                m.group(4) == null ? 1 : Double.parseDouble(m.group(4)));
    }

    /** Each selector of a stylesheet (selector lists split) with its declarations; later rules add to earlier ones. */
    private static Map<String, Map<String, String>> rules(String css) {
        String plain = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, Map<String, String>> rules = new HashMap<>();
        Matcher m = Pattern.compile("([^{}]+)\\{([^}]*)}").matcher(plain);
        while (m.find()) {
            Map<String, String> declarations = new HashMap<>();
            for (String d : m.group(2).split(";")) {
                int colon = d.indexOf(':');
                if (colon > 0) {
                    declarations.put(d.substring(0, colon).strip(), d.substring(colon + 1).strip());
                }
            }
            for (String selector : m.group(1).split(",")) {
                rules.computeIfAbsent(untyped(selector), s -> new HashMap<>()).putAll(declarations);
            }
        }
        return rules;
    }

    /** Kip's selectors name their node type (Label.stat-value, see kip.css); the pairings name classes only. */
    private static String untyped(String selector) {
        return selector.strip().replaceAll("\\s+", " ").replaceAll("(^|[ >])[A-Z][A-Za-z]*(?=[.:#])", "$1");
    }

    private static String read(String resource) {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
