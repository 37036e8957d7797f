package dev.kip.bench;

import dev.kip.app.AppContext;
import dev.kip.demo.DemoJournal;
import dev.kip.domain.DiaryEntry;
import dev.kip.domain.Night;
import dev.kip.domain.Settings;
import dev.kip.journal.Journal;
import dev.kip.journal.SettingsStore;
import dev.kip.journal.WorkoutStore;
import dev.kip.service.Change;
import dev.kip.service.Changes;
import dev.kip.service.JournalExecutor;
import dev.kip.service.SleepService;
import dev.kip.service.TrendsService;
import dev.kip.ui.NoSwitching;
import dev.kip.ui.common.ControllerFactory;
import dev.kip.ui.common.SettingsModel;
import dev.kip.ui.common.KipView;
import dev.kip.ui.common.Themes;
import dev.kip.ui.common.ViewLoader;
import dev.kip.ui.trends.TrendsController;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
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
 * "Complete frame" is taken at the first layout pulse after the correlations are on screen. Timed by
 * {@link FxBench}; the first frame is measured with nothing changed (a view built again: the service's
 * figures kept), after a night saved (the service re-reads that day and works the figures out again)
 * and after a change on days not known (an import: everything read and worked out afresh).
 */
public final class TrendsBench {
    private static final int WARM_UPS = 3;
    private static final int WARM_RUNS = 7;
    private final JournalExecutor executor = JournalExecutor.background(Platform::runLater);
    private AppContext context;
    private Scene scene;
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
        double frame = yardstick.frameMs();
        Journal journal = Journal.open(path);
        FxBench.onFx(() -> {
            context = new AppContext(journal, false, executor, NoSwitching.none(), Clock.systemDefaultZone());
            Themes.apply(Settings.Theme.LIGHT);
            content = new StackPane();
            scene = new Scene(content, 1200, 800);
            scene.getStylesheets().add(Themes.kipCss());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return null;
        });
        SettingsStore settings = new SettingsStore(journal);
        Changes changes = context.controllerFactory().get(Changes.class);

        settings.put("trends.range", "W12");
        FxBench.print("Trends first complete frame, 12 weeks, cold", FxBench.time(scene, 0, 1, this::drain, this::openTrends),
                150, frame, "bare frame");
        FxBench.print("first range change to all 10 years, cold", FxBench.time(scene, 0, 1, this::drain, changeRange("#range-all")),
                150, frame, "bare frame");
        drain();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "resident memory after opening Trends and showing all 10 years: %d MB"
                + " (Java heap in use after GC: %d MB)%n", residentMb(), (rt.totalMemory() - rt.freeMemory()) >> 20);
        settings.put("trends.range", "W12");
        FxBench.print("Trends first complete frame, 12 weeks, warm, nothing changed (a view built again)",
                FxBench.time(scene, WARM_UPS, WARM_RUNS, () -> {
                    FxBench.withoutEarlierViews(content);
                    return drain();
                }, this::openTrends), 150, frame, "bare frame");
        // As after a night saved in the Sleep view: the change bus tells the service which day changed.
        SleepService sleep = context.controllerFactory().get(SleepService.class);
        LocalDate night = pairedNight(sleep, journal);
        FxBench.print("Trends first complete frame, 12 weeks, warm, after a night saved",
                FxBench.time(scene, WARM_UPS, WARM_RUNS, () -> saved(sleep, night), this::openTrends), 150, frame, "bare frame");
        settings.put("trends.range", "ALL");
        // Ranges over a year show their charts first and the correlations a moment later ("Working out…").
        FxBench.print("Trends first frame on all 10 years, after a night saved (charts; the correlations follow)",
                FxBench.time(scene, 1, WARM_RUNS, () -> saved(sleep, night), done -> openTrends(done, true)), 150, frame,
                "bare frame");
        FxBench.print("Trends first complete frame on all 10 years, after a night saved (correlations computed)",
                FxBench.time(scene, 1, WARM_RUNS, () -> saved(sleep, night), this::openTrends), 150, frame, "bare frame");
        // As after an import: any day may have changed, so everything is read and worked out afresh.
        FxBench.print("Trends first complete frame on all 10 years, after a change on unknown days (an import)",
                FxBench.time(scene, 1, 3, () -> changed(changes), this::openTrends), 150, frame, "bare frame");

        String[] presets = {"#range-4w", "#range-12w", "#range-1y", "#range-all"};
        for (String preset : presets) {
            FxBench.print("range change to " + preset.substring(7) + ", first time",
                    FxBench.time(scene, 0, 1, this::drain, changeRange(preset)), 50, frame, "bare frame");
        }
        String[] cycle = {presets[0]};
        int[] next = {0};
        FxBench.print("range change, repeated (correlations cached), cycling through the presets",
                FxBench.time(scene, 0, 2 * presets.length, () -> {
                    drain();
                    cycle[0] = presets[next[0]++ % presets.length];
                    return null;
                }, done -> changeRange(cycle[0]).start(done)), 50, frame, "bare frame");
        FxBench.onFx(() -> {
            context.close();
            return null;
        });
        Yardstick.after();
    }

    /**
     * Loads the Trends view as the shell does on a click; done at the first pulse after its complete frame.
     * Each view gets a change bus and settings model of its own (the service is the window's): a view
     * lives as long as those, so two dozen views on the window's own would all stay in the heap.
     */
    private void openTrends(Runnable done) {
        openTrends(done, false);
    }

    /** As {@link #openTrends(Runnable)}; with {@code charts}, done at the first pulse after the charts are set. */
    private void openTrends(Runnable done, boolean charts) {
        ControllerFactory window = context.controllerFactory();
        ControllerFactory oneView = new ControllerFactory()
                .with(TrendsService.class, window.get(TrendsService.class))
                .with(JournalExecutor.class, executor)
                .with(Changes.class, new Changes(Platform::runLater))
                .with(SettingsModel.class, new SettingsModel(context.settings().get()));
        ViewLoader.Loaded<TrendsController> loaded = new ViewLoader(oneView).load(KipView.TRENDS.fxml());
        controller = loaded.controller();
        if (charts) {
            controller.setOnCharted(() -> FxBench.afterNextPulse(scene, done));
        } else {
            controller.setOnRendered(() -> FxBench.afterNextPulse(scene, done));
        }
        content.getChildren().setAll(loaded.root());
    }

    /** Clicks a range preset; done at the first pulse after every chart shows it. */
    private FxBench.Run changeRange(String buttonId) {
        return done -> {
            controller.setOnRendered(() -> FxBench.afterNextPulse(scene, done));
            ((ToggleButton) content.lookup(buttonId)).fire();
        };
    }

    /** Waits until the journal thread has finished what the view queued after its frame (the history load). */
    private Void drain() throws InterruptedException {
        FxBench.drain(executor);
        return null;
    }

    /**
     * Tells of a change to the nights on days not known, as an import would, once the view on screen is taken off
     * (else it would reload meanwhile), and waits until it is delivered and the journal thread is idle.
     */
    private Void changed(Changes changes) throws Exception {
        FxBench.withoutEarlierViews(content);
        drain();
        changes.publish(Change.NIGHTS);
        FxBench.onFx(() -> null);
        return null;
    }

    /**
     * A night about a year back with a session that morning, so that saving it moves the sleep each
     * lag pairs with the session (every correlation is worked out again, as after a real edit).
     */
    private static LocalDate pairedNight(SleepService sleep, Journal journal) {
        WorkoutStore workouts = new WorkoutStore(journal);
        LocalDate d = LocalDate.now().minusYears(1);
        while (sleep.find(d).isEmpty() || workouts.between(d, d).isEmpty()) {
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * Saves {@code date}'s night through the Sleep service with a minute more or less awake in the night,
     * once the view on screen is taken off (else it would reload meanwhile), and waits until the change
     * is delivered and the journal thread is idle.
     */
    private Void saved(SleepService sleep, LocalDate date) throws Exception {
        FxBench.withoutEarlierViews(content);
        drain();
        DiaryEntry entry = sleep.find(date).orElseThrow();
        Night n = entry.night();
        int waso = n.wasoMin() > 0 ? n.wasoMin() - 1 : n.wasoMin() + 1;
        sleep.replace(date, new DiaryEntry(new Night(n.date(), n.intoBed(), n.triedToSleep(), n.solMin(), n.awakenings(), waso,
                n.finalWake(), n.outOfBed(), n.quality(), n.rested(), n.wokeEarly(), n.note(), n.zone()), entry.factors()));
        FxBench.onFx(() -> null);
        drain();
        return null;
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
