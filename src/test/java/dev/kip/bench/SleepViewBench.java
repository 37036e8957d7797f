package dev.kip.bench;

import dev.kip.demo.DemoJournal;
import dev.kip.domain.DiaryEntry;
import dev.kip.domain.Settings;
import dev.kip.journal.FactorsStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.SettingsStore;
import dev.kip.journal.SleepDiaryStore;
import dev.kip.service.Changes;
import dev.kip.service.JournalExecutor;
import dev.kip.service.SleepService;
import dev.kip.service.SleepSourcesService;
import dev.kip.ui.common.ControllerFactory;
import dev.kip.ui.common.SettingsModel;
import dev.kip.ui.common.Themes;
import dev.kip.ui.common.ViewLoader;
import dev.kip.ui.sleep.SleepController;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Benchmark of the Sleep view on a 10-year demo journal (about 3,650 nights). Budgets (DESIGN.md):
 * opening the view ≤ 100 ms after the click, saving a night ≤ 10 ms.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) dev.kip.bench.SleepViewBench /tmp/kip-bench.db
 * </pre>
 * (With network access, {@code mvn test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.kip.bench.SleepViewBench -Dexec.args=/tmp/kip-bench.db} does the same; offline, the
 * pinned exec-maven-plugin 3.5.0 cannot resolve its parent POM from the local repository.)
 *
 * The journal is written with {@link DemoJournal} (10 years, seed 42) when the file does not exist.
 * Runs headless on Monocle unless {@code -Dbench.display=true} (then on the real or Xvfb display).
 *
 * <ul>
 *   <li>open: FXML load + controller + reading the newest 60 nights and their factors on the journal thread
 *       + figures and flags of the rows shown + the first layout pulse with the data in it (the older nights are
 *       read once that frame is laid out and join the list after it). The first open (cold:
 *       classes loading, JIT cold) and the median of 20 later opens (as when switching views in a
 *       running app) are both reported.</li>
 *   <li>save: the Save button of the view on an existing night (one transaction, synchronous=FULL,
 *       then list and summary updated in memory and laid out), median of 50; and the store write alone.</li>
 * </ul>
 */
public final class SleepViewBench {
    private static final int OPENS = 20;
    private static final int SAVES = 50;
    /** FXML load and controller construction alone, per open: the part not spent on the journal or layout. */
    private static final List<Double> fxmlMs = new ArrayList<>();

    private SleepViewBench() {
    }

    public static void main(String[] args) throws Exception {
        try {
            bench(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void bench(String[] args) throws Exception {
        if (!Boolean.getBoolean("bench.display")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench/kip-10y.db");
        boolean fresh = !Files.exists(file);
        try (Journal journal = Journal.open(file)) {
            if (fresh) {
                long t = System.nanoTime();
                DemoJournal.write(journal, 10, 42, LocalDate.now());
                System.out.printf(Locale.ROOT, "demo journal written: %s (%.1f s)%n", file, (System.nanoTime() - t) / 1e9);
            }
            NightStore nights = new NightStore(journal);
            System.out.printf(Locale.ROOT, "journal: %s, %,d nights%n", file, nights.count());
            run(journal, nights);
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    private static void run(Journal journal, NightStore nights) throws Exception {
        FactorsStore factors = new FactorsStore(journal);
        SleepDiaryStore diary = new SleepDiaryStore(journal, nights, factors);
        Settings settings = new SettingsStore(journal).load();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Yardstick yardstick = Yardstick.print(journal.file());
        Stage stage = FxBench.onFx(() -> {
            Themes.apply(settings.theme());
            Stage s = new Stage();
            Scene scene = new Scene(new StackPane(), 1280, 800);
            scene.getStylesheets().add(Themes.kipCss());
            s.setScene(scene);
            s.show();
            return s;
        });
        Scene scene = stage.getScene();

        JournalExecutor background = JournalExecutor.background(Platform::runLater);
        // Each open with services, change bus and settings model of its own, as a new window would: a view
        // lives as long as its bus and settings, so twenty views on one of each would all stay in the heap.
        StackPane content = (StackPane) scene.getRoot();
        FxBench.Times open = FxBench.time(scene, 1, OPENS, () -> {
                    FxBench.settle(scene, background); // the last view's older nights read and listed
                    return FxBench.withoutEarlierViews(content);
                },
                done -> openOnce(scene, factory(journal, background, settings), done));
        FxBench.nextPulse(scene); // the last view asks for its older nights after its first frame, before the thread stops
        background.close();
        double[] fxml = fxmlMs.stream().skip(1).mapToDouble(Double::doubleValue).toArray();
        System.out.printf(Locale.ROOT, "  of which FXML load + controllers: first %.1f ms, then median %.1f ms%n", fxmlMs.get(0),
                FxBench.median(fxml));
        FxBench.print("open Sleep view (FXML to the nights shown)", open, 100, yardstick.frameMs(), "bare frame");

        FxBench.Times viewSaves = saveThroughView(scene, factory(journal, JournalExecutor.sameThread(), settings));
        FxBench.print("save a night (Save button, write + list and summary update)", viewSaves, 10, yardstick.writeMs(), "raw write");

        LocalDate day = nights.latest(LocalDate.now(), 1).get(0).date();
        DiaryEntry entry = diary.find(day).orElseThrow();
        FxBench.print("save a night (store write alone, one transaction)", FxBench.timeHere(5, SAVES, () -> diary.replace(day, entry)),
                10, yardstick.writeMs(), "raw write");
        Yardstick.after();
    }

    private static ControllerFactory factory(Journal journal, JournalExecutor executor, Settings settings) {
        Changes changes = new Changes(executor.callbacks());
        return new ControllerFactory()
                .with(SleepService.class, new SleepService(journal, new SleepSourcesService(journal, changes), changes,
                        Clock.systemDefaultZone()))
                .with(JournalExecutor.class, executor)
                .with(Changes.class, changes)
                .with(SettingsModel.class, new SettingsModel(settings))
                .with(Clock.class, Clock.systemDefaultZone());
    }

    /** From "click" (on the FX thread) to the first pulse laid out with the nights shown. */
    private static void openOnce(Scene scene, ControllerFactory factory, Runnable done) {
        long t0 = System.nanoTime();
        ViewLoader.Loaded<SleepController> view = new ViewLoader(factory).load("/dev/kip/ui/sleep/Sleep.fxml");
        fxmlMs.add((System.nanoTime() - t0) / 1e6);
        Runnable[] probe = new Runnable[1];
        probe[0] = () -> {
            if (view.controller().isLoaded()) {
                done.run();
                Platform.runLater(() -> scene.removePostLayoutPulseListener(probe[0]));
            }
        };
        scene.addPostLayoutPulseListener(probe[0]);
        ((StackPane) scene.getRoot()).getChildren().setAll(view.root());
    }

    /**
     * Saves the newest night through the view's Save button, moving out of bed by a minute each time.
     * A journal task hands its result back through {@code Platform.runLater} even on the same-thread
     * executor, so each save is timed from the click to the pulse after that hand-back, which styles and
     * lays out the scene (the wait for the pulse to come, up to a frame, left out).
     */
    private static FxBench.Times saveThroughView(Scene scene, ControllerFactory factory) throws Exception {
        ViewLoader.Loaded<SleepController> view = FxBench.onFx(() -> {
            ViewLoader.Loaded<SleepController> v = new ViewLoader(factory).load("/dev/kip/ui/sleep/Sleep.fxml");
            ((StackPane) scene.getRoot()).getChildren().setAll(v.root());
            return v;
        });
        FxBench.onFx(() -> {
            view.root().applyCss(); // the form sits in a ScrollPane: its content joins the scene graph once skinned
            TableLookup.selectNewest(view.root());
            return null;
        });
        TextField outOfBed = (TextField) view.root().lookup("#out-of-bed");
        Button save = (Button) view.root().lookup("#save");
        LocalTime base = LocalTime.parse(outOfBed.getText().length() == 4 ? "0" + outOfBed.getText() : outOfBed.getText());
        int[] i = {0};
        FxBench.onFx(() -> {
            outOfBed.setText(base.toString());
            return null;
        });
        return FxBench.time(scene, 5, SAVES, done -> {
            if (save.isDisabled()) {
                throw new IllegalStateException("the newest night does not validate: "
                        + ((javafx.scene.control.Label) view.root().lookup("#problems")).getText());
            }
            save.fire();
            Platform.runLater(() -> FxBench.pulseThen(scene, () -> {
                done.run();
                outOfBed.setText(base.plusMinutes(++i[0] % 2).toString()); // the next run's edit, not timed
            }));
        });
    }
}
