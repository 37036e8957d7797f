package dev.kip.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app version, filtered into a resource by the build (so it is right under mvn javafx:run too). */
public final class KipVersion {
    private KipVersion() {
    }

    public static String get() {
        try (InputStream in = KipVersion.class.getResourceAsStream("/dev/kip/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
