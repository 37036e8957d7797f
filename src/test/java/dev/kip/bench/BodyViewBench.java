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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Body view benchmark on a 10-year demo journal (budgets: opening ≤ 100 ms, stepping a day ≤ 30 ms;
 * medians over 30 warm runs). Opening = FXML load, controller, the day's query, map restyled, CSS and
 * layout; stepping = the previous-day button fired, one query, map restyled, CSS and layout. The
 * journal work runs on the FX thread here (same-thread executor) so each figure includes it. Timed
 * by {@link FxBench}: a pulse between runs, medians of wall and FX-thread CPU time.
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
            Yardstick yardstick = Yardstick.print(file);
            measure(journal, yardstick);
            Yardstick.after();
        } finally {
            Platform.exit();
        }
    }

    private static void measure(Journal journal, Yardstick yardstick) throws Exception {
        Scene scene = FxBench.onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            // the view goes into an existing window's content area, as the shell does
            Scene s = new Scene(new StackPane(), 1200, 800);
            s.getStylesheets().add(Themes.kipCss());
            Stage stage = new Stage();
            stage.setScene(s);
            stage.show();
            return s;
        });
        StackPane content = (StackPane) scene.getRoot();
        // Each open with services and a change bus of its own, as a new window would: a view lives as long as its bus.
        FxBench.Times open = FxBench.time(scene, WARM_UP, RUNS, () -> FxBench.withoutEarlierViews(content), FxBench.laidOut(scene, () -> {
            Parent root = new ViewLoader(factory(journal)).load("/dev/kip/ui/body/Body.fxml").root();
            content.getChildren().setAll(root);
            return root;
        }));
        Button previous = (Button) content.lookup("#day-previous");
        FxBench.Times step = FxBench.time(scene, WARM_UP, RUNS, FxBench.laidOut(scene, () -> {
            previous.fire();
            return null;
        }));
        FxBench.print("open the Body view", open, 100, yardstick.frameMs(), "bare frame");
        FxBench.print("step a day", step, 30, yardstick.frameMs(), "bare frame");
    }

    private static ControllerFactory factory(Journal journal) {
        Changes changes = Changes.direct();
        return new ControllerFactory()
                .with(BodyService.class, new BodyService(journal, changes, Clock.systemDefaultZone()))
                .with(PhysioService.class, new PhysioService(journal, new SettingsService(journal, changes), changes))
                .with(JournalExecutor.class, JournalExecutor.sameThread())
                .with(Changes.class, changes)
                .with(Clock.class, Clock.systemDefaultZone());
    }
}
