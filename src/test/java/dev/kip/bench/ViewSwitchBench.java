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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * DESIGN.md's "switching to any view ≤ 100 ms (Trends ≤ 150 ms)", as the app does it: the shell on a
 * journal, the other views built after the first frame ({@link ShellController#prebuildOthers}),
 * then the time from a switch to the next laid-out frame, for each view, timed by {@link FxBench}. Run through
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
            AppContext context = FxBench.onFx(() -> new AppContext(journal, false, executor, new NoSwitching(), Clock.systemDefaultZone()));
            ShellController shell = FxBench.onFx(() -> {
                Themes.apply(Settings.Theme.LIGHT);
                ViewLoader.Loaded<ShellController> loaded = new ViewLoader(context.controllerFactory()).load("/dev/kip/ui/shell/Shell.fxml");
                Stage stage = new Stage();
                stage.setScene(new Scene(loaded.root(), 1200, 800));
                stage.show();
                return loaded.controller();
            });
            Scene scene = FxBench.onFx(() -> shell.current().getScene());
            FxBench.nextPulse(scene);
            FxBench.onFx(shell::prebuildOthers).toCompletableFuture().get(60, TimeUnit.SECONDS);
            settle(scene, executor);

            // Each run switches to the view from another one shown before it (Today, shown at start, for all
            // but Today itself), the journal's work of that switch done: so the first run is the first switch
            // to the view after start (built, never shown before).
            for (KipView view : List.of(KipView.SLEEP, KipView.BODY, KipView.TRAINING, KipView.TRENDS, KipView.REPORT, KipView.TODAY)) {
                KipView away = view == KipView.TODAY ? KipView.SLEEP : KipView.TODAY;
                FxBench.Times t = FxBench.time(scene, 1, ROUNDS, () -> {
                    FxBench.onFx(() -> {
                        shell.show(away);
                        return null;
                    });
                    settle(scene, executor);
                    return null;
                }, done -> {
                    shell.show(view);
                    FxBench.pulseThen(scene, done);
                });
                FxBench.print("switch to " + view.title(), t, view == KipView.TRENDS ? 150 : 100, yardstick.frameMs(), "bare frame");
            }
            Yardstick.after();
            FxBench.onFx(() -> {
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
            FxBench.nextPulse(scene);
        }
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
