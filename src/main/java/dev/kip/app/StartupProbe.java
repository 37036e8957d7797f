package dev.kip.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;

/**
 * The start-up benchmark's hook ({@code -Dkip.startupProbe=true}, installer/bench-startup.sh): prints
 * the ms from JVM start to the window's first laid-out frame ({@code KIP_FIRST_FRAME_MS}, what the
 * budget compares with a bare window) and to the first frame showing Today's data
 * ({@code KIP_TODAY_DATA_MS}: the summary line and the cards), then exits.
 */
final class StartupProbe implements Runnable {
    private final Scene scene;
    private long firstFrameMs = -1;

    private StartupProbe(Scene scene) {
        this.scene = scene;
    }

    static boolean enabled() {
        return Boolean.getBoolean("kip.startupProbe");
    }

    static void watch(Scene scene) {
        scene.addPostLayoutPulseListener(new StartupProbe(scene));
    }

    @Override
    public void run() {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        if (firstFrameMs < 0) {
            firstFrameMs = ms;
        }
        // Today's summary line is filled with the cards, from the first query's answer.
        if (scene.lookup("#today-summary") instanceof Label summary && !summary.getText().isEmpty()) {
            scene.removePostLayoutPulseListener(this);
            Platform.runLater(() -> {
                System.out.println("KIP_FIRST_FRAME_MS " + firstFrameMs);
                System.out.println("KIP_TODAY_DATA_MS " + ms);
                System.out.flush();
                Platform.exit();
                System.exit(0);
            });
        }
    }
}
