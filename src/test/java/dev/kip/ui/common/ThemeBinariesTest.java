package dev.kip.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The binary stylesheets the app loads hold what the current CSS compiles to: the build makes them in
 * its compile phase, so an edit to kip.css can never be hidden by a stale {@code .bss}. (A binary
 * stylesheet records the path it was converted from, so the rules are compared, not the bytes.) A theme's
 * binary form starts with one rule of the build's own that matches nothing (ThemeBinaries.classOrderRule).
 */
class ThemeBinariesTest {

    @TempDir
    Path dir;

    @Test
    void kipCssIsLoadedInTheBinaryFormOfTheCurrentSource() throws IOException {
        assertThat(Themes.kipCss()).endsWith("/dev/kip/ui/theme/kip.bss");
        assertThat(rules(built("kip.bss"))).isEqualTo(rules(converted(Path.of("src/main/resources/dev/kip/ui/kip.css"))));
    }

    @Test
    void theThemesAreTheirBinaryForm() throws IOException {
        for (String css : new String[] {new PrimerLight().getUserAgentStylesheet(), new PrimerDark().getUserAgentStylesheet()}) {
            String name = css.substring(css.lastIndexOf('/') + 1, css.length() - ".css".length());
            Path source = dir.resolve(name + ".css");
            try (InputStream in = PrimerLight.class.getResourceAsStream(css)) {
                Files.copy(in, source);
            }
            List<Rule> built = Stylesheet.loadBinary(built(name + ".bss")).getRules();
            Rule order = built.get(0);
            assertThat(order.getDeclarations()).as(name + ": the class-order rule sets nothing").isEmpty();
            assertThat(order.getSelectors()).as(name + ": the class-order rule matches no node")
                    .allSatisfy(s -> assertThat(s.toString()).startsWith("KipStyleClassOrder."));
            assertThat(rules(built.subList(1, built.size()), built(name + ".bss")))
                    .as(name).isEqualTo(rules(converted(source)));
        }
    }

    private static URL built(String name) {
        URL url = Themes.class.getResource("/dev/kip/ui/theme/" + name);
        assertThat(url).as(name + " in the app's classes").isNotNull();
        return url;
    }

    private URL converted(Path css) throws IOException {
        Path bss = dir.resolve(css.getFileName() + ".bss");
        Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        return bss.toUri().toURL();
    }

    /** Every rule's selectors and declarations, as text; URLs, which resolve against the file read, as if it were one. */
    private static String rules(URL bss) throws IOException {
        return rules(Stylesheet.loadBinary(bss).getRules(), bss);
    }

    private static String rules(List<Rule> rules, URL bss) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : rules) {
            text.append(rule.getSelectors()).append(" {\n");
            for (Declaration d : rule.getDeclarations()) {
                text.append("  ").append(d.getProperty()).append(": ").append(d.getParsedValue())
                        .append(d.isImportant() ? " !important" : "").append(";\n");
            }
            text.append("}\n");
        }
        return text.toString().replace(bss.toExternalForm(), "STYLESHEET");
    }
}
