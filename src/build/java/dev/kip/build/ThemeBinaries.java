package dev.kip.build;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.css.CompoundSelector;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.SimpleSelector;
import javafx.css.Stylesheet;

/**
 * Build step, run by every build right after the app's classes are compiled (so {@code mvn compile},
 * {@code mvn javafx:run} and builds that skip the tests all get it): compiles the AtlantaFX themes and
 * Kip's own kip.css, as they are now, to JavaFX's binary stylesheet format beside the app's classes.
 * With every stylesheet of the first frame binary, start-up never loads JavaFX's CSS parser at all:
 * parsing the 170 kB theme CSS costs about 200 ms at every start, loading the binary form about 10 ms.
 * It lives in its own source folder (src/build/java), so it is neither shipped nor a test.
 */
public final class ThemeBinaries {
    /**
     * The type of the theme's first rule, which no node has: the rule matches nothing and only names the style
     * classes in the order JavaFX should number them ({@link #withClassOrder}).
     */
    public static final String CLASS_ORDER_TYPE = "KipStyleClassOrder";

    private ThemeBinaries() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        List<Theme> themes = List.of(new PrimerLight(), new PrimerDark());
        List<String> sources = new ArrayList<>();
        for (Theme theme : themes) {
            sources.add(read(theme.getUserAgentStylesheet()));
        }
        String order = classOrderRule(sources);
        for (int i = 0; i < themes.size(); i++) {
            compile(themes.get(i).getUserAgentStylesheet(), order + sources.get(i), out);
        }
        compile("/dev/kip/ui/kip.css", read("/dev/kip/ui/kip.css"), out);
    }

    /**
     * A rule naming the themes' style classes so that JavaFX 21 matches styles faster. JavaFX numbers each style
     * class the first time it meets one (the theme is the first stylesheet loaded), and for every new kind of
     * node it looks at every typeless selector of the theme, reading the selector's classes bit by bit from
     * number 0 up to the first one it has (JDK-8322964, fixed in JavaFX 23): a selector costs about its lowest
     * class number. Numbering first, greedily, the classes most selectors end with brings the themes' sum
     * from about 75,000 to 46,000 steps for each kind of node (Training's open: 3-7 ms less FX-thread CPU). The
     * rule has no declarations and a type no node has; a later JavaFX neither needs nor minds it.
     */
    static String classOrderRule(List<String> themes) {
        List<Set<String>> slots = new ArrayList<>();
        Set<Set<String>> seen = new HashSet<>();
        for (String css : themes) {
            for (Rule rule : new CssParser().parse(css).getRules()) {
                for (Selector selector : rule.getSelectors()) {
                    SimpleSelector last = selector instanceof CompoundSelector compound
                            ? compound.getSelectors().get(compound.getSelectors().size() - 1)
                            : (SimpleSelector) selector;
                    Set<String> classes = new LinkedHashSet<>(last.getStyleClasses());
                    if ("*".equals(last.getName()) && !classes.isEmpty() && seen.add(classes)) {
                        slots.add(classes);
                    }
                }
            }
        }
        List<String> order = new ArrayList<>();
        while (!slots.isEmpty()) {
            Map<String, Integer> counts = new LinkedHashMap<>(); // first met wins a tie: the same order every build
            for (Set<String> slot : slots) {
                for (String c : slot) {
                    counts.merge(c, 1, Integer::sum);
                }
            }
            String most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            order.add(most);
            slots.removeIf(slot -> slot.contains(most));
        }
        return "/* Kip's build: numbers the style classes (ThemeBinaries.classOrderRule); matches nothing. */\n"
                + order.stream().map(c -> CLASS_ORDER_TYPE + "." + c).collect(Collectors.joining(", ")) + " {\n}\n";
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ThemeBinaries.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void compile(String resource, String text, Path out) throws IOException {
        String name = resource.substring(resource.lastIndexOf('/') + 1, resource.length() - ".css".length());
        Path css = Files.createTempFile("kip-theme", ".css");
        Files.writeString(css, text);
        Stylesheet.convertToBinary(css.toFile(), out.resolve(name + ".bss").toFile());
        Files.delete(css);
    }
}
