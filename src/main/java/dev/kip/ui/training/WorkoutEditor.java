package dev.kip.ui.training;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.LiftSet;
import dev.kip.domain.SessionPain;
import dev.kip.domain.Settings;
import dev.kip.domain.Workout;
import dev.kip.insight.ExerciseNames;
import dev.kip.insight.TrainingRules;
import dev.kip.service.ExerciseSets;
import dev.kip.text.DateText;
import dev.kip.ui.common.DayConverter;
import dev.kip.ui.common.SwitchKeys;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The workout form: date, start, duration, session RPE, the 'felt heavier' switch, notes, then the
 * exercises with their sets. Every change is validated at once: invalid fields are marked, the
 * messages listed, and Save stays disabled. Ctrl+Enter adds an exercise, Ctrl+S saves.
 */
final class WorkoutEditor extends VBox {
    private static final KeyCombination ADD_EXERCISE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    final DatePicker date = new DatePicker();
    final TextField start = new TextField();
    final TextField duration = new TextField();
    final TextField sessionRpe = new TextField();
    final ToggleSwitch feltHeavier = new ToggleSwitch("Felt heavier than it should");
    final TextArea notes = new TextArea();
    /** Pain during this session (optional, collapsed until wanted): the pain-monitoring model's "during" reading. */
    final TitledPane pain = new TitledPane();
    final ComboBox<BodyRegion> painRegion = new ComboBox<>();
    final TextField painLevel = new TextField();
    final Button addExercise = new Button("Add exercise", new FontIcon(Feather.PLUS));
    final Button save = new Button("Save workout", new FontIcon(Feather.CHECK));
    final Button delete = new Button("Delete workout", new FontIcon(Feather.TRASH_2));
    final MenuButton startFrom = new MenuButton("Start from", new FontIcon(Feather.COPY));
    final Label title = new Label();
    /** The workout's name (imports and routines give one), under the title. */
    final Label named = new Label();
    final VBox problems = new VBox(2);
    final Label recordBanner = new Label();
    private final VBox blocks = new VBox(14);
    private final BooleanProperty valid = new SimpleBooleanProperty(true);
    private final Settings settings;
    private final Supplier<ExerciseNames> names;
    private final LastTime lastTime;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<Long> workoutId = new ReadOnlyObjectWrapper<>();
    private Workout loaded;
    /** What the fields held when last filled or saved (null before the first fill): anything else is typing not saved yet. */
    private List<String> filledContent;
    /** The pain shown for the stored workout, so a save changes only what the person changed. */
    private SessionPain loadedPain;
    private boolean filling;

    WorkoutEditor(Settings settings, Supplier<ExerciseNames> names, LastTime lastTime, Supplier<LocalDate> today) {
        this.settings = settings;
        this.names = names;
        this.lastTime = lastTime;
        this.today = today;
        getStyleClass().add("workout-editor");
        setSpacing(14);
        title.getStyleClass().add(Styles.TITLE_3);
        date.setId("workout-date");
        DayConverter.install(date);
        date.setMinWidth(195); // at least; wider with larger text (the editor is sized in characters)
        date.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item.isAfter(today.get()));
            }
        });
        start.setId("workout-start");
        start.setPromptText("HH:MM");
        start.setPrefColumnCount(4);
        duration.setId("workout-duration");
        duration.setPromptText("min");
        duration.setPrefWidth(70);
        sessionRpe.setId("workout-srpe");
        sessionRpe.setPromptText("0–10");
        sessionRpe.setPrefWidth(70);
        feltHeavier.setId("workout-heavier");
        SwitchKeys.spaceToggles(feltHeavier);
        notes.setId("workout-notes");
        notes.setAccessibleText("Workout notes");
        notes.setPromptText("Notes: how it went, what to change next time");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);

        buildPain();

        FlowPane fields = new FlowPane(12, 10, labelled("Date", date), labelled("Start", start),
                labelled("Duration (min)", duration), labelled("Session RPE (CR-10)", sessionRpe), feltHeavier);
        fields.setAlignment(Pos.BOTTOM_LEFT);
        addExercise.setId("add-exercise");
        addExercise.setOnAction(e -> addBlock().name.requestFocus());
        save.setId("save-workout");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(valid.not());
        delete.setId("delete-workout");
        delete.getStyleClass().add(Styles.DANGER);
        Label keys = new Label("Enter: next set (a copy; in an empty set, last time's) · Tab: next field · Ctrl+Enter: next exercise · Ctrl+S: save · Ctrl+N: new workout · Ctrl+R: repeat the last workout");
        keys.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
        keys.setWrapText(true);
        problems.setId("workout-problems");
        problems.getStyleClass().add("problems");
        recordBanner.setId("record-banner");
        recordBanner.getStyleClass().add("record-banner");
        recordBanner.setGraphic(new FontIcon(Feather.AWARD));
        recordBanner.setWrapText(true);
        recordBanner.setVisible(false);
        recordBanner.managedProperty().bind(recordBanner.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        startFrom.setId("start-from");
        startFrom.setAccessibleText("Start from a routine or repeat a workout");
        named.setId("workout-name");
        named.getStyleClass().add("text-muted");
        named.setWrapText(true);
        named.managedProperty().bind(named.visibleProperty());
        // The buttons keep their words; with large text the title wraps instead, and a hidden Delete takes no room.
        for (Region r : List.of(startFrom, delete, save)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        delete.managedProperty().bind(delete.visibleProperty());
        HBox head = new HBox(10, title, grow, startFrom, delete, save);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, named, fields, notes, pain, problems, recordBanner, blocks, addExercise, keys);

        for (TextField f : List.of(start, duration, sessionRpe, painLevel, date.getEditor())) {
            f.textProperty().addListener((o, a, b) -> validate());
        }
        date.valueProperty().addListener((o, a, b) -> validate());
        painRegion.valueProperty().addListener((o, a, b) -> validate());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ADD_EXERCISE.match(e)) {
                addBlock().name.requestFocus();
                e.consume();
            } else if (SAVE.match(e)) {
                if (!save.isDisabled()) {
                    save.fire();
                }
                e.consume();
            }
        });
    }

    private void buildPain() {
        pain.setId("workout-pain");
        pain.setText("Pain during this session (optional)");
        pain.setExpanded(false);
        pain.setAnimated(false);
        painRegion.setId("pain-region");
        painRegion.getItems().setAll(BodyRegions.ALL);
        painRegion.setVisibleRowCount(12);
        painRegion.setConverter(new RegionConverter());
        painLevel.setId("pain-level");
        painLevel.setPromptText("0–10");
        painLevel.setPrefWidth(70);
        FlowPane row = new FlowPane(12, 10, labelled("Body region", painRegion), labelled("Pain (0–10)", painLevel));
        row.setAlignment(Pos.BOTTOM_LEFT);
        // In the pane from its first opening: a collapsed pane's content is still styled and measured (the
        // region box sizes itself to all its regions), about a tenth of opening the view, for most never opened.
        pain.expandedProperty().addListener((o, was, open) -> {
            if (open && pain.getContent() == null) {
                pain.setContent(row);
            }
        });
    }

    private static VBox labelled(String text, Node field) {
        Label l = new Label(text);
        l.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
        l.setLabelFor(field);
        return new VBox(4, l, field);
    }

    private ExerciseBlock addBlock() {
        ExerciseBlock block = new ExerciseBlock(settings, names,
                (exercise, then) -> lastTime.find(exercise, date.getValue() == null ? today.get() : date.getValue(), workoutId.get(), then),
                this::validate);
        block.removeExercise.setOnAction(e -> {
            blocks.getChildren().remove(block);
            validate();
        });
        blocks.getChildren().add(block);
        return block;
    }

    List<ExerciseBlock> blocks() {
        List<ExerciseBlock> out = new ArrayList<>();
        blocks.getChildren().forEach(n -> out.add((ExerciseBlock) n));
        return out;
    }

    /** An empty form for a workout today, focused on the first exercise. */
    void startNew() {
        fill(new Workout(null, today.get(), null, null, null, false, "", "", null, null, List.of()), Map.of(), Map.of());
        title.setText("New workout");
        addBlock();
        focusFirstEmpty();
    }

    /**
     * A new workout holding {@code w}'s sets (a routine's or a repeated workout's). The sets are
     * there already: the cursor waits in Duration, then Tab to session RPE, what only today can say.
     */
    void startFrom(Workout w, Map<Long, String> exerciseNames) {
        fill(w, exerciseNames, Map.of());
        title.setText("New workout");
        if (blocks().isEmpty()) {
            addBlock();
        }
        duration.requestFocus();
    }

    /**
     * Shows a stored workout, its exercises in the order first logged, with a badge on each set
     * that set a record ({@code badges} keyed by exercise id and set order).
     */
    void show(Workout w, Map<Long, String> names, Map<SetKey, String> badges) {
        fill(w, names, badges);
        title.setText(DateText.day(w.date()));
    }

    /**
     * After a save of what the editor shows: the stored workout's id, title and record badges go
     * onto the rows in place. Rebuilding every block and row (hundreds of nodes for a long session)
     * was most of a save's time; the rows are rebuilt only when the stored workout differs in shape
     * from them (a blank row or exercise left out by the save).
     */
    void saved(Workout w, Map<Long, String> names, Map<SetKey, String> badges) {
        List<ExerciseBlock> shown = blocks();
        List<Long> order = w.sets().stream().map(LiftSet::exerciseId).distinct().toList();
        boolean same = shown.size() == order.size();
        for (int b = 0; same && b < order.size(); b++) {
            long id = order.get(b);
            List<SetRow> rows = shown.get(b).setRows();
            same = Objects.equals(names.get(id), shown.get(b).resolvedName())
                    && rows.size() == w.sets().stream().filter(s -> s.exerciseId() == id).count()
                    && rows.stream().noneMatch(SetRow::isBlank);
        }
        if (!same) {
            show(w, names, badges);
            return;
        }
        loaded = w;
        workoutId.set(w.id());
        title.setText(DateText.day(w.date()));
        delete.setVisible(true);
        named.setText(w.name() == null ? "" : w.name());
        named.setVisible(!named.getText().isBlank());
        for (int b = 0; b < order.size(); b++) {
            long id = order.get(b);
            List<SetRow> rows = shown.get(b).setRows();
            List<LiftSet> sets = w.sets().stream().filter(s -> s.exerciseId() == id).toList();
            for (int i = 0; i < sets.size(); i++) {
                rows.get(i).markRecord(badges.get(new SetKey(id, sets.get(i).order())));
            }
        }
        filledContent = content();
        // No check again: the fields hold what was just checked and saved, and any typing since has checked itself.
    }

    /** Puts the cursor in the first exercise without a name (a new workout's), if there is one. */
    void focusFirstEmpty() {
        blocks().stream().filter(b -> b.name.getText().isBlank()).findFirst().ifPresent(b -> b.name.requestFocus());
    }

    /** Finds the sets of the last session of an exercise before a workout (its date, its id or null) and hands them over. */
    interface LastTime {
        void find(String exercise, LocalDate date, Long workoutId, Consumer<List<LiftSet>> then);
    }

    /** A set by exercise id and order within that exercise. */
    record SetKey(long exerciseId, int order) {
    }

    private void fill(Workout w, Map<Long, String> exerciseNames, Map<SetKey, String> badges) {
        filling = true;
        loaded = w;
        workoutId.set(w.id());
        date.setValue(w.date());
        start.setText(w.start() == null ? "" : w.start().toString());
        duration.setText(w.durationMin() == null ? "" : w.durationMin().toString());
        sessionRpe.setText(w.sessionRpe() == null ? "" : java.math.BigDecimal.valueOf(w.sessionRpe()).stripTrailingZeros().toPlainString());
        feltHeavier.setSelected(w.feltHeavier());
        notes.setText(w.notes());
        blocks.getChildren().clear();
        Map<Long, ExerciseBlock> byExercise = new LinkedHashMap<>();
        for (LiftSet s : w.sets()) {
            ExerciseBlock block = byExercise.computeIfAbsent(s.exerciseId(), id -> {
                ExerciseBlock b = addBlock();
                b.showName(exerciseNames.getOrDefault(id, "Exercise " + id));
                return b;
            });
            block.show(s);
            List<SetRow> rows = block.setRows();
            rows.get(rows.size() - 1).markRecord(badges.get(new SetKey(s.exerciseId(), s.order())));
        }
        delete.setVisible(w.id() != null);
        named.setText(w.name() == null ? "" : w.name());
        named.setVisible(!named.getText().isBlank());
        recordBanner.setVisible(false);
        loadedPain = null;
        painRegion.setValue(null);
        painLevel.setText("");
        pain.setExpanded(false);
        filling = false;
        filledContent = content();
        validate();
    }

    /** Shows the pain felt during the stored workout shown (null: none), opened when there is some. */
    void showPain(SessionPain p) {
        BodyRegion region = p == null ? null : BodyRegions.byId(p.regionId()).orElse(null);
        String level = p == null ? "" : Integer.toString(p.level());
        // After a save the fields show this pain already: the form, and so its check, stays as it is.
        boolean changed = !Objects.equals(painRegion.getValue(), region) || !level.equals(painLevel.getText());
        boolean untouched = !hasUnsavedTyping();
        filling = true;
        loadedPain = p;
        painRegion.setValue(region);
        painLevel.setText(level);
        pain.setExpanded(p != null);
        filling = false;
        if (untouched) {
            filledContent = content();
        }
        if (changed) {
            validate();
        }
    }

    /** True when the fields differ from the workout as it was filled in or last saved. */
    boolean hasUnsavedTyping() {
        return filledContent != null && !content().equals(filledContent);
    }

    /** Every field's text; blank exercises and sets left out, as a save leaves them out. */
    private List<String> content() {
        List<String> texts = new ArrayList<>(List.of(String.valueOf(date.getValue()), start.getText().strip(),
                duration.getText().strip(), sessionRpe.getText().strip(), Boolean.toString(feltHeavier.isSelected()),
                notes.getText().strip(), String.valueOf(painRegion.getValue()), painLevel.getText().strip()));
        for (ExerciseBlock b : blocks()) {
            if (!b.isBlank()) {
                b.addContent(texts);
            }
        }
        return texts;
    }

    void showRecords(String text) {
        recordBanner.setText(text);
        recordBanner.setVisible(text != null);
    }

    /** The name of the workout shown (imports and routines give one), or "". */
    String workoutName() {
        return loaded == null || loaded.name() == null ? "" : loaded.name();
    }

    Long workoutId() {
        return workoutId.get();
    }

    /** The stored workout shown; null while a new one is being written. */
    ReadOnlyObjectProperty<Long> workoutIdProperty() {
        return workoutId.getReadOnlyProperty();
    }

    boolean isValid() {
        return valid.get();
    }

    /** Marks invalid fields and lists their messages; returns the workout's header and sets when all is valid. */
    Optional<Draft> validate() {
        if (filling) {
            return Optional.empty();
        }
        List<String> messages = new ArrayList<>();
        LocalDate d = readDate(messages);
        LocalTime t = mark(start, readStart(messages));
        Integer minutes = null;
        Double srpe = null;
        try {
            minutes = FieldText.wholeNumber("Duration", duration.getText());
            mark(duration, TrainingRules.duration(minutes).map(m -> add(messages, m)).isPresent());
        } catch (FieldText.Invalid e) {
            mark(duration, add(messages, e.getMessage()) != null);
        }
        try {
            srpe = FieldText.decimal("Session RPE", sessionRpe.getText());
            mark(sessionRpe, TrainingRules.sessionRpe(srpe).map(m -> add(messages, m)).isPresent());
        } catch (FieldText.Invalid e) {
            mark(sessionRpe, add(messages, e.getMessage()) != null);
        }
        SessionPain felt = readPain(messages);
        List<ExerciseSets> exercises = new ArrayList<>();
        for (ExerciseBlock b : blocks()) {
            if (!b.isBlank()) {
                b.read(messages).ifPresent(exercises::add);
            }
        }
        problems.getChildren().clear();
        messages.forEach(m -> {
            Label l = new Label(m);
            l.getStyleClass().add("problem");
            l.setWrapText(true);
            problems.getChildren().add(l);
        });
        valid.set(messages.isEmpty());
        if (!messages.isEmpty()) {
            return Optional.empty();
        }
        Workout header = new Workout(workoutId.get(), d, t, minutes, srpe, feltHeavier.isSelected(),
                loaded == null ? "" : loaded.name(), notes.getText(), loaded == null ? null : loaded.source(),
                loaded == null ? null : loaded.sourceKey(), List.of());
        return Optional.of(new Draft(header, exercises, loadedPain, felt));
    }

    /**
     * A valid form's content: the workout (without sets), its sets per exercise name, and the pain
     * during the session as it was shown ({@code painWas}) and as it is now (each null for none).
     */
    record Draft(Workout header, List<ExerciseSets> exercises, SessionPain painWas, SessionPain pain) {
        boolean painChanged() {
            return !java.util.Objects.equals(painWas, pain);
        }
    }

    /** The pain during the session; null when both fields are empty or one is wrong (a message is added then). */
    private SessionPain readPain(List<String> messages) {
        String field = "Pain during this session";
        BodyRegion region = painRegion.getValue();
        Integer level = null;
        boolean bad = false;
        try {
            level = FieldText.wholeNumber(field, painLevel.getText());
            if (level != null && (level < 0 || level > 10)) {
                bad = add(messages, field + ": expected a level from 0 to 10, got " + level) != null;
            }
        } catch (FieldText.Invalid e) {
            bad = add(messages, e.getMessage()) != null;
        }
        if (!bad && region != null && level == null) {
            bad = add(messages, field + ": expected a level from 0 to 10 for " + region.name().toLowerCase(java.util.Locale.ROOT)) != null;
        }
        mark(painLevel, bad);
        boolean noRegion = region == null && level != null && !bad;
        if (noRegion) {
            messages.add(field + ": pick the body region that hurt");
        }
        mark(painRegion, noRegion);
        if (bad || noRegion) {
            pain.setExpanded(true);
            return null;
        }
        return region == null ? null : new SessionPain(region.id(), level);
    }

    private LocalDate readDate(List<String> messages) {
        LocalDate d = null;
        try {
            d = DayConverter.typed(date);
        } catch (DateTimeParseException e) {
            d = null;
        }
        Optional<String> problem = TrainingRules.date(d, today.get());
        problem.ifPresent(messages::add);
        mark(date, problem.isPresent());
        return d;
    }

    /** The start time; null when blank or invalid (a message is added then). */
    private LocalTime readStart(List<String> messages) {
        String text = start.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            messages.add("Start: expected a time such as 18:30, got '" + text + "'");
            return null;
        }
    }

    private LocalTime mark(TextField field, LocalTime parsed) {
        mark(field, parsed == null && !field.getText().isBlank());
        return parsed;
    }

    private static void mark(Node field, boolean invalid) {
        field.pseudoClassStateChanged(Styles.STATE_DANGER, invalid);
    }

    private static String add(List<String> messages, String m) {
        messages.add(m);
        return m;
    }
}
