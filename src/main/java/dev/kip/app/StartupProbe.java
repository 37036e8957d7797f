package dev.kip.app;

import dev.kip.ui.common.KipView;
import dev.kip.ui.shell.ShellController;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;

/**
 * The start-up and memory benchmarks' hook (installer/bench-startup.sh, src/test/bench/bench-memory.sh).
 * With {@code -Dkip.startupProbe=true} it prints the ms from JVM start to the window's first laid-out
 * frame ({@code KIP_FIRST_FRAME_MS}) and to the first frame showing Today's data
 * ({@code KIP_TODAY_DATA_MS}: the summary line and the cards, what the budget compares with a bare
 * window) and the CPU time all threads used by then ({@code KIP_CPU_MS}), then exits. With {@code -Dkip.startupProbe=memory} it goes on: once the shell has built
 * every view it shows Trends, waits until the resident size settles, prints {@code KIP_RESIDENT_MB}
 * (and the peak, {@code KIP_PEAK_RESIDENT_MB}, the heap committed and what is live in it), then exits.
 */
final class StartupProbe implements Runnable {
    private static final String PROPERTY = "kip.startupProbe";
    /** Samples of the resident size, and how many in a row within a few MB count as settled. */
    private static final long SAMPLE_MS = 500;
    private static final int SETTLED_SAMPLES = 4;
    private static final long SETTLE_MB = 3;
    private static final int MAX_SAMPLES = 60;
    private final Scene scene;
    private long firstFrameMs = -1;

    private StartupProbe(Scene scene) {
        this.scene = scene;
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY) || memory();
    }

    private static boolean memory() {
        return "memory".equals(System.getProperty(PROPERTY));
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
                System.out.println("KIP_CPU_MS " + ((com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000);
                System.out.flush();
                if (!memory()) {
                    exit();
                }
            });
        }
    }

    /** In the memory probe: once every view is built, shows Trends and reports the settled resident size. */
    static void whenAllBuilt(CompletionStage<Void> built, ShellController shell) {
        if (memory()) {
            built.thenRun(() -> Platform.runLater(() -> {
                shell.show(KipView.TRENDS);
                CompletableFuture.runAsync(StartupProbe::reportSettledMemory);
            }));
        }
    }

    private static void reportSettledMemory() {
        long last = -1;
        int steady = 0;
        for (int i = 0; i < MAX_SAMPLES && steady < SETTLED_SAMPLES; i++) {
            sleep();
            long now = status("VmRSS:");
            steady = Math.abs(now - last) <= SETTLE_MB ? steady + 1 : 0;
            last = now;
        }
        Runtime rt = Runtime.getRuntime();
        System.out.println("KIP_RESIDENT_MB " + last);
        System.out.println("KIP_PEAK_RESIDENT_MB " + status("VmHWM:"));
        System.out.println("KIP_RESIDENT_PARTS_MB anonymous " + status("RssAnon:") + ", files " + status("RssFile:")
                + ", shared memory " + status("RssShmem:"));
        long committed = rt.totalMemory() >> 20;
        System.gc(); // after the figures: what is live tells how much of the committed heap the journal needs
        System.out.println("KIP_HEAP_COMMITTED_MB " + committed + " (live after a full GC " + ((rt.totalMemory() - rt.freeMemory()) >> 20) + ")");
        System.out.flush();
        Platform.runLater(StartupProbe::exit);
    }

    private static void sleep() {
        try {
            TimeUnit.MILLISECONDS.sleep(SAMPLE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A size line of /proc/self/status in MB (Linux; -1 elsewhere). */
    private static long status(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1;
    }

    private static void exit() {
        Platform.exit();
        System.exit(0);
    }
}
