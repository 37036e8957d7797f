import java.lang.management.ManagementFactory;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: the least a JavaFX app can show, a Label in a Stage.
 * Like Kip it starts JavaFX from a plain main (no Application subclass), and it reports its first
 * frame the same way Kip's -Dkip.startupProbe does (first post-layout pulse of the scene), printing
 * BARE_FIRST_FRAME_MS, the ms since JVM start, and BARE_CPU_MS, the CPU time all its threads used by then. Compiled and run by installer/bench-startup.sh.
 */
public final class BareWindow {
    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Bare window");
            Scene scene = new Scene(new Label("Hello"), 1200, 800);   // the size of Kip's window when it has none saved
            stage.setScene(scene);
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    Platform.runLater(() -> {
                        System.out.println("BARE_FIRST_FRAME_MS " + ms);
                        System.out.println("BARE_CPU_MS " + ((com.sun.management.OperatingSystemMXBean)
                                ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000);
                        System.exit(0);
                    });
                }
            });
            stage.show();
        });
    }
}
