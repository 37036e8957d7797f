package dev.kip.app;

import dev.kip.domain.Settings;
import dev.kip.journal.BackupService;
import dev.kip.journal.CorruptJournalException;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalLocation;
import dev.kip.journal.JournalRestore;
import dev.kip.service.JournalExecutor;
import dev.kip.ui.backup.BackupActions;
import dev.kip.ui.backup.DamagedJournalDialog;
import dev.kip.ui.common.Dialogs;
import dev.kip.ui.common.FirstFrame;
import dev.kip.ui.common.JournalSwitcher;
import dev.kip.ui.common.Notices;
import dev.kip.ui.common.Themes;
import dev.kip.ui.common.ViewLoader;
import dev.kip.ui.shell.ShellController;
import dev.kip.ui.welcome.WelcomeScreen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The window: opens the journal off the FX thread, then shows the shell (or the welcome screen on first run). */
public final class KipApp extends Application implements JournalSwitcher {
    private static final String JOURNAL_ARG = "journal";
    /** How long opening may take before the window shows with a note rather than wait for the shell. */
    private static final long SLOW_OPEN_MS = 400;
    /** How long quitting waits for the journal thread's queued work before the process ends anyway. */
    private static final long QUIT_WAIT_MS = 3000;
    private Stage stage;
    private AppPrefs prefs;
    private AppContext context;
    /** The open journal's shell, asked before the window leaves that journal; null when none is shown. */
    private ShellController shell;
    /** The journal named on the command line, in KIP_JOURNAL, or the default one. */
    private Path journalFile;
    /** The early-opened journal's shell, being built from init() until start() takes it. */
    private Opening firstOpen;
    private final BackupService backups = new BackupService(Clock.systemDefaultZone());

    /**
     * The journal being opened on its own thread while JavaFX starts (set before launch, read once in
     * start): Application.launch makes the instance itself, so this hand-over has to be static.
     */
    private static volatile EarlyOpen earlyOpen;

    private record EarlyOpen(Path file, JournalExecutor executor, CompletableFuture<Journal> journal) {
    }

    /** Starts JavaFX; {@code journalOption} is --journal, or null to use KIP_JOURNAL or the default. */
    public static void launchWith(Path journalOption) {
        ClassPreloader.start();
        Path file = JournalLocation.resolve(journalOption);
        if (journalOption != null || Files.exists(file)) {
            JournalExecutor executor = JournalExecutor.background(Platform::runLater);
            earlyOpen = new EarlyOpen(file, executor, executor.supply(() -> Journal.open(file, Journal.WINDOW)));
        }
        if (journalOption == null) {
            Application.launch(KipApp.class);
        } else {
            Application.launch(KipApp.class, "--" + JOURNAL_ARG + "=" + journalOption.toAbsolutePath());
        }
    }

    /**
     * On the launcher thread, as soon as JavaFX is up: sets the theme and, when the journal opened
     * early, starts building the shell on the journal thread while the FX thread parses the theme.
     */
    @Override
    public void init() {
        prefs = AppPrefs.load(JournalLocation.dataFolder());
        // First, before any control exists on the journal thread: a control's first use would otherwise
        // install JavaFX's own theme. From this thread JavaFX records it and parses it on the FX thread.
        Themes.apply(Settings.Theme.valueOf(prefs.get("theme", Settings.Theme.LIGHT.name())));
        String option = getParameters().getNamed().get(JOURNAL_ARG);
        journalFile = JournalLocation.resolve(option == null ? null : Path.of(option));
        EarlyOpen early = earlyOpen;
        earlyOpen = null;
        if (early != null && early.file().equals(journalFile)) {
            firstOpen = new Opening(journalFile, early.executor(), buildWhenOpen(early.journal(), false, early.executor()));
        }
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        boolean welcome = firstOpen == null && getParameters().getNamed().get(JOURNAL_ARG) == null && !Files.exists(journalFile);
        WindowState.restore(stage, prefs);
        stage.setTitle("Kip");
        Scene scene = new Scene(welcome
                ? new WelcomeScreen(journalFile, JournalLocation.dataFolder().resolve("sample-journal.db"), this::openFile).root()
                : new StackPane(), stage.getWidth(), stage.getHeight());
        scene.getStylesheets().add(Themes.kipCss());
        stage.setScene(scene);
        // The window manager takes the icon as well a frame later.
        FirstFrame.then(scene, this::setIcon);
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        if (welcome) {
            stage.show();
        } else if (firstOpen != null) {
            whenBuilt(firstOpen);
            firstOpen = null;
        } else {
            open(journalFile);
        }
    }

    /** The window's icon, decoded in the background (~40 ms) and shown when ready. */
    private void setIcon() {
        var icon = KipApp.class.getResource("/dev/kip/ui/kip-icon.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm(), true));
        }
    }

    @Override
    public void open(Path file) {
        if (readyToLeave()) {
            openFile(file, false);
        }
    }

    /** Typing not saved yet in the open journal's views is saved or let go, as the person says; false: they stay. */
    private boolean readyToLeave() {
        return shell == null || shell.readyToLeave();
    }

    /** The journal named on the command line, in KIP_JOURNAL, or the default one: never the sample. */
    @Override
    public void startOwnJournal() {
        open(journalFile);
    }

    private void openFile(Path file, boolean sample) {
        JournalExecutor executor = JournalExecutor.background(Platform::runLater);
        whenOpened(file, sample, executor, executor.supply(() -> Journal.open(file, Journal.WINDOW)));
    }

    /** A journal opened and its shell built, ready to go on screen. */
    private record Opened(AppContext context, ViewLoader.Loaded<ShellController> shell, boolean sample) {
    }

    /** A journal being opened, then its shell built, on {@code executor}'s thread. */
    private record Opening(Path file, JournalExecutor executor, CompletableFuture<Opened> built) {
    }

    private void whenOpened(Path file, boolean sample, JournalExecutor executor, CompletableFuture<Journal> opening) {
        whenBuilt(new Opening(file, executor, buildWhenOpen(opening, sample, executor)));
    }

    /**
     * Once the journal is open, builds its context and shell on the journal thread, while the FX thread
     * makes the window (nodes may be built on any thread until they join a scene).
     */
    private CompletableFuture<Opened> buildWhenOpen(CompletableFuture<Journal> opening, boolean sample, JournalExecutor executor) {
        return opening.thenCompose(journal -> executor.supply(() -> build(journal, sample, executor)));
    }

    /** Shows the shell once built, as the window's first frame, or with a note first if that takes long. FX thread. */
    private void whenBuilt(Opening opening) {
        opening.built().whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                show(opened);
            } else {
                openFailed(opening.file(), failure instanceof CompletionException ? failure.getCause() : failure, opening.executor());
            }
        }));
        CompletableFuture.delayedExecutor(SLOW_OPEN_MS, TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(() -> {
            if (!opening.built().isCompletedExceptionally()) {
                showNote("Opening your journal…");
            }
        }));
    }

    private Opened build(Journal journal, boolean sample, JournalExecutor executor) {
        AppContext built = new AppContext(journal, sample, executor, this, Clock.systemDefaultZone());
        try {
            ViewLoader.Loaded<ShellController> loaded = new ViewLoader(built.controllerFactory()).load("/dev/kip/ui/shell/Shell.fxml");
            return new Opened(built, loaded, sample);
        } catch (RuntimeException | Error e) {
            built.close();
            throw e;
        }
    }

    private void show(Opened opened) {
        AppContext closing = context;
        context = opened.context();
        Path file = context.journal().file();
        prefs.addRecent(file);
        Themes.apply(context.settings().get().theme());
        context.settings().settingsProperty().addListener((obs, old, now) -> prefs.put("theme", now.theme().name()));
        Scene scene = stage.getScene();
        JournalHandover.replace(scene, opened.shell().root(), closing);
        shell = opened.shell().controller();
        FirstFrame.then(scene, () -> {
            CompletionStage<Void> built = shell.prebuildOthers();
            StartupProbe.whenAllBuilt(built, shell);
            if (!opened.sample()) {
                // After Today's data and the other views' first queries, which would otherwise wait behind it.
                ((BackupActions) context.controllerFactory().call(BackupActions.class)).dailyBackupAfter(built, stage);
            }
        });
        stage.setTitle(opened.sample() ? "Kip — sample journal (not yours)" : "Kip — " + file.getFileName());
        if (StartupProbe.enabled()) {
            StartupProbe.watch(scene);
        }
        stage.show();
        if (!context.journal().notices().isEmpty()) {
            Notices.warning(stage, "Kip set something right while opening the journal", String.join("\n", context.journal().notices()));
        }
    }

    /** Shows the window with a line of text while it has nothing else to show yet. */
    private void showNote(String text) {
        if (!stage.isShowing()) {
            stage.getScene().setRoot(new StackPane(new Label(text)));
            stage.show();
        }
    }

    private void openFailed(Path file, Throwable problem, JournalExecutor executor) {
        showNote("Kip could not open " + file.getFileName() + ".");
        executor.close();
        if (problem instanceof CorruptJournalException corrupt) {
            showOpenProblem(file, corrupt.problem(), corrupt.newestGoodBackup());
        } else {
            showOpenProblem(file, Dialogs.messageOf(problem), Optional.empty());
        }
    }

    /** Says why the journal did not open; a damaged one is never written, and its newest good backup is offered. */
    private void showOpenProblem(Path file, String message, Optional<Path> goodBackup) {
        if (goodBackup.isPresent()) {
            if (DamagedJournalDialog.offerRestore(stage, message, goodBackup.get())) {
                restoreAndOpen(file, goodBackup.get());
                return;
            }
        } else {
            Dialogs.error(stage, "Kip cannot open this journal", message);
        }
        if (context == null) {
            quit();
        }
    }

    /** Closes the open journal (a restore refuses an open one), restores the backup over it, and reopens it. */
    @Override
    public void restore(Path backup) {
        if (!readyToLeave()) {
            return;
        }
        Path file = context.journal().file();
        AppContext closing = context;
        context = null;
        shell = null;
        JournalHandover.finishEditing(stage.getScene());
        stage.getScene().setRoot(new StackPane(new Label("Restoring " + backup.getFileName() + "…")));
        closing.close(() -> restoreAndOpen(file, backup));
    }

    private void restoreAndOpen(Path file, Path backup) {
        JournalExecutor executor = JournalExecutor.background(Platform::runLater);
        executor.submit(() -> new JournalRestore(backups, Clock.systemDefaultZone()).restore(file, backup), result -> {
            open(file);
            Notices.info(stage, "Backup restored", "Restored from " + result.restoredFrom().getFileName()
                    + (result.keptAs() == null ? "." : ".\nThe journal as it was is kept as " + result.keptAs().getFileName() + ".")
                    + (result.warning() == null ? "" : "\n" + result.warning()));
        }, problem -> {
            Dialogs.error(stage, "The backup was not restored", problem);
            open(file);
        });
        executor.close();
    }

    @Override
    public List<Path> recentJournals() {
        return prefs.recentJournals();
    }

    @Override
    public void quit() {
        if (!readyToLeave()) {
            return;
        }
        WindowState.save(stage, prefs);
        prefs.save();
        if (context == null) {
            Platform.exit();
            return;
        }
        JournalHandover.finishEditing(stage.getScene());
        AppContext closing = context;
        context = null;
        // The journal thread is a daemon, ended with the process: wait for the saves still queued (an Enter
        // pressed just before closing) and the journal's close. Not for a long import: its transaction rolls back.
        closing.close(Platform::exit);
        CompletableFuture.delayedExecutor(QUIT_WAIT_MS, TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(Platform::exit));
    }
}
