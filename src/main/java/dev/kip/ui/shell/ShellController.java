package dev.kip.ui.shell;

import dev.kip.insight.Glossary;
import dev.kip.ui.backup.BackupActions;
import dev.kip.ui.common.ControllerFactory;
import dev.kip.ui.common.Dialogs;
import dev.kip.ui.common.FirstFrame;
import dev.kip.ui.common.FocusOnShow;
import dev.kip.ui.common.JournalInfo;
import dev.kip.ui.common.JournalSwitcher;
import dev.kip.ui.common.KipView;
import dev.kip.ui.common.LoadsAfterShown;
import dev.kip.ui.common.Navigator;
import dev.kip.ui.common.ShownAgain;
import dev.kip.ui.common.UnsavedGuard;
import dev.kip.ui.common.UnsavedWork;
import dev.kip.ui.common.ViewLoader;
import dev.kip.ui.exchange.ExportDialog;
import dev.kip.ui.exchange.ImportDialog;
import dev.kip.ui.help.GlossaryLinks;
import dev.kip.ui.help.HelpWindow;
import dev.kip.ui.settings.SettingsDialog;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: navigation, the views (built one by one after the first frame, then kept in the
 * scene, hidden, while another is shown), menus and status bar.
 */
public final class ShellController implements Navigator {
    private final ControllerFactory factory;
    private final JournalInfo journal;
    private final JournalSwitcher switcher;
    private final SettingsDialog settingsDialog;
    private final Map<KipView, ViewLoader.Loaded<Object>> built = new EnumMap<>(KipView.class);
    private final Map<KipView, ToggleButton> navButtons = new EnumMap<>(KipView.class);
    private final ToggleGroup navGroup = new ToggleGroup();
    private ViewLoader loader;
    private BackupActions backupActions;

    @FXML private VBox nav;
    @FXML private StackPane content;
    @FXML private Label statusJournal;
    @FXML private Menu viewMenu;
    @FXML private Menu recentMenu;
    @FXML private MenuBar menuBar;
    @FXML private BorderPane shell;
    @FXML private HBox sampleBanner;
    private final HelpWindow help;

    public ShellController(ControllerFactory factory, JournalInfo journal, JournalSwitcher switcher, SettingsDialog settingsDialog) {
        this.factory = factory;
        this.journal = journal;
        this.switcher = switcher;
        this.settingsDialog = settingsDialog;
        this.help = new HelpWindow(journal);
    }

    @FXML
    private void initialize() {
        factory.with(Navigator.class, this);
        loader = new ViewLoader(factory);
        int index = 1;
        for (KipView view : KipView.values()) {
            ToggleButton b = new ToggleButton(view.title(), iconSlot());
            b.setId("nav-" + view.name().toLowerCase(java.util.Locale.ROOT));
            b.getStyleClass().add("nav-button");
            b.setToggleGroup(navGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> show(view));
            nav.getChildren().add(b);
            navButtons.put(view, b);
            MenuItem item = new MenuItem(view.title());
            item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(index++)), KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> show(view));
            viewMenu.getItems().add(item);
        }
        nav.addEventFilter(KeyEvent.KEY_PRESSED, this::onNavKey);
        statusJournal.setText((journal.sample() ? "Sample journal (not yours): " : "Journal: ") + journal.file());
        sampleBanner.setVisible(journal.sample());
        sampleBanner.setManaged(journal.sample());
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        show(KipView.TODAY);
        menuBarAndIconsAfterFirstFrame();
    }

    /**
     * The window's first frame shows an empty bar of the menu bar's height and empty slots of the
     * icons' size; the menu bar and the icons replace them once the first view's data are on screen
     * (Today's, at start-up). Skinning a menu bar loads some 150 classes, the icon font another 100:
     * ~60 ms of the FX thread, which Today's data would otherwise wait behind.
     */
    private void menuBarAndIconsAfterFirstFrame() {
        Region placeholder = new Region();
        placeholder.getStyleClass().addAll("menu-bar", "menu-bar-placeholder");
        shell.setTop(placeholder);
        FirstFrame.afterShown(shell, () -> afterCurrentLoaded(() -> {
            shell.setTop(menuBar);
            navButtons.forEach((view, button) -> button.setGraphic(new FontIcon(view.icon())));
            // Terms link to the glossary in every view, built now or later; after the first frame, which must not wait for it.
            GlossaryLinks.install(content);
        }));
    }

    /** Runs {@code work} on the FX thread once the view on screen has its first data (at once for a view without). */
    private void afterCurrentLoaded(Runnable work) {
        if (current() != null && controllerOf(current()) instanceof LoadsAfterShown view) {
            view.firstLoad().whenComplete((loaded, failed) -> Platform.runLater(work));
        } else {
            work.run();
        }
    }

    /**
     * Up and Down (Home, End) in the navigation show the view above or below and move the focus with it,
     * so that the highlighted entry is always the view on screen.
     */
    private void onNavKey(KeyEvent e) {
        List<KipView> views = List.of(KipView.values());
        int at = views.indexOf(navButtons.entrySet().stream().filter(b -> b.getValue().isFocused())
                .map(Map.Entry::getKey).findFirst().orElse(null));
        if (at < 0) {
            return;
        }
        int next = switch (e.getCode()) {
            case UP, KP_UP, LEFT, KP_LEFT -> Math.max(0, at - 1);
            case DOWN, KP_DOWN, RIGHT, KP_RIGHT -> Math.min(views.size() - 1, at + 1);
            case HOME -> 0;
            case END -> views.size() - 1;
            default -> -1;
        };
        if (next >= 0) {
            e.consume();
            show(views.get(next));
            navButtons.get(views.get(next)).requestFocus();
        }
    }

    private static Region iconSlot() {
        Region slot = new Region();
        slot.getStyleClass().add("nav-icon-slot");
        return slot;
    }

    /**
     * Shows a view, building it the first time. Every built view stays in the scene, hidden and out
     * of layout when not shown: taking a view out of the scene and back made JavaFX match every one
     * of its nodes against the stylesheets again (~70 ms for Sleep the first time).
     */
    @Override
    public void show(KipView view) {
        ViewLoader.Loaded<Object> loaded = built.get(view);
        if (loaded == null) {
            loaded = loader.load(view.fxml());
            built.put(view, loaded);
            content.getChildren().add(loaded.root());
        } else if (loaded.controller() instanceof ShownAgain again) {
            again.shownAgain();
        }
        for (Node child : content.getChildren()) {
            boolean shown = child == loaded.root();
            child.setVisible(shown);
            child.setManaged(shown);
        }
        navButtons.get(view).setSelected(true);
        if (loaded.controller() instanceof FocusOnShow focus) {
            focus.focusFirst();
        }
    }

    /**
     * Builds the views not yet shown, so that the first switch to each is as quick as later ones.
     * Called once the first frame is on screen; starts once the current view's data are shown (Today's
     * would otherwise wait behind it), one view per turn of the FX thread's queue, so that a click
     * meanwhile waits for one view's build, never for all of them.
     */
    public CompletionStage<Void> prebuildOthers() {
        Iterator<KipView> views = List.of(KipView.values()).iterator();
        CompletableFuture<Void> done = new CompletableFuture<>();
        afterCurrentLoaded(() -> prebuild(views, done));
        return done;
    }

    private void prebuild(Iterator<KipView> views, CompletableFuture<Void> done) {
        if (views.hasNext()) {
            KipView view = views.next();
            built.computeIfAbsent(view, v -> warmedUp(loader.load(v.fxml())));
            Platform.runLater(() -> prebuild(views, done));
        } else {
            done.complete(null);
        }
    }

    private Object controllerOf(Parent root) {
        return built.values().stream().filter(v -> v.root() == root).map(ViewLoader.Loaded::controller).findFirst().orElse(null);
    }

    /**
     * Styles and lays out a view once, hidden behind the current one, so that its skins, cells and
     * text measurements exist before the person first switches to it; it stays there, hidden.
     */
    private ViewLoader.Loaded<Object> warmedUp(ViewLoader.Loaded<Object> loaded) {
        Parent root = loaded.root();
        root.setVisible(false);
        content.getChildren().add(0, root);
        root.applyCss();
        content.layout();
        root.setManaged(false);
        return loaded;
    }

    /**
     * Before the window leaves this journal (quitting, another journal, a restore): shows each view that
     * holds typing not saved yet and asks whether to save it. False when the person chose to stay, or
     * when the typing cannot be saved as it stands (its form then says why).
     */
    public boolean readyToLeave() {
        for (KipView view : KipView.values()) {
            ViewLoader.Loaded<Object> loaded = built.get(view);
            if (loaded != null && loaded.controller() instanceof UnsavedWork work) {
                Optional<String> what = work.unsaved();
                if (what.isPresent() && !leaveAsAnswered(view, work, what.get())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Shows {@code view} and asks about its typing; true when saved or let go. */
    private boolean leaveAsAnswered(KipView view, UnsavedWork work, String what) {
        show(view);
        return UnsavedGuard.leaveAsAnswered(window(), work, what);
    }

    /** The view on screen now (for tests and the start-up probe). */
    public Parent current() {
        return (Parent) content.getChildren().stream().filter(Node::isVisible).findFirst().orElse(null);
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : switcher.recentJournals()) {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> switcher.open(p));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent journals");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    private Window window() {
        return content.getScene().getWindow();
    }

    @FXML
    private void onNewJournal() {
        FileChooser chooser = journalChooser("Create a new journal");
        chooser.setInitialFileName("journal.db");
        File f = chooser.showSaveDialog(window());
        if (f != null) {
            if (f.exists() && f.length() > 0) {
                Dialogs.error(window(), "Choose a new file", f + " already exists. Use Open journal… to open it, or pick a new name.");
                return;
            }
            switcher.open(f.toPath());
        }
    }

    @FXML
    private void onOpenJournal() {
        File f = journalChooser("Open a journal").showOpenDialog(window());
        if (f != null) {
            switcher.open(f.toPath());
        }
    }

    private FileChooser journalChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Kip journal (*.db)", "*.db"));
        File dir = journal.file().getParent() == null ? null : journal.file().getParent().toFile();
        if (dir != null && dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        return chooser;
    }

    @FXML
    private void onBackUpNow() {
        backups().backUpNow(window());
    }

    @FXML
    private void onRestore() {
        backups().chooseAndRestore(window());
    }

    private BackupActions backups() {
        if (backupActions == null) {
            backupActions = (BackupActions) factory.call(BackupActions.class);
        }
        return backupActions;
    }

    @FXML
    private void onImport() {
        ((ImportDialog) factory.call(ImportDialog.class)).show(window());
    }

    @FXML
    private void onExport() {
        ((ExportDialog) factory.call(ExportDialog.class)).show(window());
    }

    @FXML
    private void onSettings() {
        settingsDialog.show(window());
    }

    /** F1: Help, at the glossary entry of the focused term if it names one. */
    @FXML
    private void onHelp() {
        List<Glossary> terms = GlossaryLinks.termsOf(content.getScene().getFocusOwner());
        if (terms.isEmpty()) {
            help.show(window(), HelpWindow.Topic.GLOSSARY);
        } else {
            help.showTerm(window(), terms.get(0));
        }
    }

    @FXML
    private void onHelpKeys() {
        help.show(window(), HelpWindow.Topic.KEYS);
    }

    @FXML
    private void onHelpFiles() {
        help.show(window(), HelpWindow.Topic.FILES);
    }

    @FXML
    private void onHelpSources() {
        help.show(window(), HelpWindow.Topic.SOURCES);
    }

    @FXML
    private void onStartOwnJournal() {
        switcher.startOwnJournal();
    }

    @FXML
    private void onQuit() {
        switcher.quit();
    }
}
