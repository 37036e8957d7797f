package dev.kip.build;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
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
    private ThemeBinaries() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (Theme theme : List.of(new PrimerLight(), new PrimerDark())) {
            compile(theme.getUserAgentStylesheet(), out);
        }
        compile("/dev/kip/ui/kip.css", out);
    }

    private static void compile(String resource, Path out) throws IOException {
        String name = resource.substring(resource.lastIndexOf('/') + 1, resource.length() - ".css".length());
        Path css = Files.createTempFile("kip-theme", ".css");
        try (InputStream in = ThemeBinaries.class.getResourceAsStream(resource)) {
            Files.copy(in, css, StandardCopyOption.REPLACE_EXISTING);
        }
        Stylesheet.convertToBinary(css.toFile(), out.resolve(name + ".bss").toFile());
        Files.delete(css);
    }
}
