package dev.kip.ui.body;

import atlantafx.base.controls.ToggleSwitch;
import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.PainCharacter;
import dev.kip.domain.PainDetails;
import dev.kip.domain.PainTiming;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.TrainingEffect;
import dev.kip.insight.BodyFlag;
import dev.kip.insight.BodyFlags;
import dev.kip.insight.Evidence;
import dev.kip.insight.PainMonitoring;
import dev.kip.service.BodyService;
import dev.kip.service.Change;
import dev.kip.service.Changes;
import dev.kip.service.PhysioService;
import dev.kip.service.JournalExecutor;
import dev.kip.text.DateText;
import dev.kip.ui.bodymap.BodyMap;
import dev.kip.ui.chart.TimeChart;
import dev.kip.ui.common.Dialogs;
import dev.kip.ui.common.ReloadOnChange;
import dev.kip.ui.common.FirstFrame;
import dev.kip.ui.common.FocusOnShow;
import dev.kip.ui.common.ShownAgain;
import dev.kip.ui.common.SwitchKeys;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The Body view: the map for one day, an editor for the selected region, its 90-day history and
 * the day's flags. Each change is one transaction on the journal thread, followed by one query
 * for the day's 90-day window; the map is restyled from that, never rebuilt.
 */
public final class BodyController implements ShownAgain, FocusOnShow {
    /** The Alt key of each pain detail (by its user data): a letter of its word, none twice. */
    private static final Map<String, KeyCode> DETAIL_KEYS = Map.ofEntries(
            Map.entry("ACHING", KeyCode.A), Map.entry("SHARP", KeyCode.H), Map.entry("BURNING", KeyCode.B),
            Map.entry("STIFF", KeyCode.F), Map.entry("TINGLING_NUMB", KeyCode.N), Map.entry("ON_WAKING", KeyCode.W),
            Map.entry("DURING_TRAINING", KeyCode.D), Map.entry("AFTER_TRAINING", KeyCode.E), Map.entry("AT_NIGHT", KeyCode.G),
            Map.entry("ALL_DAY", KeyCode.L), Map.entry("NONE", KeyCode.O), Map.entry("MODIFIED", KeyCode.M),
            Map.entry("STOPPED", KeyCode.T));
    private static final int STREAK_ABOVE = 3;

    private final BodyService marks;
    private final PhysioService physio;
    private final JournalExecutor executor;
    private final Changes changes;
    private ReloadOnChange freshness;
    private LocalDate day;
    private DayMarks shown;
    /** Each region's latest pain-monitoring check in the four weeks up to the day shown. */
    private Map<String, PainMonitoring.Check> checks = Map.of();
    /** True while the editor is being filled from stored marks, so its listeners do not save. */
    private boolean syncing;
    private boolean opened;

    @FXML private Pane root;
    @FXML private Label dayTitle;
    @FXML private Button nextDay;
    @FXML private Button todayButton;
    @FXML private Label status;
    @FXML private BodyMap map;
    @FXML private Label regionName;
    @FXML private VBox editor;
    @FXML private SegmentedButton kindChoice;
    @FXML private ToggleButton sorenessToggle;
    @FXML private ToggleButton painToggle;
    @FXML private Slider level;
    @FXML private Label levelValue;
    @FXML private TextField note;
    @FXML private ToggleSwitch nextMorning;
    @FXML private VBox painDetails;
    @FXML private FlowPane characterRow;
    @FXML private FlowPane timingRow;
    @FXML private FlowPane effectRow;
    @FXML private VBox monitoringBox;
    @FXML private Label monitoring;
    @FXML private Label monitoringWhy;
    @FXML private HBox duringRow;
    @FXML private ComboBox<Integer> duringLevel;
    private final ToggleGroup characters = new ToggleGroup();
    private final ToggleGroup timings = new ToggleGroup();
    private final ToggleGroup effects = new ToggleGroup();
    private final Map<KeyCode, ToggleButton> detailsByKey = new java.util.EnumMap<>(KeyCode.class);
    @FXML private TimeChart history;
    @FXML private Label streak;
    @FXML private VBox flagList;
    @FXML private PsfsController psfsController;

    public BodyController(BodyService marks, PhysioService physio, JournalExecutor executor, Changes changes) {
        this.marks = marks;
        this.physio = physio;
        this.executor = executor;
        this.changes = changes;
    }

    @FXML
    private void initialize() {
        map.setOnLevelKey(this::onLevelKey);
        map.setOnClear(this::clear);
        map.setOnNoRegion(() -> status.setText("No region is selected: click one, or Tab to it, then type the level."));
        map.selectedRegionProperty().addListener((obs, old, now) -> fillEditor());
        map.modeProperty().addListener((obs, old, now) -> showMode(now));
        // a segmented choice always has one side chosen; the map holds the mode, the toggles show it
        kindChoice.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else if (!syncing) {
                map.chooseMode(now == painToggle ? SymptomKind.PAIN : SymptomKind.SORENESS);
            }
        });
        level.valueProperty().addListener((obs, old, now) -> {
            levelValue.setText(Integer.toString(now.intValue()));
            if (!syncing && !level.isValueChanging() && old.intValue() != now.intValue()) {
                saveEditor();
            }
        });
        level.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing && !syncing) {
                saveEditor();
            }
        });
        note.setOnAction(e -> saveNote());
        note.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                saveNote();
            }
        });
        SwitchKeys.spaceToggles(nextMorning);
        nextMorning.selectedProperty().addListener((obs, was, on) -> {
            if (!syncing) {
                saveEditor();
            }
        });
        for (var row : List.of(Map.entry(characterRow, characters), Map.entry(timingRow, timings), Map.entry(effectRow, effects))) {
            row.getKey().getChildren().forEach(n -> detailButton((ToggleButton) n, row.getValue()));
            // a second click on the chosen detail takes it back: every detail is optional
            row.getValue().selectedToggleProperty().addListener((obs, old, now) -> {
                if (!syncing) {
                    saveEditor();
                }
            });
        }
        monitoringWhy.setText("Pain during training up to 5/10, back to its usual level the next morning, not rising week to week:"
                + " the pain-monitoring model as commonly described (" + Evidence.PAIN_MONITORING.sourceNames() + "). Not a diagnosis.");
        duringLevel.getItems().setAll(IntStream.rangeClosed(0, 10).boxed().toList());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onDayKey);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onDetailKey);
        // The marks are written here; an import is the one change made elsewhere, and a saved session
        // changes the pain-monitoring checks.
        freshness = ReloadOnChange.of(changes, Set.of(Change.IMPORT, Change.WORKOUTS), root, this::load);
        day = today();
        load();
    }

    @Override
    public void shownAgain() {
        freshness.shown();
        psfsController.shownAgain();
    }

    /** Ctrl+3 goes to the map, on the region last chosen (else the middle of the front figure): arrows, then a level. */
    @Override
    public void focusFirst() {
        focusMap();
        if (!map.isFocusWithin() && map.getScene() != null) {
            // Built just now: its regions take the focus once laid out.
            FirstFrame.then(map.getScene(), this::focusMap);
        }
    }

    private void focusMap() {
        String region = map.getSelectedRegion();
        map.focusRegion(region != null ? region : "FRONT.CHEST.R");
    }

    private LocalDate today() {
        return marks.today();
    }

    /** A pain detail's button: in its row's group, with its Alt key shown beside its text and in its tooltip. */
    private void detailButton(ToggleButton b, ToggleGroup group) {
        b.setToggleGroup(group);
        KeyCode key = DETAIL_KEYS.get((String) b.getUserData());
        Label letter = new Label(key.getName());
        letter.getStyleClass().add("detail-key");
        b.setGraphic(letter);
        b.setContentDisplay(ContentDisplay.RIGHT);
        b.setTooltip(new Tooltip(b.getText() + " (Alt+" + key.getName() + ")"));
        detailsByKey.put(key, b);
    }

    /** Alt and a detail's letter chooses it, or takes it back, from anywhere in the view while pain is shown. */
    private void onDetailKey(KeyEvent e) {
        ToggleButton b = detailsByKey.get(e.getCode());
        if (b != null && e.isAltDown() && !e.isControlDown() && !e.isMetaDown() && painDetails.isVisible() && !editor.isDisabled()) {
            b.setSelected(!b.isSelected());
            e.consume();
        }
    }

    // ---- the day ----

    /** Alt+Left/Right and PageUp/PageDown step days from anywhere in the view (before the map takes the arrows). */
    private void onDayKey(KeyEvent e) {
        int step = switch (e.getCode()) {
            case PAGE_UP -> -1;
            case PAGE_DOWN -> 1;
            case LEFT, KP_LEFT -> e.isAltDown() ? -1 : 0;
            case RIGHT, KP_RIGHT -> e.isAltDown() ? 1 : 0;
            default -> 0;
        };
        if (step != 0) {
            stepDay(step);
            e.consume();
        }
    }

    @FXML
    private void onPreviousDay() {
        stepDay(-1);
    }

    @FXML
    private void onNextDay() {
        stepDay(1);
    }

    @FXML
    private void onToday() {
        showDay(today());
    }

    private void stepDay(int days) {
        showDay(day.plusDays(days));
    }

    /** Marks are for today or earlier: the picker never goes past today. */
    private void showDay(LocalDate d) {
        LocalDate target = d.isAfter(today()) ? today() : d;
        if (!target.equals(day)) {
            day = target;
            status.setText("");
            load();
        }
    }

    private void load() {
        run(() -> null);
    }

    /**
     * Runs one action on the journal thread (its store call is its transaction), then reads the
     * day's window and shows it; the action's message goes to the status line.
     */
    private void run(Callable<String> action) {
        LocalDate d = day;
        executor.submit(() -> {
            String message = action.call();
            return new Result(message, DayMarks.of(d, marks.between(DayMarks.windowStart(d), d)), physio.latestChecks(d));
        }, result -> {
            if (result.message() != null) {
                status.setText(result.message());
            }
            checks = result.checks();
            show(result.marks());
        }, this::failed);
    }

    private record Result(String message, DayMarks marks, Map<String, PainMonitoring.Check> checks) {
    }

    private void failed(Throwable problem) {
        Dialogs.error(root.getScene() == null ? null : root.getScene().getWindow(), "The body map could not be saved or read", problem);
        load();
    }

    private void show(DayMarks data) {
        if (!data.day().equals(day)) {
            return; // an older answer arriving after the person stepped on
        }
        shown = data;
        dayTitle.setText(DateText.headingWithYear(day));
        boolean isToday = day.equals(today());
        nextDay.setDisable(isToday);
        todayButton.setDisable(isToday);
        map.setLevels(data.levels());
        List<BodyFlag> flags = BodyFlags.evaluate(data.window(), day);
        showFlags(flags);
        if (!opened) {
            opened = true;
            data.mostSevere().ifPresent(map::setSelectedRegion);
        }
        fillEditor();
    }

    private void showFlags(List<BodyFlag> flags) {
        List<javafx.scene.Node> entries = new ArrayList<>();
        for (BodyFlag f : flags) {
            entries.add(new FlagEntry(f, this::select));
        }
        if (entries.isEmpty()) {
            Label none = new Label("No flags on this day.");
            none.getStyleClass().add("text-muted");
            entries.add(none);
        }
        flagList.getChildren().setAll(entries);
    }

    // ---- the selected region ----

    private void select(String regionId) {
        map.setSelectedRegion(regionId);
        map.focusRegion(regionId);
    }

    /** The toggles follow the map's mode (S and P on the map, a new region) and the editor shows that kind's mark. */
    private void showMode(SymptomKind kind) {
        syncing = true;
        (kind == SymptomKind.PAIN ? painToggle : sorenessToggle).setSelected(true);
        syncing = false;
        fillEditor();
    }

    private SymptomKind kind() {
        return map.getMode();
    }

    /** Shows the selected region's stored mark of the chosen kind, its history and streaks. */
    private void fillEditor() {
        String region = map.getSelectedRegion();
        editor.setDisable(region == null);
        if (region == null || shown == null) {
            painDetails.setVisible(false);
            painDetails.setManaged(false);
            monitoringBox.setVisible(false);
            monitoringBox.setManaged(false);
            regionName.setText("Choose a region: click it, or Tab to it and press Enter.");
            streak.setText("");
            history.show(LevelChartData.of(day, "", List.of()));
            return;
        }
        String name = BodyRegions.require(region).name();
        regionName.setText(name.endsWith(")") ? name : name + " (" + BodyRegions.require(region).side().label() + ")");
        BodyMark m = shown.mark(region, kind()).orElse(null);
        syncing = true;
        level.setValue(m == null ? 0 : m.level());
        levelValue.setText(Integer.toString((int) level.getValue()));
        note.setText(m == null ? "" : m.note());
        nextMorning.setSelected(m != null && m.nextMorning());
        PainDetails d = m == null ? PainDetails.NONE : m.details();
        choose(characters, d.character());
        choose(timings, d.timing());
        choose(effects, d.effect());
        syncing = false;
        boolean pain = kind() == SymptomKind.PAIN;
        painDetails.setVisible(pain);
        painDetails.setManaged(pain);
        monitoringBox.setVisible(pain);
        monitoringBox.setManaged(pain);
        PainMonitoring.Check check = checks.get(region);
        monitoring.setText(check == null ? "No session in the last four weeks loaded this region while it hurt."
                : "After the session of " + DateText.heading(check.sessionDate()) + ": " + check.describe() + ".");
        duringRow.setVisible(check != null);
        duringRow.setManaged(check != null);
        duringLevel.setValue(check == null || check.during().isEmpty() ? null : check.during().getAsInt());
        history.show(LevelChartData.of(day, region, shown.window()));
        streak.setText(streakText(region));
    }

    /** "Soreness above 3: 4 days in a row" for each kind that is above 3 today. */
    private String streakText(String region) {
        List<String> parts = new ArrayList<>();
        for (SymptomKind k : SymptomKind.values()) {
            int days = BodyFlags.daysInARowAbove(shown.window(), region, k, STREAK_ABOVE, day);
            if (days > 0) {
                String label = k.label().substring(0, 1).toUpperCase(Locale.ROOT) + k.label().substring(1);
                String count = days >= LevelChartData.DAYS ? days + "+" : Integer.toString(days);
                parts.add(label + " above " + STREAK_ABOVE + ": " + count + (days == 1 ? " day" : " days in a row"));
            }
        }
        return parts.isEmpty() ? "Not above " + STREAK_ABOVE + " on this day." : String.join("\n", parts);
    }

    // ---- changes ----

    /** The map has selected the region already; the level is for its mode. */
    private void onLevelKey(String regionId, int digit) {
        syncing = true;
        level.setValue(digit);
        syncing = false;
        saveEditor();
    }

    /** Saves the editor as the selected region's mark of the chosen kind (added or replaced). */
    /** The pain felt in the selected region during the session its pain-monitoring check is about: the model's first reading. */
    @FXML
    private void onSaveSessionPain() {
        String region = map.getSelectedRegion();
        PainMonitoring.Check check = region == null ? null : checks.get(region);
        if (check == null) {
            return;
        }
        Integer level = duringLevel.getValue();
        String name = BodyRegions.require(region).name();
        run(() -> {
            physio.setSessionPain(check.workoutId(), region, level);
            return level == null ? "Took back the pain during the session of " + DateText.heading(check.sessionDate()) + "."
                    : "Saved pain " + level + " in " + name.toLowerCase(Locale.ROOT) + " during the session of "
                    + DateText.heading(check.sessionDate()) + ".";
        });
    }

    private void saveEditor() {
        String region = map.getSelectedRegion();
        if (region == null) {
            return;
        }
        BodyMark m = new BodyMark(day, region, kind(), (int) Math.round(level.getValue()), note.getText().strip(), nextMorning.isSelected(),
                new PainDetails(chosen(characters, PainCharacter.class), chosen(timings, PainTiming.class),
                        chosen(effects, TrainingEffect.class)));
        run(() -> {
            marks.put(m);
            return "Saved " + m.kind().label() + " " + m.level() + " for " + BodyRegions.require(region).name().toLowerCase(Locale.ROOT) + ".";
        });
    }

    /** Selects the toggle whose user data names {@code value} (none for null). */
    private static void choose(ToggleGroup group, Enum<?> value) {
        group.selectToggle(value == null ? null : group.getToggles().stream()
                .filter(t -> value.name().equals(t.getUserData())).findFirst().orElse(null));
    }

    private static <E extends Enum<E>> E chosen(ToggleGroup group, Class<E> type) {
        Toggle t = group.getSelectedToggle();
        return t == null ? null : Enum.valueOf(type, (String) t.getUserData());
    }

    /** A note is saved with the mark it belongs to; a note on an unmarked region creates the mark at the slider's level. */
    private void saveNote() {
        String region = map.getSelectedRegion();
        if (syncing || region == null || shown == null) {
            return;
        }
        String stored = shown.mark(region, kind()).map(BodyMark::note).orElse("");
        if (!stored.equals(note.getText().strip())) {
            saveEditor();
        }
    }

    @FXML
    private void onClear() {
        String region = map.getSelectedRegion();
        if (region != null) {
            clear(region);
        }
    }

    /** Removes both the soreness and the pain mark of a region on the day: one action, one transaction. */
    private void clear(String regionId) {
        LocalDate d = day;
        run(() -> marks.clear(d, regionId)
                ? "Cleared " + BodyRegions.require(regionId).name().toLowerCase(Locale.ROOT) + "."
                : BodyRegions.require(regionId).name() + " had no marks on this day.");
    }

    @FXML
    private void onCopyYesterday() {
        LocalDate d = day;
        run(() -> {
            List<BodyMark> toCopy = marks.copyDayBefore(d);
            return toCopy.isEmpty() ? "Nothing to copy: the day before has no marks this day lacks."
                    : "Copied " + toCopy.size() + (toCopy.size() == 1 ? " mark" : " marks") + " from the day before.";
        });
    }
}
