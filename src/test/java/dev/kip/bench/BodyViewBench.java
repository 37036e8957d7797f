package dev.kip.bench;

import atlantafx.base.theme.PrimerLight;
import dev.kip.demo.DemoJournal;
import dev.kip.journal.BodyMarkStore;
import dev.kip.service.BodyService;
import dev.kip.service.Changes;
import dev.kip.service.PhysioService;
import dev.kip.service.SettingsService;
import dev.kip.journal.Journal;
import dev.kip.service.JournalExecutor;
import dev.kip.ui.common.ControllerFactory;
import dev.kip.ui.common.Themes;
import dev.kip.ui.common.ViewLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;

/**
 * Body view benchmark on a 10-year demo journal (budgets: opening ≤ 100 ms, stepping a day ≤ 30 ms;
 * medians over 30 warm runs). Opening = FXML load, controller, the day's query, map restyled, CSS and
 * layout; stepping = the previous-day button fired, one query, map restyled, CSS and layout. The
 * journal work runs on the FX thread here (same-thread executor) so each figure includes it.
 * Runs headless (Monocle, software pipeline), like the tests:
 *
 * <pre>mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.kip.bench.BodyViewBench -Dexec.args=JOURNAL</pre>
 *
 * A JOURNAL that does not exist is first filled with a 10-year demo (seed 42) ending today.
 */
public final class BodyViewBench {
    private static final int WARM_UP = 30;
    private static final int RUNS = 30;

    private BodyViewBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: BodyViewBench JOURNAL");
            System.exit(2);
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Path file = Path.of(args[0]);
        boolean fresh = !Files.exists(file);
        try (Journal journal = Journal.open(file)) {
            if (fresh) {
                long t = System.nanoTime();
                DemoJournal.write(journal, 10, 42, LocalDate.now());
                System.out.printf(Locale.ROOT, "wrote a 10-year demo journal in %.1f s%n", (System.nanoTime() - t) / 1e9);
            }
            BodyMarkStore store = new BodyMarkStore(journal);
            System.out.printf(Locale.ROOT, "journal %s: %,d body marks; JDK %s, %d CPUs%n", file, store.all().size(),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get();
            Yardstick.print(file);
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    measure(journal);
                    done.complete(null);
                } catch (Throwable t) {
                    done.completeExceptionally(t);
                }
            });
            done.get();
            Yardstick.after();
        } finally {
            Platform.exit();
        }
    }

    private static void measure(Journal journal) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Changes changes = Changes.direct();
        ControllerFactory factory = new ControllerFactory()
                .with(BodyService.class, new BodyService(journal, changes, Clock.systemDefaultZone()))
                .with(PhysioService.class, new PhysioService(journal, new SettingsService(journal, changes), changes))
                .with(JournalExecutor.class, JournalExecutor.sameThread())
                .with(Changes.class, changes)
                .with(Clock.class, Clock.systemDefaultZone());
        ViewLoader loader = new ViewLoader(factory);

        // the view goes into an existing window's content area, as the shell does
        StackPane content = new StackPane();
        Scene scene = new Scene(content, 1200, 800);
        scene.getStylesheets().add(Themes.kipCss());
        Timings open = new Timings();
        Parent last = null;
        for (int i = -WARM_UP; i < RUNS; i++) {
            Timings.Start t = Timings.start();
            Parent root = loader.load("/dev/kip/ui/body/Body.fxml").root();
            content.getChildren().setAll(root);
            content.applyCss();
            content.layout();
            if (i >= 0) {
                open.add(t);
            }
            last = root;
        }
        Button previous = (Button) last.lookup("#day-previous");
        Timings step = new Timings();
        for (int i = -WARM_UP; i < RUNS; i++) {
            Timings.Start t = Timings.start();
            previous.fire();
            last.applyCss();
            last.layout();
            if (i >= 0) {
                step.add(t);
            }
        }
        report("open the Body view", open, 100);
        report("step a day", step, 30);
    }

    /**
     * Wall-clock and FX-thread CPU times of the measured runs. The CPU time is what this work costs
     * whatever else the machine is doing; the wall time is what a person waits on a quiet machine.
     */
    private static final class Timings {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final double[] wall = new double[RUNS];
        private final double[] cpu = new double[RUNS];
        private int n;

        record Start(long wall, long cpu) {
        }

        static Start start() {
            return new Start(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
        }

        void add(Start s) {
            wall[n] = (System.nanoTime() - s.wall()) / 1e6;
            cpu[n] = (THREADS.getCurrentThreadCpuTime() - s.cpu()) / 1e6;
            n++;
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[RUNS / 2 - 1] + sorted[RUNS / 2]) / 2;
    }

    private static void report(String what, Timings t, double budget) {
        double wall = median(t.wall);
        double cpu = median(t.cpu);
        System.out.printf(Locale.ROOT, "%-20s median %6.2f ms wall, %6.2f ms FX-thread CPU  (budget %.0f ms) %s%n",
                what, wall, cpu, budget, wall <= budget ? "OK" : cpu <= budget ? "OK on CPU time; wall time suffers from machine load" : "OVER BUDGET");
    }
}
