package dev.kip.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a thread of its own, the classes the window needs up to Today's data, in the order it needs
 * them, while the JavaFX toolkit starts: from jars, most of start-up is class loading, which this
 * spreads over a second core. The list ({@code startup-classes.txt}, written by
 * installer/list-startup-classes.sh) is only a hint: a class missing from this build or this
 * platform is skipped, and classes are loaded, not initialised, so nothing runs out of order.
 */
public final class ClassPreloader {
    static final String LIST = "startup-classes.txt";

    private ClassPreloader() {
    }

    /**
     * Loads the whole list on this thread: the installed app's class-data-sharing archive is made
     * from such a run (installer/linux/postinst), where there is no display to open the window on.
     */
    public static void main(String[] args) {
        loadAll();
    }

    static void start() {
        Thread thread = new Thread(ClassPreloader::loadAll, "kip-class-preloader");
        thread.setDaemon(true);
        thread.start();
    }

    private static void loadAll() {
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        InputStream list = ClassPreloader.class.getResourceAsStream(LIST);
        if (list == null) {
            return;
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String name = in.readLine(); name != null; name = in.readLine()) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // not in this build or on this platform: the window loads what it needs itself
                }
            }
        } catch (IOException e) {
            // the same: preloading only saves time
        }
    }
}
