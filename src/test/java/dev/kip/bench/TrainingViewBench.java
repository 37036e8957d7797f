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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
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
 * opening the view (FXML, the newest workouts' lines read on the journal thread as in the window, CSS and
 * layout, to the first frame with the list shown), opening one exercise's history (SQL aggregate, records,
 * chart, layout) and saving a set. The history and the saves run the journal work on the FX thread
 * (same-thread executor), so each of those figures is the whole wait. Medians of 25 runs after 5 warm-ups.
 *
 * <pre>mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.kip.bench.TrainingViewBench</pre>
 */
public final class TrainingViewBench {
    private static final int WARM_UP = 5;
    private static final int RUNS = 25;
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
        Stage stage = FxBench.onFx(() -> {
            Themes.apply(Settings.Theme.LIGHT);
            Stage s = new Stage();
            Scene scene = new Scene(new StackPane(), 1200, 780);
            scene.getStylesheets().add(Themes.kipCss());
            s.setScene(scene);
            s.show();
            return s;
        });

        // Each open with services and models of its own, as a new window would: a view lives as long as its
        // change bus and settings model, so thirty views on one of each would all stay in the heap. The view
        // goes under a root that stays, as in the window's shell (and SleepViewBench): JavaFX keeps what it
        // learnt matching styles per scene root, so a new root per open restyled from nothing every time.
        Scene scene = stage.getScene();
        StackPane content = (StackPane) scene.getRoot();
        // Opening runs the journal work on a thread of its own, as the window does: done at the first frame with the
        // workout list shown; the older workouts' lines it reads after that frame are left to finish between runs.
        JournalExecutor background = JournalExecutor.background(Platform::runLater);
        FxBench.Times open = FxBench.time(scene, WARM_UP, RUNS, () -> {
            FxBench.settle(scene, background);
            return FxBench.withoutEarlierViews(content);
        }, done -> {
            Parent root = new ViewLoader(factory(journal, background)).load("/dev/kip/ui/training/Training.fxml").root();
            Runnable[] probe = new Runnable[1];
            probe[0] = () -> {
                ListView<?> lines = (ListView<?>) root.lookup("#workout-list"); // there once the tab pane is skinned
                if (lines != null && !lines.getItems().isEmpty()) {
                    scene.removePostLayoutPulseListener(probe[0]);
                    done.run();
                }
            };
            scene.addPostLayoutPulseListener(probe[0]);
            content.getChildren().setAll(root);
        });
        FxBench.print("open the Training view", open, 100, yardstick.frameMs(), "bare frame");
        FxBench.settle(scene, background);
        background.close();
        // The lift's history and the saves below run the journal work on the FX thread: each figure is the whole wait.
        FxBench.withoutEarlierViews(content);
        FxBench.onFx(() -> content.getChildren().setAll(new ViewLoader(factory(journal, JournalExecutor.sameThread()))
                .load("/dev/kip/ui/training/Training.fxml").root()));

        Exercise squat = exercises.byName("Back Squat").orElseThrow();
        ListView<Exercise> list = FxBench.onFx(() -> {
            Parent root = stage.getScene().getRoot();
            ((TabPane) root.lookup(".tab-pane")).getSelectionModel().select(1);
            root.applyCss();
            root.layout();
            @SuppressWarnings("unchecked")
            ListView<Exercise> l = (ListView<Exercise>) root.lookup("#exercise-list");
            return l;
        });
        int[] sessions = {queries.exerciseHistory(squat.id()).size()};
        FxBench.Times history = FxBench.time(scene, WARM_UP, RUNS, FxBench.laidOut(scene, () -> {
            list.getSelectionModel().clearSelection();
            list.getSelectionModel().select(list.getItems().stream().filter(e -> e.id().equals(squat.id())).findFirst().orElseThrow());
            return null;
        }));
        FxBench.print("open Back Squat's history (" + sessions[0] + " sessions)", history, 100, yardstick.frameMs(), "bare frame");

        // The newest workout saved through the view as it stands: write, records, list and editor updated.
        Button save = FxBench.onFx(() -> {
            Parent root = stage.getScene().getRoot();
            ((TabPane) root.lookup(".tab-pane")).getSelectionModel().select(0);
            @SuppressWarnings("unchecked")
            ListView<WorkoutSummary> workoutList = (ListView<WorkoutSummary>) root.lookup("#workout-list");
            workoutList.getSelectionModel().select(0);
            root.applyCss();
            root.layout();
            return (Button) root.lookup("#save-workout");
        });
        FxBench.Times viewSave = FxBench.time(scene, WARM_UP, RUNS, FxBench.laidOut(scene, () -> {
            save.fire();
            return null;
        }));
        FxBench.print("save a workout through the view (write, records, list, editor)", viewSave, 10, yardstick.writeMs(), "raw write");

        Workout latest = workouts.latest(LocalDate.now(), 1).get(0);
        List<LiftSet> grown = new ArrayList<>(latest.sets());
        FxBench.Times store = FxBench.timeHere(WARM_UP, RUNS, () -> {
            LiftSet last = grown.get(grown.size() - 1);
            grown.add(new LiftSet(last.exerciseId(), last.order() + 1, last.type(), last.weightKg(), last.reps(), last.rpe(), last.rir()));
            workouts.update(latest.withSets(grown));
            return null;
        });
        FxBench.print("save a set (the workout's write, one transaction, synchronous=FULL)", store, 10, yardstick.writeMs(), "raw write");

        // A set added to the workout's last exercise, then taken away again: each save changes one exercise.
        Workout stored = workouts.find(latest.id()).orElseThrow();
        List<ExerciseSets> blocks = blocksOf(stored, exercises);
        ExerciseSets last = blocks.get(blocks.size() - 1);
        List<LiftSet> more = new ArrayList<>(last.sets());
        more.add(more.get(more.size() - 1));
        List<ExerciseSets> grownBlocks = new ArrayList<>(blocks.subList(0, blocks.size() - 1));
        grownBlocks.add(new ExerciseSets(last.exercise(), more));
        int[] n = {0};
        FxBench.Times withRecords = FxBench.timeHere(WARM_UP, RUNS,
                () -> service.save(stored.withSets(List.of()), n[0]++ % 2 == 0 ? grownBlocks : blocks));
        FxBench.print("save a set with record detection (TrainingService.save, one exercise changed)", withRecords, 10,
                yardstick.writeMs(), "raw write");
        FxBench.onFx(() -> {
            stage.close();
            return null;
        });
        Yardstick.after();
    }

    private static ControllerFactory factory(Journal journal, JournalExecutor executor) {
        Changes changes = Changes.direct();
        return new ControllerFactory()
                .with(TrainingService.class, new TrainingService(journal, new SettingsService(journal, changes), changes, Clock.systemDefaultZone()))
                .with(JournalExecutor.class, executor)
                .with(SettingsModel.class, new SettingsModel(Settings.DEFAULTS))
                .with(Changes.class, changes);
    }

    private static List<ExerciseSets> blocksOf(Workout w, ExerciseStore exercises) {
        List<ExerciseSets> out = new ArrayList<>();
        w.sets().stream().map(LiftSet::exerciseId).distinct().forEach(id -> out.add(new ExerciseSets(
                exercises.byId(id).orElseThrow().name(), w.sets().stream().filter(s -> s.exerciseId() == id).toList())));
        return out;
    }
}
