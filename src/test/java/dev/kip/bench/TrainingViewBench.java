package dev.kip.bench;

import dev.kip.demo.DemoJournal;
import dev.kip.domain.Exercise;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Settings;
import dev.kip.domain.Workout;
import dev.kip.domain.WorkoutSummary;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.TrainingQueries;
import dev.kip.journal.WorkoutStore;
import dev.kip.service.Changes;
import dev.kip.service.ExerciseSets;
import dev.kip.service.JournalExecutor;
import dev.kip.service.SettingsService;
import dev.kip.service.TrainingService;
import dev.kip.ui.common.ControllerFactory;
import dev.kip.ui.common.SettingsModel;
import dev.kip.ui.common.Themes;
import dev.kip.ui.common.ViewLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Times the Training view on a 10-year demo journal (about 2,000 workouts and 60,000 sets), headless:
 * opening the view (FXML, the workout list query, CSS and layout), opening one exercise's history
 * (SQL aggregate, records, chart, layout) and saving a set. Journal work runs on the FX thread here
 * (same-thread executor), so each figure is the whole wait. Medians of 25 runs after 5 warm-ups.
 *
 * <pre>mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.kip.bench.TrainingViewBench</pre>
 */
public final class TrainingViewBench {
    private static final int WARM_UP = 5;
    private static final int RUNS = 25;
    private static Stage benchStage;
    private static Yardstick yardstick;

    private TrainingViewBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        // The journal to measure (src/test/bench/bench.sh passes a copy of a 10-year demo), else a new one.
        Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("kip-bench").resolve("demo.db");
        LocalDate today = LocalDate.now();
        try (Journal journal = Journal.open(file)) {
            long t = System.nanoTime();
            if (new WorkoutStore(journal).count() == 0) {
                DemoJournal.write(journal, 10, 42, today);
            }
            WorkoutStore workouts = new WorkoutStore(journal);
            TrainingQueries queries = new TrainingQueries(journal);
            System.out.printf(Locale.ROOT, "journal: %,d workouts, %,d sets (ready in %.1f s)%n", workouts.count(),
                    queries.summaries().stream().mapToInt(s -> s.setCount()).sum(), (System.nanoTime() - t) / 1e9);
            run(journal, workouts, queries);
        } finally {
            Platform.exit();
        }
    }

    private static void run(Journal journal, WorkoutStore workouts, TrainingQueries queries) throws Exception {
        ExerciseStore exercises = new ExerciseStore(journal);
        Changes changes = Changes.direct();
        TrainingService service = new TrainingService(journal, new SettingsService(journal, changes), changes, Clock.systemDefaultZone());
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        yardstick = Yardstick.print(journal.file());
        Stage stage = onFx(() -> {
            Themes.apply(Settings.Theme.LIGHT);
            Stage s = new Stage();
            Scene scene = new Scene(new StackPane(), 1200, 780);
            scene.getStylesheets().add(Themes.kipCss());
            s.setScene(scene);
            s.show();
            benchStage = s;
            return s;
        });

        // Each open with services and models of its own, as a new window would: a view lives as long as its
        // change bus and settings model, so thirty views on one of each would all stay in the heap.
        Times open = timeOnFx(() -> {
            Parent root = new ViewLoader(factory(journal)).load("/dev/kip/ui/training/Training.fxml").root();
            stage.getScene().setRoot(root);
            root.applyCss();
            root.layout();
            return root;
        });
        report("open the Training view", open, 100, false);

        Exercise squat = exercises.byName("Back Squat").orElseThrow();
        ListView<Exercise> list = onFx(() -> {
            Parent root = stage.getScene().getRoot();
            ((TabPane) root.lookup(".tab-pane")).getSelectionModel().select(1);
            root.applyCss();
            root.layout();
            @SuppressWarnings("unchecked")
            ListView<Exercise> l = (ListView<Exercise>) root.lookup("#exercise-list");
            return l;
        });
        int[] sessions = {queries.exerciseHistory(squat.id()).size()};
        Times history = timeOnFx(() -> {
            list.getSelectionModel().clearSelection();
            list.getSelectionModel().select(list.getItems().stream().filter(e -> e.id().equals(squat.id())).findFirst().orElseThrow());
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            return null;
        });
        report("open Back Squat's history (" + sessions[0] + " sessions)", history, 100, false);

        // The newest workout saved through the view as it stands: write, records, list and editor updated.
        Button save = onFx(() -> {
            Parent root = stage.getScene().getRoot();
            ((TabPane) root.lookup(".tab-pane")).getSelectionModel().select(0);
            @SuppressWarnings("unchecked")
            ListView<WorkoutSummary> workoutList = (ListView<WorkoutSummary>) root.lookup("#workout-list");
            workoutList.getSelectionModel().select(0);
            root.applyCss();
            root.layout();
            return (Button) root.lookup("#save-workout");
        });
        Times viewSave = timeOnFx(() -> {
            save.fire();
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            return null;
        });
        report("save a workout through the view (write, records, list, editor)", viewSave, 10, true);

        Workout latest = workouts.latest(LocalDate.now(), 1).get(0);
        List<LiftSet> grown = new ArrayList<>(latest.sets());
        Times store = time(() -> {
            LiftSet last = grown.get(grown.size() - 1);
            grown.add(new LiftSet(last.exerciseId(), last.order() + 1, last.type(), last.weightKg(), last.reps(), last.rpe(), last.rir()));
            workouts.update(latest.withSets(grown));
            return null;
        });
        report("save a set (the workout's write, one transaction, synchronous=FULL)", store, 10, true);

        List<ExerciseSets> blocks = blocksOf(workouts.find(latest.id()).orElseThrow(), exercises);
        Times withRecords = time(() -> service.save(workouts.find(latest.id()).orElseThrow().withSets(List.of()), blocks));
        report("save a set with record detection (TrainingService.save)", withRecords, 10, true);
        onFx(() -> {
            stage.close();
            return null;
        });
        Yardstick.after();
    }

    private static ControllerFactory factory(Journal journal) {
        Changes changes = Changes.direct();
        return new ControllerFactory()
                .with(TrainingService.class, new TrainingService(journal, new SettingsService(journal, changes), changes, Clock.systemDefaultZone()))
                .with(JournalExecutor.class, JournalExecutor.sameThread())
                .with(SettingsModel.class, new SettingsModel(Settings.DEFAULTS))
                .with(Changes.class, changes);
    }

    private static List<ExerciseSets> blocksOf(Workout w, ExerciseStore exercises) {
        List<ExerciseSets> out = new ArrayList<>();
        w.sets().stream().map(LiftSet::exerciseId).distinct().forEach(id -> out.add(new ExerciseSets(
                exercises.byId(id).orElseThrow().name(), w.sets().stream().filter(s -> s.exerciseId() == id).toList())));
        return out;
    }

    /** Wall and thread-CPU milliseconds of each run, measured on the thread that does the work. */
    private record Times(double[] wall, double[] cpu) {
    }

    private static Times time(Callable<?> work) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[WARM_UP + RUNS];
        double[] cpu = new double[WARM_UP + RUNS];
        for (int i = 0; i < wall.length; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            work.call();
            wall[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        return new Times(wall, cpu);
    }

    /**
     * Times FX work on the FX thread, each run its own call with CSS and layout forced inside it,
     * and a pulse between runs as in the window: without one, the nodes each run replaces stay
     * referenced by their old parents until a pulse syncs them, and thirty saves of a large
     * workout ran a 256 MB heap out.
     */
    private static Times timeOnFx(Callable<?> work) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[WARM_UP + RUNS];
        double[] cpu = new double[WARM_UP + RUNS];
        for (int i = 0; i < wall.length; i++) {
            double[] one = onFx(() -> {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                work.call();
                return new double[] {(System.nanoTime() - t) / 1e6, (threads.getCurrentThreadCpuTime() - c) / 1e6};
            });
            wall[i] = one[0];
            cpu[i] = one[1];
            nextPulse();
        }
        return new Times(wall, cpu);
    }

    private static void nextPulse() throws Exception {
        CountDownLatch pulsed = new CountDownLatch(1);
        onFx(() -> {
            Scene scene = benchStage.getScene();
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    pulsed.countDown();
                }
            });
            Platform.requestNextPulse();
            return null;
        });
        pulsed.await();
    }

    /**
     * Prints the median of the measured runs: wall time (what a person waits, inflated when other
     * processes share the two cores) and the working thread's CPU time (the work itself).
     */
    private static void report(String what, Times t, double budget, boolean save) {
        double wall = median(t.wall());
        double cpu = median(t.cpu());
        String ratio = save ? Yardstick.ratio(wall, yardstick.writeMs(), "raw write") : Yardstick.ratio(wall, yardstick.frameMs(), "bare frame");
        System.out.printf(Locale.ROOT, "%-62s wall median %7.2f ms = %s, CPU median %7.2f ms (first run %7.2f ms wall) budget %4.0f ms: %s%n",
                what, wall, ratio, cpu, t.wall()[0], budget, cpu <= budget ? "within on CPU" : "OVER");
    }

    private static double median(double[] all) {
        double[] measured = Arrays.copyOfRange(all, WARM_UP, all.length);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
