package dev.kip.journal;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Locale;
import java.util.Optional;

/**
 * Points sqlite-jdbc at a copy of its native library unpacked beside kip.jar when the app was built
 * (the pom for {@code target/}, installer/build.sh for the app-image), in sqlite-jdbc's own layout
 * {@code native/org/sqlite/native/<OS>/<arch>/}. Otherwise sqlite-jdbc writes its own copy to the
 * temp folder at every start, about 75 ms of CPU while the window is starting. When the copy is
 * missing or does not load (an unusual platform), sqlite-jdbc unpacks its own as before.
 */
final class SqliteNativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /** Call before the first connection; leaves sqlite-jdbc's own settings alone when given. */
    static void preferUnpackedCopy() {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        Path jar = codeJar();
        if (jar == null || jar.getParent() == null) {
            return;
        }
        String name = System.mapLibraryName("sqlitejdbc");
        platformFolder(System.getProperty("os.name", ""), System.getProperty("os.arch", ""))
                .map(platform -> jar.getParent().resolve("native/org/sqlite/native/" + platform))
                .filter(folder -> Files.isRegularFile(folder.resolve(name)))
                .ifPresent(folder -> {
                    System.setProperty(PATH_PROPERTY, folder.toString());
                    System.setProperty(NAME_PROPERTY, name);
                });
    }

    /**
     * sqlite-jdbc's folder for a platform, e.g. "Linux/x86_64" for Linux on amd64 (the common desktop
     * ones; its own OSInfo knows more, but costs ~20 ms at start as it looks for musl).
     */
    static Optional<String> platformFolder(String osName, String osArch) {
        String os = osName.startsWith("Windows") ? "Windows"
                : osName.startsWith("Mac") ? "Mac"
                : osName.equals("Linux") ? "Linux" : null;
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        return os == null || arch == null ? Optional.empty() : Optional.of(os + "/" + arch);
    }

    /** kip.jar, or null when the classes run from a folder (tests, mvn javafx:run). */
    private static Path codeJar() {
        CodeSource source = SqliteNativeLibrary.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
