package dev.kip.ui.today;

import dev.kip.body.BodyGeometry;
import dev.kip.domain.BodyMark;
import dev.kip.domain.Night;
import dev.kip.domain.Workout;
import dev.kip.insight.RecoveryCheck;
import dev.kip.insight.RecoveryReport;
import dev.kip.insight.SleepSummary;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.FactorsStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.WorkoutStore;
import dev.kip.service.JournalExecutor;
import dev.kip.service.TrendsService;
import dev.kip.ui.common.ControllerFactory;
import dev.kip.ui.common.Dialogs;
import dev.kip.ui.common.FirstFrame;
import dev.kip.ui.common.KipView;
import dev.kip.ui.common.LoadsAfterShown;
import dev.kip.ui.common.Navigator;
import dev.kip.ui.common.SettingsModel;
import dev.kip.ui.common.ShownAgain;
import dev.kip.ui.common.ViewLoader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * recovery check, and one-click ways to log. Only the heading, summary and buttons are in the first frame;
 * today's data follow on the journal thread, then the recovery check and lift history.
 */
public final class TodayController implements ShownAgain, LoadsAfterShown {
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private final NightStore nights;
    private final FactorsStore factors;
    private final WorkoutStore workouts;
    private final ExerciseStore exercises;
    private final BodyMarkStore marks;
    private final TrendsService trends;
    private final SettingsModel settings;
    private final JournalExecutor executor;
    private final Navigator navigator;
    private final Clock clock;

    @FXML private Label heading;
    @FXML private Label summary;
    @FXML private StackPane root;
    @FXML private ScrollPane scroller;
    @FXML private VBox page;
    private TodayCards cards;
    private final CompletableFuture<Void> firstLoad = new CompletableFuture<>();

    private final Journal journal;
    private long shownChanges;

    public TodayController(NightStore nights, FactorsStore factors, WorkoutStore workouts, ExerciseStore exercises,
                           BodyMarkStore marks, TrendsService trends, SettingsModel settings, JournalExecutor executor,
                           Navigator navigator, Clock clock, Journal journal) {
        this.journal = journal;
        this.nights = nights;
        this.factors = factors;
        this.workouts = workouts;
        this.exercises = exercises;
        this.marks = marks;
        this.trends = trends;
        this.settings = settings;
        this.executor = executor;
        this.navigator = navigator;
        this.clock = clock;
    }

    /** Today's own data: the sleep summary, today's marks (with the body geometry) and the last session. */
    record Morning(SleepSummary sleep, int lastQuality, List<BodyMark> marks, BodyGeometry geometry, Optional<Workout> last,
                           Map<Long, String> exerciseNames, int nightCount, int workoutCount) {
    }

    /** What follows: the recovery check and when each main lift was last trained. */
    record Later(RecoveryReport recovery, Map<String, LocalDate> lastTrained) {
    }

    /**
     * The window's first frame shows the heading and the log buttons; the cards, the scroll pane and
     * today's data follow right after it (skinning them, and the queries beside it on the other core,
     * cost more than the whole rest of Today's share of start-up).
     */
    @FXML
    private void initialize() {
        showHeading();
        root.getChildren().setAll(page);
        FirstFrame.afterShown(heading, () -> {
            load();
            cards();
            scroller.setContent(page);
            root.getChildren().setAll(scroller);
        });
    }

    /** The cards, added to the page the first time they are needed (while the first queries run). */
    private TodayCards cards() {
        if (cards == null) {
            ViewLoader.Loaded<TodayCards> loaded = new ViewLoader(new ControllerFactory()).load("/dev/kip/ui/today/TodayCards.fxml");
            cards = loaded.controller();
            page.getChildren().add(loaded.root());
        }
        return cards;
    }

    /** Reloads when anything was saved since Today was last loaded (a night logged, a body marked…). */
    @Override
    public void shownAgain() {
        if (cards != null && journal.changeCount() != shownChanges) {
            load();
        }
    }

    private void showHeading() {
        heading.setText(greeting(java.time.LocalTime.now(clock).getHour()) + " — " + HEADING.format(LocalDate.now(clock)));
    }

    private void load() {
        shownChanges = journal.changeCount();
        showHeading();
        LocalDate today = LocalDate.now(clock);
        int target = settings.get().sleepTargetMin();
        submit(() -> {
            List<BodyMark> todays = marks.on(today);
            Optional<Workout> last = workouts.latest(today, 1).stream().findFirst();
            Map<Long, String> names = new HashMap<>();
            if (last.isPresent()) {
                exercises.all().forEach(e -> names.put(e.id(), e.name()));
            }
            LocalDate fortnightStart = today.minusDays(2L * SleepSummary.FORTNIGHT_DAYS);
            List<Night> recent = nights.between(fortnightStart, today);
            int lastQuality = recent.isEmpty() || !recent.get(recent.size() - 1).date().equals(today) ? 0
                    : recent.get(recent.size() - 1).quality();
            return new Morning(SleepSummary.of(recent, factors.between(fortnightStart, today),
                    today, target), lastQuality, todays, todays.isEmpty() ? null : BodyGeometry.load(), last, names,
                    nights.count(), workouts.count());
        }, morning -> {
            showMorning(morning);
            submit(() -> new Later(RecoveryCheck.evaluate(trends.recoveryInputs(today, target)),
                    trends.lastTrained(today)), later -> {
                cards().showLater(later, LocalDate.now(clock));
                firstLoad.complete(null);
            });
        });
    }

    static String greeting(int hour) {
        return hour >= 4 && hour < 12 ? "Good morning" : hour >= 12 && hour < 18 ? "Good afternoon" : "Good evening";
    }

    private void showMorning(Morning m) {
        summary.setText(m.nightCount() == 0 && m.workoutCount() == 0
                ? "Your journal is empty. Start by logging last night's sleep: it takes under a minute."
                : String.format(Locale.ENGLISH, "%,d nights and %,d workouts in this journal.", m.nightCount(), m.workoutCount()));
        cards().showMorning(m, LocalDate.now(clock));
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
