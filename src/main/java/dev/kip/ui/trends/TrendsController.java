package dev.kip.ui.trends;

import dev.kip.domain.JournalExtent;
import dev.kip.domain.LiftChoice;
import dev.kip.domain.Settings;
import dev.kip.insight.Correlation;
import dev.kip.insight.DayValue;
import dev.kip.insight.DurationFormat;
import dev.kip.insight.E1rm;
import dev.kip.insight.RecoveryCheck;
import dev.kip.insight.RecoveryReport;
import dev.kip.insight.TrendsData;
import dev.kip.insight.TrendsModel;
import dev.kip.insight.TrendsRequest;
import dev.kip.insight.Units;
import dev.kip.service.Change;
import dev.kip.service.Changes;
import dev.kip.service.JournalExecutor;
import dev.kip.service.TrendsService;
import dev.kip.service.TrendsService.Loaded;
import dev.kip.service.TrendsService.Setup;
import dev.kip.style.Role;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.SegmentedButton;

/**
 * Trends: sleep against strength over one range shared by every chart. Data come from
 * {@link TrendsService} on the journal thread, shaped by {@link TrendsModel}; the correlations (a
 * bootstrap per lag) follow in a second task. The service keeps what is dear to work out, so going
 * back to a range shows it at once. A result that arrives after the person has moved on to another
 * range is dropped; a change saved elsewhere redraws everything, from scratch.
 */
public final class TrendsController implements ShownAgain {
    private static final DateTimeFormatter RANGE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** What Trends shows: everything but the views' remembered choices. */
    private static final Set<Change> SHOWS = EnumSet.of(Change.NIGHTS, Change.BODY, Change.WORKOUTS, Change.EXERCISES, Change.SETTINGS);
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
    @FXML private TimeChart overlayChart;
    @FXML private ScatterPlot scatterChart;
    @FXML private Label scatterStats;
    @FXML private LagBars lagChart;
    @FXML private HeatStripChart heatChart;
    @FXML private TimeChart debtChart;
    @FXML private RecoveryCard recoveryCard;

    private JournalExtent extent;
    private Set<Long> mainLiftIds = Set.of();
    private RangePreset range;
    private int window = 1;
    private int generation;
    private boolean settingControls;
    private TrendsModel shown;
    private Runnable onRendered = () -> { };
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
                remember(() -> service.rememberWindow(Integer.toString(window)));
                refresh();
            });
        }
        liftChoice.valueProperty().addListener((obs, old, now) -> {
            if (!settingControls && now != null) {
                remember(() -> service.rememberLift(now == INDEX ? "index" : Long.toString(now.id())));
                refresh();
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
        rangeLabel.setText(RANGE.format(from) + " – " + RANGE.format(to));
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
        rangeLabel.setText(RANGE.format(range.from()) + " – " + RANGE.format(range.to()));
        if (remember) {
            String stored = range.stored();
            remember(() -> service.rememberRange(stored));
        }
        refresh();
    }

    private TrendsRequest request() {
        LiftChoice lift = liftChoice.getValue();
        return new TrendsRequest(range.from(), range.to(), lift == null || lift == INDEX ? null : lift.id(), window,
                settings.get().sleepTargetMin(), mainLiftIds);
    }

    private void refresh() {
        TrendsRequest request = request();
        int current = ++generation;
        submit(() -> service.load(request), loaded -> {
            if (current == generation) {
                render(loaded);
                correlate(loaded.model(), current);
                loadHistoryOnce();
            }
        });
    }

    /** After the first frame, the service loads the whole journal's data once, so later ranges are cut from memory. */
    private void loadHistoryOnce() {
        if (!historyRequested) {
            historyRequested = true;
            JournalExtent all = extent;
            submit(() -> {
                service.loadHistory(all);
                return null;
            }, done -> { });
        }
    }

    private boolean historyRequested;

    private void render(Loaded loaded) {
        TrendsModel m = loaded.model();
        shown = m;
        TrendsRequest r = m.request();
        Settings s = settings.get();
        String formula = E1rm.name(s.e1rmFormula());
        String liftName = r.strengthIndex() ? "Strength index (e1RM, " + formula + ")" : liftChoice.getValue().name() + " e1RM";
        String unit = s.massUnit() == Settings.MassUnit.KG ? "kg" : "lb";
        List<DayValue> strength = r.strengthIndex() ? m.strength()
                : m.strength().stream().map(v -> new DayValue(v.date(), Units.fromKg(v.value(), s.massUnit()))).toList();
        ValueAxis sleepAxis = ValueAxis.fitted("Sleep (h)", v -> String.format(Locale.ROOT, "%.1f", v));
        ValueAxis strengthAxis = ValueAxis.fitted(r.strengthIndex() ? "Index (%)" : "e1RM (" + unit + ", " + formula + ")",
                v -> String.format(Locale.ROOT, "%.0f", v));
        overlayChart.show(new TimeData("Sleep and strength", r.from(), r.to(), List.of(
                new Series("Sleep", hours(m.sleep()), Axis.LEFT, Role.SLEEP, new Series.Dots(), "nights",
                        v -> DurationFormat.text(v * 60)),
                new Series("7-night mean", hours(m.sleepMean()), Axis.LEFT, Role.SLEEP_MEAN, new Series.Line(3, false), "nights",
                        v -> DurationFormat.text(v * 60)),
                new Series(liftName, strength, Axis.RIGHT, Role.STRENGTH, new Series.Line(28, false), "sessions",
                        r.strengthIndex() ? v -> String.format(Locale.ROOT, "%.1f %% of the 8-week best", v)
                                : v -> String.format(Locale.ROOT, "%.1f %s", v, unit))),
                List.of(new Reference("target " + DurationFormat.text(r.targetMin()), r.targetMin() / 60.0, Axis.LEFT, Role.TARGET)),
                sleepAxis, strengthAxis, "No sleep or training logged in this range."));
        debtChart.show(new TimeData("Sleep debt and wake-time regularity", r.from(), r.to(), List.of(
                new Series("Sleep debt", hours(m.debt()), Axis.LEFT, Role.SLEEP_MEAN, new Series.Line(3, false), "nights",
                        v -> DurationFormat.text(v * 60)),
                new Series("Wake-time SD", m.wakeSd(), Axis.RIGHT, Role.WAKE, new Series.Line(3, true), "nights",
                        v -> DurationFormat.text(v))),
                List.of(new Reference("debt " + DurationFormat.text(RecoveryCheck.DEBT_ACT_MIN), RecoveryCheck.DEBT_ACT_MIN / 60.0, Axis.LEFT, Role.MUTED),
                        new Reference("SD " + DurationFormat.text(RecoveryCheck.WAKE_SD_ACT), RecoveryCheck.WAKE_SD_ACT, Axis.RIGHT, Role.MUTED)),
                ValueAxis.fitted("Debt (h)", v -> String.format(Locale.ROOT, "%.0f", v)),
                ValueAxis.fitted("Wake SD (min)", v -> String.format(Locale.ROOT, "%.0f", v)),
                "Debt and regularity need at least 7 nights in 14."));
        m.sleepLeftOutNote().ifPresentOrElse(sleepLeftOut::setText, () -> sleepLeftOut.setText(""));
        sleepLeftOut.setVisible(m.sleepLeftOut() > 0);
        sleepLeftOut.setManaged(m.sleepLeftOut() > 0);
        heatChart.show(m.marks(), r.from(), r.to());
        scatterChart.show(m.pairs(), r.window() == 1 ? "Sleep the night before (h)" : "Mean sleep of the 3 nights before (h)");
        recoveryCard.show(loaded.recovery());
        if (service.cachedCorrelations(r).isEmpty()) {
            lagChart.showComputing();
            scatterStats.setText("Working out the correlation…");
        }
    }

    private void correlate(TrendsModel model, int current) {
        Optional<SortedMap<Integer, Correlation>> cached = service.cachedCorrelations(model.request());
        if (cached.isPresent()) {
            showCorrelations(cached.get());
            return;
        }
        submit(() -> service.correlations(model), byLag -> {
            if (current == generation) {
                showCorrelations(byLag);
            }
        });
    }

    private void showCorrelations(SortedMap<Integer, Correlation> byLag) {
        lagChart.show(byLag);
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
                    + ", n = " + c.n() + " sessions. An association, not a cause.");
        }
        onRendered.run();
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

    /** The range on screen. */
    RangePreset range() {
        return range;
    }
}
