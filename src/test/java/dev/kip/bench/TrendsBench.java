package dev.kip.bench;

import dev.kip.app.AppContext;
import dev.kip.demo.DemoJournal;
import dev.kip.domain.Settings;
import dev.kip.journal.Journal;
import dev.kip.journal.SettingsStore;
import dev.kip.service.JournalExecutor;
import dev.kip.ui.common.JournalSwitcher;
import dev.kip.ui.common.KipView;
import dev.kip.ui.common.Themes;
import dev.kip.ui.common.ViewLoader;
import dev.kip.ui.trends.TrendsController;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The Trends budgets on a 10-year demo journal (written first if the file is missing):
 * the first complete frame after opening the view (charts drawn and the correlations shown),
 * a range change, and the resident memory with Trends showing ten years. Run headless:
 * <pre>
 * mvn -o -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp %classpath dev.kip.bench.TrendsBench"
 * </pre>
 * An optional argument names the journal (default: kip-bench-10y.db in the temporary folder).
 * "Complete frame" is taken at the first layout pulse after the correlations are on screen.
 */
public final class TrendsBench {
    private static final int WARM_UPS = 3;
    private static final int WARM_RUNS = 7;
    private final JournalExecutor executor = JournalExecutor.background(Platform::runLater);
    private final BlockingQueue<Long> frames = new ArrayBlockingQueue<>(4);
    private AppContext context;
    private StackPane content;
    private TrendsController controller;

    private TrendsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path path = args.length > 0 ? Path.of(args[0]) : Path.of(System.getProperty("java.io.tmpdir"), "kip-bench-10y.db");
        if (!Files.exists(path)) {
            long t = System.nanoTime();
            try (Journal journal = Journal.open(path)) {
                DemoJournal.write(journal, 10, 1L, LocalDate.now());
            }
            System.out.printf(Locale.ROOT, "wrote a 10-year demo journal in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        new TrendsBench().run(path);
        System.exit(0);
    }

    private void run(Path path) throws Exception {
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Yardstick yardstick = Yardstick.print(path);
        Journal journal = Journal.open(path);
        onFx(() -> {
            context = new AppContext(journal, false, executor, new JournalSwitcher() {
                @Override
                public void open(Path p) {
                }

                @Override
                public List<Path> recentJournals() {
                    return List.of();
                }

                @Override
                public void quit() {
                }
            }, Clock.systemDefaultZone());
            Themes.apply(Settings.Theme.LIGHT);
            content = new StackPane();
            Scene scene = new Scene(content, 1200, 800);
            scene.getStylesheets().add(Themes.kipCss());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });
        SettingsStore settings = new SettingsStore(journal);

        settings.put("trends.range", "W12");
        Timing cold = openTrends();
        Timing coldAll = changeRange("#range-all");
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "resident memory after opening Trends and showing all 10 years: %d MB"
                + " (Java heap in use after GC: %d MB)%n", residentMb(), (rt.totalMemory() - rt.freeMemory()) >> 20);
        settings.put("trends.range", "W12");
        for (int i = 0; i < WARM_UPS; i++) {
            openTrends();
        }
        List<Timing> warm = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            warm.add(openTrends());
        }
        settings.put("trends.range", "ALL");
        List<Timing> warmAll = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            warmAll.add(openTrends());
        }
        System.out.println("Trends first complete frame, 12 weeks: cold " + cold + "; warm " + medians(warm));
        System.out.println("first range change to all 10 years, cold: " + coldAll);
        System.out.println("Trends first complete frame on all 10 years (correlations computed): " + medians(warmAll));

        String[] presets = {"#range-4w", "#range-12w", "#range-1y", "#range-all"};
        List<Timing> changes = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String preset : presets) {
                Timing t = changeRange(preset);
                if (round == 0) {
                    System.out.println("range change to " + preset.substring(7) + ", first time: " + t);
                } else {
                    changes.add(t);
                }
            }
        }
        System.out.println("range change, repeated (correlations cached): " + medians(changes));
        onFx(() -> context.close());
        Yardstick.after();
    }

    /** Loads the Trends view as the shell does on a click and waits for its first complete frame; ms. */
    private Timing openTrends() throws Exception {
        frames.clear();
        AtomicLong start = new AtomicLong();
        long cpu = processCpuNanos();
        onFx(() -> {
            start.set(System.nanoTime());
            ViewLoader.Loaded<TrendsController> loaded = new ViewLoader(context.controllerFactory()).load(KipView.TRENDS.fxml());
            controller = loaded.controller();
            controller.setOnRendered(this::afterNextPulse);
            content.getChildren().setAll(loaded.root());
        });
        Timing t = new Timing((frames.poll(60, TimeUnit.SECONDS) - start.get()) / 1e6, (processCpuNanos() - cpu) / 1e6);
        drain();
        return t;
    }

    /** Waits until the journal thread has finished what the view queued after its frame (the history load). */
    private void drain() throws InterruptedException {
        CountDownLatch idle = new CountDownLatch(1);
        executor.submit(() -> null, done -> idle.countDown(), e -> idle.countDown());
        idle.await();
    }

    /** Clicks a range preset and waits for every chart to show it; ms. */
    private Timing changeRange(String buttonId) throws Exception {
        frames.clear();
        AtomicLong start = new AtomicLong();
        long cpu = processCpuNanos();
        onFx(() -> {
            start.set(System.nanoTime());
            ((ToggleButton) content.lookup(buttonId)).fire();
        });
        Timing t = new Timing((frames.poll(60, TimeUnit.SECONDS) - start.get()) / 1e6, (processCpuNanos() - cpu) / 1e6);
        drain();
        return t;
    }

    /**
     * Wall time, and the CPU time the whole process spent meanwhile (all threads): on a machine
     * shared with other work the wall time mostly measures waiting, the CPU time the work itself.
     */
    private record Timing(double wallMs, double cpuMs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f ms wall, %.0f ms CPU", wallMs, cpuMs);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String medians(List<Timing> timings) {
        return String.format(Locale.ROOT, "median %.0f ms wall, %.0f ms CPU",
                median(timings.stream().map(Timing::wallMs).toList()), median(timings.stream().map(Timing::cpuMs).toList()));
    }

    private void afterNextPulse() {
        Scene scene = content.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            frames.add(System.nanoTime());
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** VmRSS from /proc/self/status (Linux), in MB; -1 elsewhere. */
    private static long residentMb() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
