package dev.kip.ui.trends;

import dev.kip.domain.JournalExtent;
import dev.kip.domain.LiftChoice;
import dev.kip.domain.Settings;
import dev.kip.insight.Aggregated;
import dev.kip.insight.Correlation;
import dev.kip.insight.DayValue;
import dev.kip.insight.DurationFormat;
import dev.kip.insight.E1rm;
import dev.kip.insight.Glossary;
import dev.kip.insight.RecoveryCheck;
import dev.kip.insight.TrendsModel;
import dev.kip.insight.TrendsRequest;
import dev.kip.insight.TrendsVerdict;
import dev.kip.insight.Units;
import dev.kip.service.Change;
import dev.kip.service.Changes;
import dev.kip.service.JournalExecutor;
import dev.kip.service.TrendsService.Loaded;
import dev.kip.service.TrendsService.Setup;
import dev.kip.service.TrendsService;
import dev.kip.style.Role;
import dev.kip.text.DateText;
import dev.kip.text.Plural;
import dev.kip.ui.chart.Axis;
import dev.kip.ui.chart.HeatStripChart;
import dev.kip.ui.chart.LagBars;
import dev.kip.ui.chart.Reference;
import dev.kip.ui.chart.ScatterPlot;
import dev.kip.ui.chart.Series;
import dev.kip.ui.chart.TimeChart;
import dev.kip.ui.chart.TimeData;
import dev.kip.ui.chart.ValueAxis;
import dev.kip.ui.common.Dialogs;
import dev.kip.ui.common.RecoveryCard;
import dev.kip.ui.common.ReloadOnChange;
import dev.kip.ui.common.SettingsModel;
import dev.kip.ui.common.ShownAgain;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.SegmentedButton;

/**
 * Trends: sleep against strength over one range shared by every chart, under a one-sentence
 * verdict. Data come from {@link TrendsService} on the journal thread, shaped by {@link TrendsModel}
 * (long ranges as weekly or monthly means with their lowest–highest band); the correlations (one per
 * lag, bootstrapped below 500 pairs) follow in a second task and decide the {@link TrendsVerdict}. The service keeps
 * what is dear to work out, so going back to a range shows it at once. While a range loads, the
 * charts on screen stay, greyed, beside a progress indicator; a result that arrives after the person
 * has moved on to another range is dropped; a change saved elsewhere redraws everything, from scratch.
 */
public final class TrendsController implements ShownAgain {
    /** What Trends shows: everything but the views' remembered choices. */
    private static final Set<Change> SHOWS = EnumSet.of(Change.NIGHTS, Change.BODY, Change.WORKOUTS, Change.EXERCISES, Change.SETTINGS);
    private static final int LOADING_DELAY_MS = 120;
    private static final int CORRELATED_AT_ONCE_DAYS = 366;
    /** "Strength index" in the lift list. */
    private static final LiftChoice INDEX = new LiftChoice(-1, "Strength index (main lifts)", 0);

    private final TrendsService service;
    private final SettingsModel settings;
    private final JournalExecutor executor;
    private final Changes changes;

    @FXML private SegmentedButton presets;
    @FXML private SegmentedButton windows;
    @FXML private ComboBox<LiftChoice> liftChoice;
    @FXML private RangeSlider rangeSlider;
    @FXML private Label rangeLabel;
    @FXML private Label emptyHint;
    @FXML private Label sleepLeftOut;
    @FXML private Label sleepSources;
    @FXML private TimeChart overlayChart;
    @FXML private ScatterPlot scatterChart;
    @FXML private Label scatterStats;
    @FXML private LagBars lagChart;
    @FXML private HeatStripChart heatChart;
    @FXML private TimeChart debtChart;
    @FXML private RecoveryCard recoveryCard;
    @FXML private Region veil;
    @FXML private ProgressIndicator loading;
    @FXML private Label loadingLabel;
    @FXML private Label verdict;
    @FXML private Label caution;
    @FXML private Label overlayCaption;
    @FXML private Label strengthCaption;
    @FXML private Label explainRho;
    @FXML private Label explainInterval;
    @FXML private Label explainDebt;

    private JournalExtent extent;
    private Set<Long> mainLiftIds = Set.of();
    private RangePreset range;
    private int window = 1;
    private int generation;
    private boolean settingControls;
    private TrendsModel shown;
    private Runnable onRendered = () -> { };
    private Runnable onCharted = () -> { };
    private final PauseTransition loadingDelay = new PauseTransition(Duration.millis(LOADING_DELAY_MS));
    private boolean wired;
    private ReloadOnChange freshness;

    public TrendsController(TrendsService service, SettingsModel settings, JournalExecutor executor, Changes changes) {
        this.service = service;
        this.settings = settings;
        this.executor = executor;
        this.changes = changes;
    }

    @FXML
    private void initialize() {
        liftChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(LiftChoice c) {
                return c == null ? "" : c.name();
            }

            @Override
            public LiftChoice fromString(String s) {
                return null;
            }
        });
        loadingDelay.setOnFinished(e -> showLoading(true));
        explainRho.setText(explain(Glossary.RHO) + " " + explain(Glossary.N));
        explainInterval.setText(explain(Glossary.INTERVAL) + " A bar is in colour only when its interval stays clear of 0;"
                + " a grey one is not told apart from no link.");
        explainDebt.setText(explain(Glossary.SLEEP_DEBT) + " " + explain(Glossary.WAKE_SPREAD));
        setDisabled(true);
        freshness = ReloadOnChange.of(changes, SHOWS, rangeLabel, this::loadSetup);
        loadSetup();
    }

    private void loadSetup() {
        submit(service::setUp, this::setUp);
    }

    private void setUp(Setup setup) {
        if (setup.extent().isEmpty()) {
            emptyHint.setManaged(true);
            emptyHint.setVisible(true);
            return;
        }
        settingControls = true;
        extent = setup.extent().get();
        mainLiftIds = setup.mainLiftIds();
        List<LiftChoice> lifts = new ArrayList<>();
        lifts.add(INDEX);
        lifts.addAll(setup.lifts());
        liftChoice.getItems().setAll(lifts);
        String storedLift = setup.lift().orElse("index");
        liftChoice.setValue(lifts.stream().filter(c -> Long.toString(c.id()).equals(storedLift)).findFirst().orElse(INDEX));
        window = setup.window().filter(w -> w.equals("3")).map(w -> 3).orElse(1);
        windows.getButtons().forEach(b -> b.setSelected(b.getUserData().equals(Integer.toString(window))));
        rangeSlider.setMin(extent.first().toEpochDay());
        rangeSlider.setMax(extent.last().toEpochDay());
        rangeSlider.setBlockIncrement(7);
        range = RangePreset.parse(setup.range().orElse(null), extent.first(), extent.last())
                .orElse(RangePreset.of(RangePreset.DEFAULT, extent.first(), extent.last()));
        settingControls = false;
        if (!wired) {
            wired = true;
            wireControls();
        }
        setDisabled(false);
        apply(range, false);
    }

    /** Entries saved elsewhere while Trends was hidden: draw again from scratch. */
    @Override
    public void shownAgain() {
        freshness.shown();
    }

    private void wireControls() {
        for (ToggleButton b : presets.getButtons()) {
            b.setOnAction(e -> {
                b.setSelected(true); // a preset stays chosen when clicked again
                apply(RangePreset.of((String) b.getUserData(), extent.first(), extent.last()), true);
            });
        }
        for (ToggleButton b : windows.getButtons()) {
            b.setOnAction(e -> {
                b.setSelected(true);
                window = Integer.parseInt((String) b.getUserData());
                refresh();
                remember(() -> service.rememberWindow(Integer.toString(window)));
            });
        }
        liftChoice.valueProperty().addListener((obs, old, now) -> {
            if (!settingControls && now != null) {
                refresh();
                remember(() -> service.rememberLift(now == INDEX ? "index" : Long.toString(now.id())));
            }
        });
        rangeSlider.lowValueChangingProperty().addListener((obs, was, changing) -> sliderMoved(changing));
        rangeSlider.highValueChangingProperty().addListener((obs, was, changing) -> sliderMoved(changing));
        rangeSlider.lowValueProperty().addListener((obs, old, now) -> sliderMoved(rangeSlider.isLowValueChanging()));
        rangeSlider.highValueProperty().addListener((obs, old, now) -> sliderMoved(rangeSlider.isHighValueChanging()));
    }

    private void sliderMoved(boolean stillDragging) {
        LocalDate from = LocalDate.ofEpochDay(Math.round(rangeSlider.getLowValue()));
        LocalDate to = LocalDate.ofEpochDay(Math.round(rangeSlider.getHighValue()));
        rangeLabel.setText(DateText.dayMonthYear(from) + " – " + DateText.dayMonthYear(to));
        if (settingControls || stillDragging || (from.equals(range.from()) && to.equals(range.to()))) {
            return;
        }
        apply(RangePreset.custom(from, to), true);
    }

    /** Shows a range on every chart (and remembers it when the person chose it). */
    void apply(RangePreset newRange, boolean remember) {
        range = newRange;
        settingControls = true;
        rangeSlider.setHighValue(range.to().toEpochDay());
        rangeSlider.setLowValue(range.from().toEpochDay());
        rangeSlider.setHighValue(range.to().toEpochDay());
        presets.getButtons().forEach(b -> b.setSelected(b.getUserData().equals(range.preset())));
        settingControls = false;
        rangeLabel.setText(DateText.dayMonthYear(range.from()) + " – " + DateText.dayMonthYear(range.to()));
        refresh();
        if (remember) {
            String stored = range.stored();
            remember(() -> service.rememberRange(stored));
        }
    }

    private TrendsRequest request() {
        LiftChoice lift = liftChoice.getValue();
        return new TrendsRequest(range.from(), range.to(), lift == null || lift == INDEX ? null : lift.id(), window,
                settings.get().sleepTargetMin(), mainLiftIds);
    }

    private void refresh() {
        TrendsRequest request = request();
        int current = ++generation;
        loading(true);
        // Up to a year, the correlations are worked out in the same task, so that a range change is one
        // repaint with everything in it; a longer range shows its charts first, then the correlations.
        boolean together = ChronoUnit.DAYS.between(request.from(), request.to()) <= CORRELATED_AT_ONCE_DAYS;
        submit(() -> {
            Loaded loaded = service.load(request);
            if (together) {
                service.correlations(loaded.model());
            }
            return loaded;
        }, loaded -> {
            if (current == generation) {
                render(loaded);
                correlate(loaded.model(), current);
            }
        });
    }

    /**
     * After each complete frame (not beside it, where it took the CPU the frame needed), the service
     * loads the whole journal's data unless it has it, so later ranges are cut from memory.
     */
    private void loadHistory() {
        JournalExtent all = extent;
        submit(() -> {
            service.loadHistory(all);
            return null;
        }, done -> { });
    }

    /**
     * While a range loads: after {@value #LOADING_DELAY_MS} ms a progress indicator, and what is on
     * screen stays, greyed under a veil, until the new range is ready. A range that is ready sooner
     * (most are) changes in one frame, without the flicker and the extra frames of a veil shown for
     * an instant. The veil is a translucent layer on top: the charts' own opacity would have them
     * drawn off screen first.
     */
    private void loading(boolean on) {
        if (on) {
            loadingDelay.playFromStart();
        } else {
            loadingDelay.stop();
            showLoading(false);
        }
    }

    private void showLoading(boolean on) {
        loading.setVisible(on);
        loadingLabel.setVisible(on);
        veil.setVisible(on && shown != null);
    }

    private void render(Loaded loaded) {
        TrendsModel m = loaded.model();
        shown = m;
        loading(false);
        TrendsRequest r = m.request();
        Settings s = settings.get();
        String formula = E1rm.name(s.e1rmFormula());
        String liftName = r.strengthIndex() ? "Strength index (e1RM, " + formula + ")" : liftChoice.getValue().name() + " e1RM";
        String unit = s.massUnit() == Settings.MassUnit.KG ? "kg" : "lb";
        TrendsModel.Charted c = m.charted();
        Aggregated.Bucket bucket = c.bucket();
        DoubleFunction<String> sleepText = v -> DurationFormat.text(v * 60);
        DoubleFunction<String> strengthText = r.strengthIndex() ? v -> String.format(Locale.ROOT, "%.1f %% of the 8-week best", v)
                : v -> String.format(Locale.ROOT, "%.1f %s", v, unit);
        Function<List<DayValue>, List<DayValue>> inUnit = r.strengthIndex() ? values -> values
                : values -> values.stream().map(v -> new DayValue(v.date(), Units.fromKg(v.value(), s.massUnit()))).toList();
        List<Series> overlay = new ArrayList<>();
        if (c.sleep().hasBand()) {
            String per = bucket == Aggregated.Bucket.WEEK ? "weekly" : "monthly";
            String noun = bucket == Aggregated.Bucket.WEEK ? "weeks" : "months";
            overlay.add(new Series("Sleep, " + per + " mean", hours(c.sleep().means()), Axis.LEFT, Role.SLEEP,
                    new Series.Band(hours(c.sleep().lows()), hours(c.sleep().highs()), bucket.unit()), noun, sleepText));
            overlay.add(new Series(liftName + ", " + per + " mean", inUnit.apply(c.strength().means()), Axis.RIGHT,
                    Role.STRENGTH, new Series.Band(inUnit.apply(c.strength().lows()), inUnit.apply(c.strength().highs()),
                    bucket.unit()), noun, strengthText));
            overlayCaption.setText("Each point is a " + (bucket == Aggregated.Bucket.WEEK ? "week" : "month") + "'s mean;"
                    + " the shaded band runs from its lowest to its highest value. Dashed: your sleep target.");
        } else {
            overlay.add(new Series("Sleep", hours(m.sleep()), Axis.LEFT, Role.SLEEP, new Series.Dots(), "nights", sleepText));
            overlay.add(new Series("7-night mean", hours(m.sleepMean()), Axis.LEFT, Role.SLEEP_MEAN,
                    new Series.Line(3, false), "nights", sleepText));
            overlay.add(new Series(liftName, inUnit.apply(m.strength()), Axis.RIGHT, Role.STRENGTH,
                    new Series.Line(28, false), "sessions", strengthText));
            String mean = Glossary.ROLLING_MEAN.meaning();
            overlayCaption.setText("Dots: each night's sleep. 7-night mean: " + mean.substring(0, 1).toLowerCase(Locale.ROOT)
                    + mean.substring(1) + " Dashed: your sleep target.");
        }
        strengthCaption.setText(r.strengthIndex()
                ? "Strength index (right axis): " + Glossary.STRENGTH_INDEX.meaning()
                : liftChoice.getValue().name() + " (right axis): each session's best estimated one-rep max (e1RM, "
                        + formula + ").");
        ValueAxis sleepAxis = ValueAxis.fitted("Sleep (h)", v -> String.format(Locale.ROOT, "%.1f", v));
        ValueAxis strengthAxis = ValueAxis.fitted(r.strengthIndex() ? "Index (%)" : "e1RM (" + unit + ", " + formula + ")",
                v -> String.format(Locale.ROOT, "%.0f", v));
        overlayChart.show(new TimeData("Sleep and strength", r.from(), r.to(), overlay,
                List.of(new Reference("target " + DurationFormat.text(r.targetMin()), r.targetMin() / 60.0, Axis.LEFT, Role.TARGET)),
                sleepAxis, strengthAxis, "No sleep or training logged in this range."));
        int gap = bucket == Aggregated.Bucket.MONTH ? 62 : bucket == Aggregated.Bucket.WEEK ? 14 : 3;
        debtChart.show(new TimeData("Sleep debt and wake-time regularity", r.from(), r.to(), List.of(
                new Series("Sleep debt", hours(c.debt().means()), Axis.LEFT, Role.SLEEP_MEAN, new Series.Line(gap, false), "nights",
                        v -> DurationFormat.text(v * 60)),
                new Series("Wake-time SD", c.wakeSd().means(), Axis.RIGHT, Role.WAKE, new Series.Line(gap, true), "nights",
                        v -> DurationFormat.text(v))),
                List.of(new Reference("debt " + DurationFormat.text(RecoveryCheck.DEBT_ACT_MIN), RecoveryCheck.DEBT_ACT_MIN / 60.0, Axis.LEFT, Role.MUTED),
                        new Reference("SD " + DurationFormat.text(RecoveryCheck.WAKE_SD_ACT), RecoveryCheck.WAKE_SD_ACT, Axis.RIGHT, Role.MUTED)),
                ValueAxis.fitted("Debt (h)", v -> String.format(Locale.ROOT, "%.0f", v)),
                ValueAxis.fitted("Wake SD (min)", v -> String.format(Locale.ROOT, "%.0f", v)),
                "Debt and regularity need at least 7 nights in 14."));
        m.sleepLeftOutNote().ifPresentOrElse(sleepLeftOut::setText, () -> sleepLeftOut.setText(""));
        sleepLeftOut.setVisible(m.sleepLeftOut() > 0);
        sleepLeftOut.setManaged(m.sleepLeftOut() > 0);
        sleepSources.setText(m.sleepSourcesNote().orElse(""));
        heatChart.show(m.marks(), r.from(), r.to());
        scatterChart.show(m.pairs(), r.window() == 1 ? "Sleep the night before (h)" : "Mean sleep of the 3 nights before (h)");
        recoveryCard.show(loaded.recovery());
        if (service.cachedCorrelations(r).isEmpty()) {
            lagChart.showComputing();
            scatterStats.setText("Working out the correlation…");
            verdict.setText("Working out whether your sleep and " + strengthName(r) + " moved together…");
            caution.setText("");
        }
        onCharted.run();
    }

    /** "How closely two measures … — Spearman's rank correlation (ρ).": the plain words first, the technical term second. */
    private static String explain(Glossary term) {
        String meaning = term.meaning().endsWith(".") ? term.meaning().substring(0, term.meaning().length() - 1) : term.meaning();
        return meaning + " — " + term.fullName() + ".";
    }

    /** "your strength" for the strength index, "your Back Squat" for a lift. */
    private String strengthName(TrendsRequest r) {
        return r.strengthIndex() || liftChoice.getValue() == null ? "your strength" : "your " + liftChoice.getValue().name();
    }

    private void correlate(TrendsModel model, int current) {
        Optional<SortedMap<Integer, Correlation>> cached = service.cachedCorrelations(model.request());
        if (cached.isPresent()) {
            showCorrelations(model.request(), cached.get());
            return;
        }
        submit(() -> service.correlations(model), byLag -> {
            if (current == generation) {
                showCorrelations(model.request(), byLag);
            }
        });
    }

    private void showCorrelations(TrendsRequest r, SortedMap<Integer, Correlation> byLag) {
        TrendsVerdict v = TrendsVerdict.of(byLag, r.from(), r.to(), strengthName(r));
        lagChart.show(byLag, v.standOut());
        verdict.setText(v.sentence());
        caution.setText(v.caution());
        caution.setManaged(!v.caution().isEmpty());
        Correlation c = byLag.get(0);
        scatterStats.getStyleClass().remove("not-enough");
        if (c.pairsNeeded() > 0) {
            scatterStats.getStyleClass().add("not-enough");
            scatterStats.setText("Not enough data yet — " + c.pairsNeeded() + " more session" + (c.pairsNeeded() == 1 ? "" : "s")
                    + " needed (" + c.n() + " of " + Correlation.MIN_PAIRS + " with sleep logged before them).");
        } else if (!c.hasRho()) {
            scatterStats.setText("n = " + c.n() + ": sleep or performance did not vary, so there is nothing to rank.");
        } else {
            scatterStats.setText(String.format(Locale.ROOT, "Spearman ρ = %.2f", c.rho())
                    + (c.ciLow() == null ? "" : String.format(Locale.ROOT, " (95 %% CI %.2f to %.2f)", c.ciLow(), c.ciHigh()))
                    + ", n = " + Plural.of(c.n(), "session") + ". An association, not a cause.");
        }
        onRendered.run();
        loadHistory();
    }

    private static List<DayValue> hours(List<DayValue> minutes) {
        return minutes.stream().map(v -> new DayValue(v.date(), v.value() / 60)).collect(Collectors.toList());
    }

    private void setDisabled(boolean disabled) {
        presets.setDisable(disabled);
        windows.setDisable(disabled);
        liftChoice.setDisable(disabled);
        rangeSlider.setDisable(disabled);
    }

    private void remember(Runnable remembering) {
        submit(() -> {
            remembering.run();
            return null;
        }, done -> { });
    }

    private <T> void submit(Callable<T> work, Consumer<T> onDone) {
        executor.submit(work, onDone, e -> Dialogs.error(rangeLabel.getScene() == null ? null : rangeLabel.getScene().getWindow(),
                "Trends could not be loaded", e));
    }

    /** The model on screen (tests, benchmark). */
    public TrendsModel shown() {
        return shown;
    }

    /** Runs after every complete frame: charts drawn and the correlations shown (tests, benchmark). */
    public void setOnRendered(Runnable r) {
        onRendered = r;
    }

    /** Runs once a range's charts are set, before the correlations when they are worked out after them (benchmark). */
    public void setOnCharted(Runnable r) {
        onCharted = r;
    }

    /** The range on screen. */
    RangePreset range() {
        return range;
    }
}
