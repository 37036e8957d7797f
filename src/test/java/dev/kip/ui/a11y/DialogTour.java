package dev.kip.ui.a11y;

import dev.kip.domain.Exercise;
import dev.kip.ui.common.KipView;
import dev.kip.ui.exchange.ImportDialog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens every dialog Kip shows, one at a time and as a person would (a menu item or a button, and for
 * a dialog that follows a choice, the choice made first), calls {@code atStop} with each laid out, and
 * closes it again. The window must be open on the demo journal ({@link ShellTour#open}).
 */
final class DialogTour {
    private final ShellTour tour;
    private final FxRobot robot;
    private final Path dir;

    /** @param dir a folder for the file the import dialog previews */
    DialogTour(ShellTour tour, FxRobot robot, Path dir) {
        this.tour = tour;
        this.robot = robot;
        this.dir = dir;
    }

    void walk(Consumer<ShellTour.Stop> atStop) {
        visit("Settings", () -> menuItem("Settings…").fire(), atStop);
        visit("Help", () -> menuItem("Help and glossary").fire(), atStop);
        Path csv = fixture("strong-a.csv");
        Window importing = open(() -> ((ImportDialog) tour.context().controllerFactory().call(ImportDialog.class))
                .open(tour.scene().getWindow(), csv));
        waitFor(() -> ((Label) importing.getScene().lookup("#import-status")).getText().startsWith("Check what will be imported"));
        stop("Import (preview)", importing, atStop);
        closeAll();

        Window restore = open(() -> {
            menuItem("Back up now").fire();
            menuItem("Restore…").fire();
        });
        stop("Restore", restore, atStop);
        robot.interact(() -> ((TableView<?>) restore.getScene().lookup("#backup-table")).getSelectionModel().select(0));
        stop("Restore ▸ confirmation", open(() -> okButton(restore).fire()), atStop);
        closeAll();

        tour.show(robot, KipView.SLEEP);
        robot.interact(() -> ((TableView<?>) tour.scene().lookup("#nights")).getSelectionModel().select(0));
        visit("Delete a night", () -> ((Button) tour.scene().lookup("#delete-night")).fire(), atStop);

        tour.show(robot, KipView.TRAINING);
        robot.interact(() -> ((ListView<?>) tour.scene().lookup("#workout-list")).getSelectionModel().select(0));
        tour.settle(robot);
        visit("Save as a routine", () -> startFrom("save-as-routine").fire(), atStop);
        visit("New routine", () -> startFrom("new-routine").fire(), atStop);
        tour.selectTab(robot, "Lifts");
        @SuppressWarnings("unchecked")
        ListView<Exercise> exercises = (ListView<Exercise>) tour.scene().lookup("#exercise-list");
        robot.interact(() -> exercises.getSelectionModel().select(0));
        tour.settle(robot);
        visit("New exercise", () -> ((Button) tour.scene().lookup("#new-exercise")).fire(), atStop);
        visit("Edit exercise", () -> ((Button) tour.scene().lookup("#edit-exercise")).fire(), atStop);
        Window merge = open(() -> ((Button) tour.scene().lookup("#merge-exercise")).fire());
        stop("Merge into…", merge, atStop);
        robot.interact(() -> {
            ComboBox<?> into = (ComboBox<?>) merge.getScene().lookup(".combo-box");
            String from = exercises.getSelectionModel().getSelectedItem().name();
            into.getSelectionModel().select(into.getItems().get(0).equals(from) ? 1 : 0);
        });
        stop("Merge into… ▸ confirmation", open(() -> okButton(merge).fire()), atStop);
        closeAll();
        tour.selectTab(robot, "Log");
        tour.show(robot, KipView.TODAY);
    }

    /** Opens one dialog, stops there and closes it. */
    private void visit(String name, Runnable trigger, Consumer<ShellTour.Stop> atStop) {
        stop(name, open(trigger), atStop);
        closeAll();
    }

    private void stop(String name, Window dialog, Consumer<ShellTour.Stop> atStop) {
        Parent root = dialog.getScene().getRoot();
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                root.applyCss();
                root.layout();
            });
        }
        atStop.accept(new ShellTour.Stop("Dialog " + name, root));
    }

    /**
     * Runs {@code trigger} on the FX thread without waiting for it (a dialog's showAndWait returns only
     * when it closes) and returns the window it opened.
     */
    private Window open(Runnable trigger) {
        List<Window> before = ShellTour.onFx(() -> List.copyOf(Window.getWindows()));
        Platform.runLater(trigger);
        waitFor(() -> newStage(before) != null);
        return ShellTour.onFx(() -> newStage(before));
    }

    private static Window newStage(List<Window> before) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing() && !before.contains(w))
                .findFirst().orElse(null);
    }

    /** Closes every window but the main one, the newest first (as each dialog's own Cancel would). */
    private void closeAll() {
        robot.interact(() -> {
            List<Window> open = new ArrayList<>(Window.getWindows());
            java.util.Collections.reverse(open);
            open.stream().filter(w -> w instanceof Stage && w != tour.scene().getWindow()).forEach(Window::hide);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ShellTour.onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("the dialog did not come within 30 s", e);
        }
    }

    private static Button okButton(Window dialog) {
        DialogPane pane = (DialogPane) dialog.getScene().getRoot();
        for (ButtonType type : pane.getButtonTypes()) {
            if (type.getButtonData() == ButtonBar.ButtonData.OK_DONE) {
                return (Button) pane.lookupButton(type);
            }
        }
        throw new AssertionError("no OK button in " + pane.getHeaderText());
    }

    private MenuItem menuItem(String text) {
        MenuBar bar = (MenuBar) tour.scene().lookup(".menu-bar");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (text.equals(item.getText())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu item " + text);
    }

    private MenuItem startFrom(String id) {
        MenuButton button = (MenuButton) tour.scene().lookup("#start-from");
        return button.getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no item #" + id + " in Start from"));
    }

    private Path fixture(String name) {
        Path file = dir.resolve(name);
        try (InputStream in = DialogTour.class.getResourceAsStream("/dev/kip/exchange/" + name)) {
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
