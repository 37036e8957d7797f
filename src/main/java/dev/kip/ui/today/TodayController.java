package dev.kip.ui.today;

import dev.kip.body.BodyGeometry;
import dev.kip.domain.BodyMark;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Night;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import dev.kip.insight.RecoveryCheck;
import dev.kip.insight.RecoveryReport;
import dev.kip.insight.SleepAverages;
import dev.kip.insight.SleepFigures;
import dev.kip.insight.SleepSummary;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.Journal;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.FactorsStore;
import dev.kip.journal.NightStore;
import dev.kip.journal.TrendQueries;
import dev.kip.journal.WorkoutStore;
import dev.kip.ui.bodymap.BodyMap;
import dev.kip.ui.bodymap.RegionLevels;
import dev.kip.ui.chart.Formats;
import dev.kip.ui.common.Dialogs;
import dev.kip.ui.common.FirstFrame;
import dev.kip.ui.common.JournalExecutor;
import dev.kip.ui.common.KipView;
import dev.kip.ui.common.Navigator;
import dev.kip.ui.common.ShownAgain;
import dev.kip.ui.common.RecoveryCard;
import dev.kip.ui.common.SettingsModel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The landing view: last night at a glance, today's marks, the last session and what's next, the
 * recovery check, and one-click ways to log. Only the heading, summary and buttons are in the first frame;
 * today's data follow on the journal thread, then the recovery check and lift history.
 */
public final class TodayController implements ShownAgain {
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter SESSION_DAY = DateTimeFormatter.ofPattern("EEEE d MMM", Locale.ENGLISH);
    private final NightStore nights;
    private final FactorsStore factors;
    private final WorkoutStore workouts;
    private final ExerciseStore exercises;
    private final BodyMarkStore marks;
    private final TrendQueries trends;
    private final SettingsModel settings;
    private final JournalExecutor executor;
    private final Navigator navigator;
    private final Clock clock;

    @FXML private Label heading;
    @FXML private Label summary;
    @FXML private Label tst;
    @FXML private Label tstAvg;
    @FXML private Label se;
    @FXML private Label seAvg;
    @FXML private Label quality;
    @FXML private Label qualityAvg;
    @FXML private Label nightNote;
    @FXML private StackPane bodyHolder;
    @FXML private Label bodyNote;
    @FXML private Label lastSession;
    @FXML private Label sinceLifts;
    @FXML private Label nextUp;
    @FXML private RecoveryCard recoveryCard;
    @FXML private StackPane root;
    @FXML private ScrollPane scroller;
    @FXML private VBox page;
    @FXML private HBox cards;

    private final Journal journal;
    private long shownChanges;

    public TodayController(NightStore nights, FactorsStore factors, WorkoutStore workouts, ExerciseStore exercises,
                           BodyMarkStore marks, TrendQueries trends, SettingsModel settings, JournalExecutor executor,
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
    private record Morning(SleepSummary sleep, int lastQuality, List<BodyMark> marks, BodyGeometry geometry, Optional<Workout> last,
                           Map<Long, String> exerciseNames, int nightCount, int workoutCount) {
    }

    /** What follows: the recovery check and when each main lift was last trained. */
    private record Later(RecoveryReport recovery, Map<String, LocalDate> lastTrained) {
    }

    /**
     * The window's first frame shows the heading and the log buttons; the cards, the scroll pane and
     * today's data follow right after it (skinning them, and the queries beside it on the other core,
     * cost more than the whole rest of Today's share of start-up).
     */
    @FXML
    private void initialize() {
        showHeading();
        List<Node> later = List.of(cards, recoveryCard);
        page.getChildren().removeAll(later);
        root.getChildren().setAll(page);
        FirstFrame.afterShown(heading, () -> {
            page.getChildren().addAll(later);
            scroller.setContent(page);
            root.getChildren().setAll(scroller);
            load();
        });
    }

    /** Reloads when anything was saved since Today was last loaded (a night logged, a body marked…). */
    @Override
    public void shownAgain() {
        if (journal.changeCount() != shownChanges) {
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
                    today, target, clock.getZone()), lastQuality, todays, todays.isEmpty() ? null : BodyGeometry.load(), last, names,
                    nights.count(), workouts.count());
        }, morning -> {
            showMorning(morning);
            submit(() -> new Later(RecoveryCheck.evaluate(trends.recoveryInputs(today, target, clock.getZone())),
                    trends.lastTrained(today)), this::showLater);
        });
    }

    static String greeting(int hour) {
        return hour >= 4 && hour < 12 ? "Good morning" : hour >= 12 && hour < 18 ? "Good afternoon" : "Good evening";
    }

    private void showMorning(Morning m) {
        LocalDate today = LocalDate.now(clock);
        summary.setText(m.nightCount() == 0 && m.workoutCount() == 0
                ? "Your journal is empty. Start by logging last night's sleep: it takes under a minute."
                : String.format(Locale.ENGLISH, "%,d nights and %,d workouts in this journal.", m.nightCount(), m.workoutCount()));
        Optional<SleepFigures> night = m.sleep().lastNight();
        Optional<SleepAverages> avg = m.sleep().fortnight();
        if (night.isPresent()) {
            SleepFigures f = night.get();
            tst.setText(Formats.hoursMinutes(f.tstMin()));
            se.setText(String.format(Locale.ROOT, "%.0f %%", f.sePct()));
            quality.setText(m.lastQuality() + " / 5");
            avg.ifPresent(a -> {
                tstAvg.setText("avg " + Formats.hoursMinutes(a.tstMin()));
                seAvg.setText(String.format(Locale.ROOT, "avg %.0f %%", a.sePct()));
                qualityAvg.setText(String.format(Locale.ROOT, "avg %.1f", a.quality()));
            });
            int diff = (int) Math.round(f.tstMin() - avg.map(SleepAverages::tstMin).orElse((double) f.tstMin()));
            nightNote.setText(diff == 0 ? "About your usual." : Formats.duration(Math.abs(diff))
                    + (diff > 0 ? " more" : " less") + " sleep than your 14-night average.");
        } else {
            nightNote.setText("Last night isn't logged yet. Log it first: the recovery check and Trends build on it.");
        }
        if (m.marks().isEmpty()) {
            bodyNote.setText("Nothing marked today. Sore or in pain somewhere? Mark the body: it takes a few taps.");
        } else {
            BodyMap map = new BodyMap(m.geometry());
            map.setId("today-body-map");
            map.setInteractive(false);
            map.setLevels(levels(m.marks()));
            bodyHolder.getChildren().setAll(map);
            bodyNote.setText(describe(m.marks()));
        }
        if (m.last().isPresent()) {
            Workout w = m.last().get();
            long ago = ChronoUnit.DAYS.between(w.date(), today);
            Set<String> names = new LinkedHashSet<>();
            for (LiftSet s : w.sets()) {
                names.add(m.exerciseNames().getOrDefault(s.exerciseId(), "exercise " + s.exerciseId()));
            }
            lastSession.setText("Last session: " + (ago == 0 ? "today" : ago == 1 ? "yesterday" : SESSION_DAY.format(w.date()))
                    + (w.name().isBlank() ? "" : ", " + w.name()) + " — " + String.join(", ", names)
                    + (w.sessionRpe() == null ? "" : String.format(Locale.ROOT, " (session RPE %.1f)", w.sessionRpe())));
        } else {
            lastSession.setText("No workouts yet. Log one, or import your history from Strong, Hevy or FitNotes.");
        }
    }

    private void showLater(Later later) {
        recoveryCard.show(later.recovery());
        LocalDate today = LocalDate.now(clock);
        if (later.lastTrained().isEmpty()) {
            sinceLifts.setText("");
            nextUp.setText("");
            return;
        }
        List<String> parts = new ArrayList<>();
        String stalest = null;
        long stalestDays = -1;
        for (Map.Entry<String, LocalDate> e : later.lastTrained().entrySet()) {
            long days = ChronoUnit.DAYS.between(e.getValue(), today);
            parts.add(e.getKey() + " " + (days == 0 ? "today" : days + " d ago"));
            if (days > stalestDays) {
                stalestDays = days;
                stalest = e.getKey();
            }
        }
        sinceLifts.setText("Main lifts last trained: " + String.join(" · ", parts));
        nextUp.setText(stalestDays <= 0 ? "All main lifts trained today." : "Next up: " + stalest + ", the main lift you trained longest ago ("
                + stalestDays + " days).");
    }

    private static Map<String, RegionLevels> levels(List<BodyMark> marks) {
        Map<String, int[]> byRegion = new HashMap<>();
        for (BodyMark m : marks) {
            int[] l = byRegion.computeIfAbsent(m.regionId(), id -> new int[2]);
            l[m.kind() == SymptomKind.SORENESS ? 0 : 1] = m.level();
        }
        Map<String, RegionLevels> levels = new HashMap<>();
        byRegion.forEach((id, l) -> levels.put(id, new RegionLevels(l[0], l[1])));
        return levels;
    }

    private static String describe(List<BodyMark> marks) {
        long sore = marks.stream().filter(m -> m.kind() == SymptomKind.SORENESS && m.level() > 0).count();
        long pain = marks.stream().filter(m -> m.kind() == SymptomKind.PAIN && m.level() > 0).count();
        return sore + " region" + (sore == 1 ? "" : "s") + " sore, " + pain + " in pain today.";
    }

    private <T> void submit(Callable<T> work, Consumer<T> onDone) {
        executor.submit(work, onDone, e -> Dialogs.error(heading.getScene() == null ? null : heading.getScene().getWindow(),
                "Today could not be loaded", e));
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
