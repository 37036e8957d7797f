package dev.kip.ui.sleep;

import atlantafx.base.controls.ToggleSwitch;
import dev.kip.domain.DiaryEntry;
import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.RoomFeel;
import dev.kip.domain.ScreenTime;
import dev.kip.domain.Settings;
import dev.kip.insight.ClockTimeFormat;
import dev.kip.insight.ClockTimeParser;
import dev.kip.insight.NightValidator;
import dev.kip.insight.Problem;
import dev.kip.insight.Temperatures;
import dev.kip.text.DateText;
import dev.kip.ui.common.FormRows;
import dev.kip.ui.common.DayConverter;
import dev.kip.ui.common.SettingsModel;
import dev.kip.ui.common.SwitchKeys;
import dev.kip.ui.common.UncachedViewport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.Rating;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.tools.ValueExtractor;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The diary entry form. It reads the fields into a night and its factors, checks them with
 * {@link NightValidator} on every change, shows each problem at its field (ControlsFX
 * {@link ValidationSupport}) and keeps Save disabled until there is none. Saving itself is the
 * {@link SleepController}'s: the form hands over a checked {@link DiaryEntry}.
 */
public final class NightFormController {
    private static final String[] RATING_WORDS = {"not rated", "very poor", "poor", "fair", "good", "very good"};

    static {
        // ValidationSupport watches a control's value; ControlsFX knows no Rating by itself.
        ValueExtractor.addObservableValueExtractor(c -> c instanceof Rating, c -> ((Rating) c).ratingProperty());
    }

    private final SettingsModel settings;
    private final Clock clock;
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<String, Control> fieldControls = new LinkedHashMap<>();
    private final BooleanProperty valid = new SimpleBooleanProperty(false);
    private List<Problem> problemList = List.of();
    private LocalDate editing;
    /** The zone the night in the form was slept in: this machine's for a new one, the stored one's when editing. */
    private ZoneId zone;
    private Predicate<LocalDate> stored = d -> false;
    private Consumer<DiaryEntry> onSave = e -> { };
    private Consumer<LocalDate> onEditStored = d -> { };
    private Runnable onNew = () -> { };
    private boolean loading;
    /** Fields the person has changed or left since the form was filled: only theirs show problems in red. */
    private final Set<Control> touched = new HashSet<>();
    /** After a refused save every problem shows, touched or not. */
    private boolean showAll;
    private String statusText = "";
    /** What the fields held when last filled or saved (null before the first fill): anything else is typing not saved yet. */
    private List<Object> filled;

    @FXML private VBox root;
    @FXML private Label heading;
    @FXML private DatePicker date;
    @FXML private TextField bed;
    @FXML private TextField tried;
    @FXML private TextField sol;
    @FXML private TextField awakenings;
    @FXML private TextField waso;
    @FXML private TextField finalWake;
    @FXML private TextField outOfBed;
    @FXML private Rating quality;
    @FXML private Label qualityWord;
    @FXML private Rating rested;
    @FXML private Label restedWord;
    @FXML private TextField note;
    @FXML private ToggleSwitch wokeEarly;
    @FXML private GridPane coreGrid;
    @FXML private TitledPane extras;
    @FXML private GridPane extrasGrid;
    @FXML private TextField caffeine;
    @FXML private TextField lastCaffeine;
    @FXML private TextField alcohol;
    @FXML private SegmentedButton screens;
    @FXML private ToggleSwitch lateTraining;
    @FXML private SegmentedButton room;
    @FXML private TextField roomTemp;
    @FXML private Label tempUnit;
    @FXML private TextField napStart;
    @FXML private TextField napMin;
    @FXML private HBox duplicateBar;
    @FXML private Label duplicateText;
    @FXML private Label problems;
    @FXML private Button save;
    @FXML private Label status;
    @FXML private ScrollPane fields;
    /** Each field's name on screen (its label), for "Still to fill: …". */
    private final Map<Control, String> names = new HashMap<>();
    /** The fields holding a clock time, which tidy themselves (2300 → 23:00) as they lose the focus. */
    private List<TextField> clockFields = List.of();

    public NightFormController(SettingsModel settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    @FXML
    private void initialize() {
        FormRows.place(coreGrid);
        FormRows.place(extrasGrid);
        DayConverter.install(date);
        fieldControls.putAll(Map.ofEntries(Map.entry("date", date), Map.entry("intoBed", bed),
                Map.entry("triedToSleep", tried), Map.entry("solMin", sol), Map.entry("awakenings", awakenings),
                Map.entry("wasoMin", waso), Map.entry("finalWake", finalWake), Map.entry("outOfBed", outOfBed),
                Map.entry("quality", quality), Map.entry("rested", rested), Map.entry("caffeineDrinks", caffeine),
                Map.entry("lastCaffeine", lastCaffeine), Map.entry("alcoholDrinks", alcohol),
                Map.entry("roomTempC", roomTemp), Map.entry("napStart", napStart), Map.entry("napMin", napMin)));
        for (Control c : fieldControls.values()) {
            validation.registerValidator(c, false, (Control target, Object value) -> resultFor(target));
            c.focusedProperty().addListener((obs, was, now) -> {
                if (!now && !loading && touched.add(c)) {
                    changed();
                }
            });
        }
        clockFields = List.of(bed, tried, finalWake, outOfBed, lastCaffeine, napStart);
        for (TextField t : clockFields) {
            t.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    tidy(t).ifPresent(t::setText);
                }
            });
        }
        RatingKeys.install(quality, qualityWord, RATING_WORDS);
        RatingKeys.install(rested, restedWord, RATING_WORDS);
        for (TextField t : List.of(bed, tried, sol, awakenings, waso, finalWake, outOfBed, note, caffeine, lastCaffeine,
                alcohol, roomTemp, napStart, napMin)) {
            t.textProperty().addListener((obs, was, now) -> changedBy(t));
        }
        date.valueProperty().addListener((obs, was, now) -> changedBy(date));
        quality.ratingProperty().addListener((obs, was, now) -> changedBy(quality));
        rested.ratingProperty().addListener((obs, was, now) -> changedBy(rested));
        SwitchKeys.spaceToggles(wokeEarly, lateTraining);
        wokeEarly.selectedProperty().addListener((obs, was, now) -> changed());
        lateTraining.selectedProperty().addListener((obs, was, now) -> changed());
        screens.getToggleGroup().selectedToggleProperty().addListener((obs, was, now) -> changed());
        room.getToggleGroup().selectedToggleProperty().addListener((obs, was, now) -> changed());
        save.disableProperty().bind(valid.not());
        // Enter saves from anywhere in the form (the date picker's typed text is committed first).
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                commitTypedDate();
                onSave();
            }
        });
        // A typed date counts as soon as it reads as one (the duplicate check needs it); the picker takes it
        // when the person leaves the field or saves. Taken while they type, the picker would rewrite the
        // text in the day style under their fingers ("2026-11-20" becomes "Fri 20 Nov 2026" mid-edit).
        date.getEditor().textProperty().addListener((obs, was, now) -> {
            if (date.getEditor().isFocused()) {
                changedBy(date);
            }
        });
        settings.settingsProperty().addListener((obs, was, now) -> applyUnits(was, now));
        tempUnit.setText(unitLabel(settings.get().tempUnit()));
        statusText = status.getText();
        // The status wraps within the form's width instead of widening the form.
        status.prefWidthProperty().bind(fields.widthProperty());
        fitExtrasToTheirFields();
        nameFields(fields.getContent());
        UncachedViewport.install(fields);
        // The fields scroll: the one that takes the focus (Tab, or the first empty one) scrolls into view.
        // The listener leaves a scene the form leaves: else that scene would keep every form it ever held.
        ChangeListener<Node> focusFollower = (o, before, owner) -> scrollTo(owner);
        root.sceneProperty().addListener((obs, was, scene) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(focusFollower);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(focusFollower);
            }
        });
        showExamples();
    }

    /**
     * The Extras pane is as wide as its fields need, never as wide as its long title on one line: with
     * large text that line alone would take the room the Sleep view's second column needs (the title wraps).
     */
    private void fitExtrasToTheirFields() {
        Region grid = (Region) extras.getContent();
        extras.minWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double insets = extras.snappedLeftInset() + extras.snappedRightInset();
            if (grid.getParent() instanceof Region box) {
                insets += box.snappedLeftInset() + box.snappedRightInset();
            }
            return grid.prefWidth(-1) + insets;
        }, grid.layoutBoundsProperty(), grid.parentProperty()));
    }

    private void nameFields(Node node) {
        if (node instanceof Label l && l.getLabelFor() instanceof Control c) {
            names.put(c, l.getText());
        } else if (node instanceof TitledPane p) {
            nameFields(p.getContent());
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(this::nameFields);
        }
    }

    private void scrollTo(Node owner) {
        Node content = fields.getContent();
        Node n = owner;
        while (n != null && n != content) {
            n = n.getParent();
        }
        if (n == null) {
            return;
        }
        Bounds field = content.sceneToLocal(owner.localToScene(owner.getLayoutBounds()));
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = fields.getViewportBounds().getHeight();
        double room = contentHeight - viewHeight;
        if (room <= 0) {
            return;
        }
        double top = fields.getVvalue() * room;
        if (field.getMinY() < top) {
            fields.setVvalue(Math.max(0, field.getMinY() - 8) / room);
        } else if (field.getMaxY() > top + viewHeight) {
            fields.setVvalue(Math.min(room, field.getMaxY() + 8 - viewHeight) / room);
        }
    }

    /** Hints in the clock fields, in the clock the settings ask for: "e.g. 23:15" or "e.g. 11:15 pm". */
    private void showExamples() {
        Map<TextField, LocalTime> examples = Map.of(bed, LocalTime.of(23, 15), tried, LocalTime.of(23, 30),
                finalWake, LocalTime.of(6, 45), outOfBed, LocalTime.of(7, 0), lastCaffeine, LocalTime.of(14, 0),
                napStart, LocalTime.of(13, 30));
        examples.forEach((field, time) -> field.setPromptText("e.g. " + show(time)));
    }

    /**
     * Puts the cursor in the first field still to fill (the stars, when the usual times are filled in),
     * so that the person can type at once after Ctrl+2 or "Log last night".
     */
    public void focusFirstEmpty() {
        List<Control> order = List.of(bed, tried, sol, awakenings, waso, finalWake, outOfBed, quality, rested);
        Control first = order.stream().filter(this::empty).findFirst().orElse(editing == null ? quality : bed);
        if (first.getScene() == null && root.getScene() != null) {
            root.applyCss(); // a form just built: its scroll pane's skin puts the fields in the scene
        }
        first.requestFocus();
    }

    private boolean empty(Control c) {
        return c instanceof TextField t ? t.getText().isBlank() : c instanceof Rating r && r.getRating() == 0;
    }

    /** Tells the form which dates already have a night (for the duplicate check). */
    public void setStored(Predicate<LocalDate> stored) {
        this.stored = stored;
    }

    public void setOnSave(Consumer<DiaryEntry> onSave) {
        this.onSave = onSave;
    }

    /** Called with the date when the person chooses to edit the night already stored for it. */
    public void setOnEditStored(Consumer<LocalDate> onEditStored) {
        this.onEditStored = onEditStored;
    }

    /** Called when the person asks for a blank new entry. */
    public void setOnNew(Runnable onNew) {
        this.onNew = onNew;
    }

    /** A new entry for {@code day}, prefilled from the usual night when there is one. */
    public void showNew(LocalDate day, Optional<Night> usual) {
        editing = null;
        heading.setText("Log a night");
        zone = clock.getZone();
        Map<TextField, String> typed = typedSoFar();
        fill(usual.orElse(new Night(day, null, null, 0, 0, 0, null, null, 0, 0, false, "", zone)), Factors.none(day));
        // Typing that came before the usual times arrived (a fast typist right after Ctrl+2) is kept.
        typed.forEach(TextField::setText);
        touched.addAll(typed.keySet());
        focusFirstEmpty();
    }

    /** What the person typed into a new, not yet saved entry. */
    private Map<TextField, String> typedSoFar() {
        Map<TextField, String> typed = new LinkedHashMap<>();
        if (editing == null) {
            for (Control c : touched) {
                if (c instanceof TextField t && !t.getText().isBlank()) {
                    typed.put(t, t.getText());
                }
            }
        }
        return typed;
    }

    /** Loads a stored night to edit. */
    public void showStored(DiaryEntry entry) {
        editing = entry.date();
        zone = entry.night().zone();
        heading.setText("Edit the night of " + DateText.day(entry.date()));
        fill(entry.night(), entry.factors());
    }

    /** The date of the stored night being edited, or empty for a new entry. */
    public Optional<LocalDate> editing() {
        return Optional.ofNullable(editing);
    }

    public void setStatus(String text) {
        statusText = text;
        showStatus();
    }

    /** The problems with the form as it stands (empty when it may be saved). */
    public List<Problem> problems() {
        return problemList;
    }

    public ValidationSupport validation() {
        return validation;
    }

    @FXML
    private void onSave() {
        save();
    }

    /** Saves the night when it may be saved; else shows every problem and returns false. */
    public boolean save() {
        Reading r = read();
        if (r.problems().isEmpty()) {
            touched.clear();
            filled = content();
            onSave.accept(new DiaryEntry(r.night(), r.factors()));
            return true;
        }
        showAll = true;
        changed();
        return false;
    }

    /** What was typed and not saved ("the night you are logging"), or empty. */
    public Optional<String> unsaved() {
        if (filled == null || content().equals(filled)) {
            return Optional.empty();
        }
        return Optional.of(editing == null ? "the night you are logging" : "your changes to the night of " + DateText.day(editing));
    }

    /** Every field's value; clock times as they read once tidied (23:00 for 2300), which leaving the field does. */
    private List<Object> content() {
        List<Object> values = new ArrayList<>();
        for (Control c : fieldControls.values()) {
            values.add(c instanceof DatePicker d ? d.getValue()
                    : c instanceof Rating r ? (Object) r.getRating()
                    : tidied((TextField) c));
        }
        values.addAll(Arrays.asList(note.getText().strip(), wokeEarly.isSelected(), lateTraining.isSelected(),
                chosen(screens), chosen(room)));
        return values;
    }

    private String tidied(TextField field) {
        return (clockFields.contains(field) ? tidy(field) : Optional.<String>empty()).orElse(field.getText().strip());
    }

    /** A clock field's time as the form shows it (23:00 for 2300), or empty when it holds none. */
    private Optional<String> tidy(TextField clockField) {
        return ClockTimeParser.parse(clockField.getText()).map(this::show);
    }

    private static Object chosen(SegmentedButton group) {
        Toggle t = group.getToggleGroup().getSelectedToggle();
        return t == null ? null : t.getUserData();
    }

    @FXML
    private void onNew() {
        onNew.run();
    }

    @FXML
    private void onEditExisting() {
        LocalDate day = day();
        if (day != null) {
            onEditStored.accept(day);
        }
    }

    private void fill(Night n, Factors f) {
        loading = true;
        touched.clear();
        showAll = false;
        try {
            date.setValue(n.date());
            bed.setText(show(n.intoBed()));
            tried.setText(show(n.triedToSleep()));
            sol.setText(Integer.toString(n.solMin()));
            awakenings.setText(Integer.toString(n.awakenings()));
            waso.setText(Integer.toString(n.wasoMin()));
            finalWake.setText(show(n.finalWake()));
            outOfBed.setText(show(n.outOfBed()));
            quality.setRating(n.quality());
            rested.setRating(n.rested());
            note.setText(n.note());
            wokeEarly.setSelected(n.wokeEarly());
            caffeine.setText(text(f.caffeineDrinks()));
            lastCaffeine.setText(show(f.lastCaffeine()));
            alcohol.setText(text(f.alcoholDrinks()));
            select(screens, f.screens());
            lateTraining.setSelected(Boolean.TRUE.equals(f.lateHardTraining()));
            select(room, f.room());
            roomTemp.setText(f.roomTempC() == null ? "" : decimal(Temperatures.fromCelsius(f.roomTempC(), settings.get().tempUnit())));
            napStart.setText(show(f.napStart()));
            napMin.setText(text(f.napMin()));
            // Extras fold away unless this night has some: the core items fit without scrolling.
            extras.setExpanded(!f.isEmpty());
        } finally {
            loading = false;
        }
        filled = content();
        changed();
    }

    private void changedBy(Control field) {
        if (!loading) {
            touched.add(field);
        }
        changed();
    }

    private void changed() {
        if (loading) {
            return;
        }
        Reading r = read();
        problemList = r.problems();
        valid.set(problemList.isEmpty());
        boolean duplicate = r.duplicate();
        duplicateBar.setVisible(duplicate);
        duplicateBar.setManaged(duplicate);
        if (duplicate) {
            duplicateText.setText("You already logged the night of " + DateText.day(day()) + ".");
        }
        // The messages are at their fields too; listed here so they read without a mouse.
        List<String> shown = problemList.stream().filter(this::shown).map(Problem::message).toList();
        problems.setText(String.join("\n", shown));
        problems.setVisible(!shown.isEmpty());
        problems.setManaged(!shown.isEmpty());
        showStatus();
        validation.revalidate();
    }

    /** A problem shows in red once its field was touched, or after a refused save; the date's at once. */
    private boolean shown(Problem p) {
        Control field = fieldControls.get(p.field());
        return showAll || field == null || field == date || touched.contains(field);
    }

    /** The status line says, without alarm, what is still to fill before Save works. */
    private void showStatus() {
        List<String> pending = problemList.stream().filter(p -> !shown(p))
                .map(p -> names.getOrDefault(fieldControls.get(p.field()), p.field())).distinct().toList();
        status.setText(pending.isEmpty() ? statusText : "Still to fill: " + String.join(", ", pending));
    }

    private ValidationResult resultFor(Control target) {
        List<ValidationMessage> messages = new ArrayList<>();
        for (Problem p : problemList) {
            if (fieldControls.get(p.field()) == target && shown(p)) {
                messages.add(ValidationMessage.error(target, p.message()));
            }
        }
        return ValidationResult.fromMessages(messages);
    }

    /** What the form holds now, checked. */
    private record Reading(Night night, Factors factors, List<Problem> problems, boolean duplicate) {
    }

    private Reading read() {
        List<Problem> found = new ArrayList<>();
        LocalDate day = day();
        Night night = new Night(day,
                ClockTimeParser.parseField("intoBed", "Into bed", bed.getText(), found),
                ClockTimeParser.parseField("triedToSleep", "Tried to sleep", tried.getText(), found),
                WholeNumbers.required("solMin", "Minutes to fall asleep", sol.getText(), found),
                WholeNumbers.required("awakenings", "Awakenings", awakenings.getText(), found),
                WholeNumbers.required("wasoMin", "Minutes awake in the night", waso.getText(), found),
                ClockTimeParser.parseField("finalWake", "The final awakening", finalWake.getText(), found),
                ClockTimeParser.parseField("outOfBed", "Out of bed", outOfBed.getText(), found),
                (int) quality.getRating(), (int) rested.getRating(), wokeEarly.isSelected(), note.getText().strip(),
                zone);
        Double temp = WholeNumbers.optionalDecimal("roomTempC", "Room temperature", roomTemp.getText(), found);
        Factors factors = new Factors(day,
                WholeNumbers.optional("caffeineDrinks", "Caffeine drinks", caffeine.getText(), found),
                ClockTimeParser.parseField("lastCaffeine", "Last caffeine", lastCaffeine.getText(), found),
                WholeNumbers.optional("alcoholDrinks", "Alcohol drinks", alcohol.getText(), found),
                selected(screens, ScreenTime.class),
                lateTraining.isSelected() ? Boolean.TRUE : null,
                selected(room, RoomFeel.class),
                temp == null ? null : Temperatures.toCelsius(temp, settings.get().tempUnit()),
                ClockTimeParser.parseField("napStart", "Nap start", napStart.getText(), found),
                WholeNumbers.optional("napMin", "Nap minutes", napMin.getText(), found));
        // A field that could not be read already has its problem; the validator would only add "missing".
        Set<String> unreadable = new HashSet<>();
        found.forEach(p -> unreadable.add(p.field()));
        for (Problem p : NightValidator.check(night, factors, LocalDate.now(clock))) {
            if (!unreadable.contains(p.field())) {
                found.add(unrated(p, night));
            }
        }
        boolean duplicate = day != null && !day.equals(editing) && stored.test(day);
        if (duplicate) {
            found.add(0, new Problem("date", "There is already a night for " + DateText.day(day) + ": edit that night instead"));
        }
        return new Reading(night, factors, List.copyOf(found), duplicate);
    }

    /** "Quality must be from 1 to 5 (was 0)" reads oddly for stars not yet given. */
    private static Problem unrated(Problem p, Night night) {
        if (p.field().equals("quality") && night.quality() == 0) {
            return new Problem("quality", "Rate your sleep quality: 1 (very poor) to 5 (very good) stars");
        }
        if (p.field().equals("rested") && night.rested() == 0) {
            return new Problem("rested", "Rate how rested you feel: 1 (very poor) to 5 (very good) stars");
        }
        return p;
    }

    private void commitTypedDate() {
        LocalDate typed = typedDay();
        if (typed != null && !typed.equals(date.getValue())) {
            date.setValue(typed);
        }
    }

    /** The night's wake date: as typed while the person is typing it, else the picker's. */
    private LocalDate day() {
        LocalDate typed = date.getEditor().isFocused() ? typedDay() : null;
        return typed != null ? typed : date.getValue();
    }

    /** The date in the picker's field, or null while it does not read as one (half typed). */
    private LocalDate typedDay() {
        try {
            return DayConverter.typed(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void applyUnits(Settings was, Settings now) {
        showExamples();
        for (TextField t : clockFields) {
            tidy(t).ifPresent(t::setText);
        }
        if (was.tempUnit() != now.tempUnit()) {
            Double value = WholeNumbers.optionalDecimal("roomTempC", "", roomTemp.getText(), new ArrayList<>());
            if (value != null) {
                roomTemp.setText(decimal(Temperatures.fromCelsius(Temperatures.toCelsius(value, was.tempUnit()), now.tempUnit())));
            }
            tempUnit.setText(unitLabel(now.tempUnit()));
        }
    }

    private String show(LocalTime t) {
        return ClockTimeFormat.format(t, settings.get().clock24());
    }

    private static String unitLabel(Settings.TempUnit unit) {
        return unit == Settings.TempUnit.C ? "°C" : "°F";
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replaceAll("\\.0$", "");
    }

    private static void select(SegmentedButton group, Enum<?> value) {
        Toggle chosen = null;
        for (ToggleButton b : group.getButtons()) {
            if (value != null && value.name().equals(b.getUserData())) {
                chosen = b;
            }
        }
        group.getToggleGroup().selectToggle(chosen);
    }

    private static <E extends Enum<E>> E selected(SegmentedButton group, Class<E> type) {
        Toggle t = group.getToggleGroup().getSelectedToggle();
        return t == null ? null : Enum.valueOf(type, (String) t.getUserData());
    }
}
