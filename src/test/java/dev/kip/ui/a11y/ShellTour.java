package dev.kip.ui.a11y;

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
import dev.kip.ui.shell.ShellController;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window at 1366 × 768 on a year of demo data, in a theme and at a font size, and a walk
 * through every view and tab as a person would see them: the fixture of the tests that look at all
 * of Kip at once (clipped text, focus rings, accessible names).
 */
final class ShellTour {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T06:30:00Z"), ZoneId.of("Europe/Berlin"));
    static final double WIDTH = 1366;
    static final double HEIGHT = 768;
    private static Path demo;

    private AppContext context;
    private ShellController shell;
    private Scene scene;
    private String largeText;

    /** One place on the tour: a name for messages and the window as it is there. */
    record Stop(String name, Parent root) {
    }

    /** A copy of a year of demo data, written once per test run. */
    static synchronized Path demoJournal(Path dir) {
        try {
            if (demo == null) {
                demo = Files.createTempFile("kip-tour-", ".db");
                Files.delete(demo);
                try (Journal journal = Journal.open(demo)) {
                    DemoJournal.write(journal, 1, 5, LocalDate.now(CLOCK));
                }
                demo.toFile().deleteOnExit();
            }
            Path copy = dir.resolve("tour-" + System.nanoTime() + ".db");
            Files.copy(demo, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the shell on {@code journalFile} in {@code stage}, at {@code fontScale} times the usual text size. */
    void open(FxRobot robot, Stage stage, Path journalFile, Settings.Theme theme, double fontScale) {
        robot.interact(() -> {
            Journal journal = Journal.open(journalFile);
            SettingsStore store = new SettingsStore(journal);
            Settings s = store.load();
            store.save(new Settings(s.massUnit(), s.tempUnit(), s.clock24(), s.sleepTargetMin(), s.e1rmFormula(),
                    s.reportName(), theme, s.paper(), s.weightStep()));
            Themes.apply(theme);
            context = new AppContext(journal, false, JournalExecutor.sameThread(), new NoSwitching(), CLOCK);
            ViewLoader.Loaded<ShellController> loaded = new ViewLoader(context.controllerFactory()).load("/dev/kip/ui/shell/Shell.fxml");
            shell = loaded.controller();
            if (fontScale != 1) {
                String size = String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 14 * fontScale);
                loaded.root().setStyle(size);
                // Dialogs too: a stylesheet under every scene, laid after the theme's, so it is there before a dialog sizes itself.
                largeText = "data:text/css," + java.net.URLEncoder.encode(".root { " + size + " }", java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
                com.sun.javafx.css.StyleManager.getInstance().addUserAgentStylesheet(largeText);
            }
            scene = new Scene(loaded.root(), WIDTH, HEIGHT);
            scene.getStylesheets().add(Themes.kipCss());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void close(FxRobot robot) {
        robot.interact(() -> {
            if (largeText != null) {
                com.sun.javafx.css.StyleManager.getInstance().removeUserAgentStylesheet(largeText);
            }
            Themes.apply(Settings.Theme.LIGHT);
        });
        if (context != null) {
            context.close();
        }
    }

    Scene scene() {
        return scene;
    }

    AppContext context() {
        return context;
    }

    /** Shows {@code view}, laid out. */
    void show(FxRobot robot, KipView view) {
        robot.interact(() -> shell.show(view));
        settle(robot);
    }

    /** Selects the tab called {@code text} in the view shown, laid out. */
    void selectTab(FxRobot robot, String text) {
        List<TabPane> tabPanes = new ArrayList<>();
        collect(shell.current(), TabPane.class, tabPanes);
        Tab tab = tabPanes.stream().flatMap(p -> p.getTabs().stream()).filter(t -> text.equals(t.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + text));
        robot.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
        settle(robot);
    }

    /** The journal the window has open (read it on the FX thread). */
    Journal journal() {
        return context.journal();
    }

    /**
     * Visits every view, and in each every tab and folded section (opened), calling {@code atStop} at
     * each with the window laid out as shown.
     */
    void walk(FxRobot robot, Consumer<Stop> atStop) {
        for (KipView view : KipView.values()) {
            robot.interact(() -> shell.show(view));
            settle(robot);
            Parent viewRoot = shell.current();
            List<TitledPane> folded = new ArrayList<>();
            collect(viewRoot, TitledPane.class, folded);
            robot.interact(() -> folded.forEach(p -> p.setExpanded(true)));
            settle(robot);
            List<TabPane> tabPanes = new ArrayList<>();
            collect(viewRoot, TabPane.class, tabPanes);
            if (tabPanes.isEmpty()) {
                atStop.accept(new Stop(view.title(), scene.getRoot()));
            }
            for (TabPane tabs : tabPanes) {
                for (Tab tab : List.copyOf(tabs.getTabs())) {
                    robot.interact(() -> tabs.getSelectionModel().select(tab));
                    settle(robot);
                    atStop.accept(new Stop(view.title() + " ▸ " + tab.getText(), scene.getRoot()));
                }
                robot.interact(() -> tabs.getSelectionModel().select(0));
            }
            robot.interact(() -> folded.forEach(p -> p.setExpanded(false)));
        }
        robot.interact(() -> shell.show(KipView.TODAY));
    }

    /** Lets queued work (data loads, deferred layout) finish and the scene lay out. */
    void settle(FxRobot robot) {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            });
        }
    }

    /** {@code work}'s result, computed on the FX thread. */
    static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> void collect(Node node, Class<T> type, List<T> into) {
        if (type.isInstance(node)) {
            into.add(type.cast(node));
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, type, into);
            }
        }
    }

    /** Showing nodes: visible themselves and through all their parents. */
    static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

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
