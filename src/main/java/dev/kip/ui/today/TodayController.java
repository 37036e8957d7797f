package dev.kip.ui.today;

import dev.kip.service.Change;
import dev.kip.service.Changes;
import dev.kip.service.JournalExecutor;
import dev.kip.service.TodayService;
import dev.kip.service.TodayService.Morning;
import dev.kip.text.DateText;
import dev.kip.ui.common.ControllerFactory;
import dev.kip.ui.common.Dialogs;
import dev.kip.ui.common.FirstFrame;
import dev.kip.ui.common.KipView;
import dev.kip.ui.common.LoadsAfterShown;
import dev.kip.ui.common.Navigator;
import dev.kip.ui.common.ReloadOnChange;
import dev.kip.ui.common.ShownAgain;
import dev.kip.ui.common.ViewLoader;
import dev.kip.ui.bodymap.BodyMap;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The landing view: last night at a glance, today's marks, the last session and what's next, the
 * recovery check, what the physiotherapist would want (the next appointment, the pain-monitoring model's
 * outcome), and one-click ways to log. Only the heading, summary and buttons are in the first frame;
 * today's data follow on the journal thread, then the recovery check and lift history.
 */
public final class TodayController implements ShownAgain, LoadsAfterShown {
    private static final String CARDS = "/dev/kip/ui/today/TodayCards.fxml";
    /** What Today shows: everything but the Trends view's remembered choices. */
    private static final Set<Change> SHOWS = EnumSet.of(Change.NIGHTS, Change.BODY, Change.WORKOUTS, Change.EXERCISES, Change.SETTINGS,
            Change.PHYSIO);
    private final TodayService service;
    private final Changes changes;
    private final JournalExecutor executor;
    private final Navigator navigator;

    @FXML private Label heading;
    @FXML private Label summary;
    @FXML private StackPane root;
    @FXML private ScrollPane scroller;
    @FXML private VBox page;
    private TodayCards cards;
    private ReloadOnChange freshness;
    private final CompletableFuture<Void> firstLoad = new CompletableFuture<>();

    public TodayController(TodayService service, Changes changes, JournalExecutor executor, Navigator navigator) {
        this.service = service;
        this.changes = changes;
        this.executor = executor;
        this.navigator = navigator;
    }

    /**
     * Today's data come first: their query and the cards they fill are built at once on the journal
     * thread (in the window, while the shell is built there and JavaFX shows the first frame; nodes
     * may be built off the FX thread until they join a scene), so they reach the screen in the frames
     * right after the first one. The first frame shows the heading and the log buttons; the scroll
     * pane joins after it.
     */
    @FXML
    private void initialize() {
        showHeading();
        root.getChildren().setAll(page);
        freshness = ReloadOnChange.of(changes, SHOWS, root, this::reload);
        submit(() -> new First(morning(), new ViewLoader(new ControllerFactory()).load(CARDS)), first -> {
            cards = first.cards().controller();
            page.getChildren().add(first.cards().root());
            showMorning(first.morning());
            // The recovery check waits for the frame that lays out the morning's cards rather than
            // share the two cores with it: Today's data reach the screen first, the check a pulse later.
            FirstFrame.afterNextLayout(root, this::later);
        });
        FirstFrame.afterShown(heading, () -> {
            scroller.setContent(page);
            root.getChildren().setAll(scroller);
        });
    }

    /** The first load's answer: the morning's data, and the cards to show them in. */
    private record First(MorningView morning, ViewLoader.Loaded<TodayCards> cards) {
    }

    /** The morning's data and their body map, built on the journal thread. */
    private record MorningView(Morning data, BodyMap map) {
    }

    private MorningView morning() {
        Morning m = service.morning();
        return new MorningView(m, TodayCards.bodyMapOf(m));
    }

    /** Reloads when something Today shows was saved while it was hidden (a night logged, a body marked…). */
    @Override
    public void shownAgain() {
        freshness.shown();
    }

    /** A change before the first load has nothing to refresh: the first load reads it. */
    private void reload() {
        if (cards != null) {
            showHeading();
            submit(this::morning, morning -> {
                showMorning(morning);
                later();
            });
        }
    }

    private void showHeading() {
        LocalDateTime now = service.now();
        heading.setText(greeting(now.getHour()) + " — " + DateText.heading(now.toLocalDate()));
    }

    /** After the morning's data: the recovery check and lift history, then the physiotherapy card. */
    private void later() {
        submit(service::later, later -> {
            cards.showLater(later, service.now().toLocalDate());
            firstLoad.complete(null);
            submit(service::physio, physio -> cards.showPhysio(physio, service.now().toLocalDate()));
        });
    }

    static String greeting(int hour) {
        return hour >= 4 && hour < 12 ? "Good morning" : hour >= 12 && hour < 18 ? "Good afternoon" : "Good evening";
    }

    private void showMorning(MorningView view) {
        Morning m = view.data();
        summary.setText(m.nightCount() == 0 && m.workoutCount() == 0
                ? "Your journal is empty. Start by logging last night's sleep: it takes under a minute."
                : String.format(Locale.ENGLISH, "%,d nights and %,d workouts in this journal.", m.nightCount(), m.workoutCount()));
        cards.showMorning(m, view.map(), service.now().toLocalDate());
    }

    private <T> void submit(Callable<T> work, Consumer<T> onDone) {
        executor.submit(work, onDone, e -> {
            firstLoad.complete(null);
            Dialogs.error(heading.getScene() == null ? null : heading.getScene().getWindow(), "Today could not be loaded", e);
        });
    }

    @Override
    public CompletionStage<Void> firstLoad() {
        return firstLoad;
    }

    @FXML
    private void onLogNight() {
        navigator.show(KipView.SLEEP);
    }

    @FXML
    private void onMarkBody() {
        navigator.show(KipView.BODY);
    }

    @FXML
    private void onLogWorkout() {
        navigator.show(KipView.TRAINING);
    }
}
