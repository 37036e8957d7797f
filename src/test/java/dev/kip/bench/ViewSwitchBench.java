package dev.kip.bench;

import dev.kip.app.AppContext;
import dev.kip.domain.Settings;
import dev.kip.journal.Journal;
import dev.kip.service.JournalExecutor;
import dev.kip.ui.common.JournalSwitcher;
import dev.kip.ui.common.KipView;
import dev.kip.ui.common.Themes;
import dev.kip.ui.common.ViewLoader;
import dev.kip.ui.shell.ShellController;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * DESIGN.md's "switching to any view ≤ 100 ms (Trends ≤ 150 ms)", as the app does it: the shell on a
 * journal, the other views built after the first frame ({@link ShellController#prebuildOthers}),
 * then the time from a switch to the next laid-out frame, for each view. Run through
 * {@code src/test/bench/bench.sh switch} (a fresh copy of a 10-year demo journal, Monocle headless).
 */
public final class ViewSwitchBench {
    private static final int ROUNDS = 15;

    private ViewSwitchBench() {
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get();
        Yardstick yardstick = Yardstick.print(Path.of(args[0]));
        try (Journal journal = Journal.open(Path.of(args[0]))) {
            JournalExecutor executor = JournalExecutor.background(Platform::runLater);
            AppContext context = onFx(() -> new AppContext(journal, false, executor, new NoSwitching(), Clock.systemDefaultZone()));
            ShellController shell = onFx(() -> {
                Themes.apply(Settings.Theme.LIGHT);
                ViewLoader.Loaded<ShellController> loaded = new ViewLoader(context.controllerFactory()).load("/dev/kip/ui/shell/Shell.fxml");
                Stage stage = new Stage();
                stage.setScene(new Scene(loaded.root(), 1200, 800));
                stage.show();
                return loaded.controller();
            });
            Scene scene = onFx(() -> shell.current().getScene());
            nextFrame(scene);
            onFx(shell::prebuildOthers).toCompletableFuture().get(60, TimeUnit.SECONDS);
            settle(scene, executor);

            Map<KipView, List<Double>> times = new EnumMap<>(KipView.class);
            List<KipView> order = List.of(KipView.SLEEP, KipView.BODY, KipView.TRAINING, KipView.TRENDS, KipView.REPORT, KipView.TODAY);
            for (int round = 0; round < ROUNDS; round++) {
                for (KipView view : order) {
                    CompletableFuture<Long> framed = new CompletableFuture<>();
                    long start = onFx(() -> {
                        long t0 = System.nanoTime();
                        shell.show(view);
                        afterNextLayout(scene, () -> framed.complete(System.nanoTime()));
                        return t0;
                    });
                    long end = framed.get(30, TimeUnit.SECONDS);
                    times.computeIfAbsent(view, v -> new ArrayList<>()).add((end - start) / 1e6);
                    settle(scene, executor);
                }
            }
            // The first round is the first switch to each view after start (built, never shown before).
            times.forEach((view, ms) -> System.out.printf(Locale.ROOT,
                    "switch to %-8s first after start %6.1f ms, then median %6.1f ms = %s (max %6.1f; budget %d ms)%n",
                    view.title(), ms.get(0), median(ms.subList(1, ms.size())),
                    Yardstick.ratio(median(ms.subList(1, ms.size())), yardstick.frameMs(), "bare frame"),
                    ms.stream().mapToDouble(Double::doubleValue).max().orElse(0), view == KipView.TRENDS ? 150 : 100));
            Yardstick.after();
            onFx(() -> {
                context.close();
                return null;
            });
        } finally {
            Platform.exit();
        }
    }

    /** Lets queued journal work and the frames after it finish, so each switch starts from rest. */
    private static void settle(Scene scene, JournalExecutor executor) throws Exception {
        for (int i = 0; i < 3; i++) {
            executor.supply(() -> null).get(60, TimeUnit.SECONDS);
            nextFrame(scene);
        }
    }

    private static void nextFrame(Scene scene) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> afterNextLayout(scene, () -> done.complete(null)));
        done.get(30, TimeUnit.SECONDS);
    }

    private static void afterNextLayout(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                then.run();
            }
        });
        Platform.requestNextPulse();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The bench never switches journals. */
    private static final class NoSwitching implements JournalSwitcher {
        @Override
        public void open(Path journal) {
        }

        @Override
        public List<Path> recentJournals() {
            return List.of();
        }

        @Override
        public void quit() {
        }
    }
}
