package dev.kip.ui;

import dev.kip.app.AppContext;
import dev.kip.domain.Settings;
import dev.kip.journal.Journal;
import dev.kip.service.JournalExecutor;
import dev.kip.ui.common.ControllerFactory;
import dev.kip.ui.common.KipView;
import dev.kip.ui.common.Navigator;
import dev.kip.ui.common.Themes;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The one way view tests build a view: a journal on a file of the test's, wired by the app's own
 * {@link AppContext} with a same-thread executor (a click's effect is there when the click returns),
 * a navigator that records where it was asked to go, and a stage under the app's light theme.
 */
public final class ViewHarness implements AutoCloseable {
    private final Journal journal;
    private final AppContext context;
    private final List<KipView> navigated = new ArrayList<>();

    private ViewHarness(Journal journal, Clock clock, JournalExecutor executor) {
        this.journal = journal;
        this.context = new AppContext(journal, false, executor, new NoSwitching(journal.file()), clock);
        Navigator navigator = navigated::add;
        context.controllerFactory().with(Navigator.class, navigator);
    }

    /** Opens (or creates) the journal at {@code file}; write fixtures through {@link #journal()} before showing a view. */
    public static ViewHarness open(Path file, Clock clock) {
        return open(file, clock, JournalExecutor.sameThread());
    }

    /** As {@link #open(Path, Clock)}, with the journal work on {@code executor}: a test that runs it step by step sees a view mid-load. */
    public static ViewHarness open(Path file, Clock clock, JournalExecutor executor) {
        return new ViewHarness(Journal.open(file), clock, executor);
    }

    public Journal journal() {
        return journal;
    }

    public AppContext context() {
        return context;
    }

    public ControllerFactory factory() {
        return context.controllerFactory();
    }

    /** The views a view asked the navigator for, in order. */
    public List<KipView> navigated() {
        return navigated;
    }

    /** Loads {@code fxml} on the FX thread and shows it on {@code stage} under the app's theme; returns what was loaded. */
    public <C> ViewLoader.Loaded<C> show(FxRobot robot, Stage stage, String fxml, double width, double height) {
        List<ViewLoader.Loaded<C>> loaded = new ArrayList<>();
        robot.interact(() -> {
            ViewLoader.Loaded<C> view = new ViewLoader(factory()).load(fxml);
            showOn(stage, view.root(), width, height);
            loaded.add(view);
        });
        return loaded.get(0);
    }

    /** Shows {@code root} on {@code stage} under the app's light theme; on the FX thread. */
    public static void showOn(Stage stage, Parent root, double width, double height) {
        Themes.apply(Settings.Theme.LIGHT);
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Themes.kipCss());
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void close() {
        journal.close();
    }
}
