package dev.kip.ui.training;

import atlantafx.base.theme.Styles;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Settings;
import dev.kip.insight.ExerciseNames;
import dev.kip.insight.Units;
import dev.kip.service.ExerciseSets;
import dev.kip.text.ControlChars;
import dev.kip.text.Plural;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One exercise of a workout: its name (completed from the catalog, see {@link ExerciseCompletion})
 * and its sets. Enter in the name field picks the exercise and starts the first set; Enter in a set
 * adds the next one, a copy of it.
 */
final class ExerciseBlock extends VBox {
    final TextField name = new TextField();
    final Button removeExercise = new Button(null, new FontIcon(Feather.TRASH_2));
    final Label question = new Label();
    private final VBox rows = new VBox(4);
    private final ExerciseCompletion completion;
    private final Settings settings;
    private final LastTime lastTime;
    private final Runnable onChange;
    private List<LiftSet> previous = List.of();

    /** Finds what the person did in an exercise last time and hands its sets over (on the FX thread). */
    interface LastTime {
        void find(String exercise, Consumer<List<LiftSet>> sets);
    }

    ExerciseBlock(Settings settings, Supplier<ExerciseNames> names, LastTime lastTime, Runnable onChange) {
        this.settings = settings;
        this.lastTime = lastTime;
        this.onChange = onChange;
        getStyleClass().add("exercise-block");
        setSpacing(6);
        name.setPromptText("Exercise, e.g. Back Squat");
        name.getStyleClass().add("exercise-name");
        name.setAccessibleText("Exercise");
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(420);
        completion = new ExerciseCompletion(name, question, names, true, n -> {
            askLastTime(n);
            startSets();
        });
        // An unknown name is flagged once the person has left it (not while it is being typed).
        name.focusedProperty().addListener((o, a, b) -> onChange.run());
        name.textProperty().addListener((o, a, b) -> onChange.run());
        removeExercise.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        removeExercise.setFocusTraversable(false);
        String remove = "Remove this exercise and its sets";
        removeExercise.setAccessibleText(remove);
        // The tooltip (a popup window of its own) is made on the first hover, not for every exercise of every workout opened.
        removeExercise.setOnMouseEntered(e -> {
            if (removeExercise.getTooltip() == null) {
                removeExercise.setTooltip(new Tooltip(remove));
            }
        });
        HBox head = new HBox(8, name, removeExercise);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, question, header(settings), rows);
    }

    private static HBox header(Settings settings) {
        String unit = Units.label(settings.massUnit());
        String[] titles = {"Set", "Last time", "Weight (" + unit + ")", "Reps", "RPE", "RIR", "Type"};
        HBox h = new HBox(8);
        h.getStyleClass().add("set-header");
        for (int i = 0; i < titles.length; i++) {
            Label l = new Label(titles[i]);
            l.setMinWidth(SetRow.WIDTHS[i]);
            l.setPrefWidth(SetRow.WIDTHS[i]);
            l.setAlignment(i >= 2 && i <= 5 ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            if (i == titles.length - 1) {
                l.setPadding(new javafx.geometry.Insets(0, 0, 0, 10));
            }
            h.getChildren().add(l);
        }
        return h;
    }

    /** Moves to the first set, creating it when there is none. */
    void startSets() {
        if (rows.getChildren().isEmpty()) {
            insert(new SetRow(settings), 0);
        }
        setRows().get(0).weight.requestFocus();
    }

    /** Shows a stored exercise's name (and what was done in it the time before). */
    void showName(String exercise) {
        completion.set(exercise);
        askLastTime(exercise);
    }

    private void askLastTime(String exercise) {
        lastTime.find(exercise, sets -> {
            // The answer comes later: only if the name is still the one asked about.
            if (exercise.equals(completion.resolved())) {
                previous = sets;
                renumber();
            }
        });
    }

    /** Adds a stored set. */
    void show(LiftSet s) {
        SetRow row = new SetRow(settings);
        row.show(s);
        insert(row, rows.getChildren().size());
    }

    private void insert(SetRow row, int at) {
        rows.getChildren().add(at, row);
        for (TextField f : List.of(row.weight, row.reps, row.rpe, row.rir)) {
            f.setOnAction(e -> next(row));
            f.textProperty().addListener((o, a, b) -> onChange.run());
        }
        row.type.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                next(row);
                e.consume();
            }
        });
        row.type.valueProperty().addListener((o, a, b) -> onChange.run());
        row.remove.setOnAction(e -> {
            rows.getChildren().remove(row);
            renumber();
            onChange.run();
        });
        renumber();
    }

    /**
     * Enter in a set: an empty one takes last time's values and the next set starts empty (showing
     * its own last time); one with values is copied into the next set, focused on its weight.
     */
    private void next(SetRow row) {
        SetRow next = row.isBlank() && row.takeLastTime() ? new SetRow(settings) : row.copy();
        insert(next, rows.getChildren().indexOf(row) + 1);
        next.weight.requestFocus();
        next.weight.selectAll();
        onChange.run();
    }

    private void renumber() {
        List<SetRow> all = setRows();
        for (int i = 0; i < all.size(); i++) {
            all.get(i).lastTime(i < previous.size() ? previous.get(i) : null);
            all.get(i).number(i + 1);
        }
    }

    List<SetRow> setRows() {
        List<SetRow> out = new ArrayList<>();
        rows.getChildren().forEach(n -> out.add((SetRow) n));
        return out;
    }

    /** The catalog name the name field stands for, or null. */
    String resolvedName() {
        return completion.resolved();
    }

    boolean isBlank() {
        return name.getText().isBlank() && setRows().stream().allMatch(SetRow::isBlank);
    }

    /** Adds the name's and each set's texts, blank sets left out (to tell typing not saved yet). */
    void addContent(List<String> texts) {
        texts.add(name.getText().strip());
        for (SetRow row : setRows()) {
            if (!row.isBlank()) {
                row.addContent(texts);
            }
        }
    }

    /** This exercise's sets, or empty with messages naming the exercise and set of each invalid field. */
    Optional<ExerciseSets> read(List<String> problems) {
        String typed = name.getText().strip();
        String exercise = completion.resolved();
        List<SetRow> all = setRows();
        boolean nameMissing = typed.isEmpty();
        boolean unknown = !nameMissing && exercise == null && (!name.isFocused() || all.stream().anyMatch(r -> !r.isBlank()));
        name.pseudoClassStateChanged(Styles.STATE_DANGER, nameMissing || unknown);
        if (nameMissing) {
            problems.add("Exercise: expected a name for the exercise with " + Plural.of(all.size(), "set"));
        } else if (unknown) {
            problems.add("Exercise '" + ControlChars.escape(typed) + "': not in your catalog; press Enter in its name to add it as a new exercise");
        }
        List<LiftSet> sets = new ArrayList<>();
        int before = problems.size();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isBlank()) {
                all.get(i).read((nameMissing ? "Exercise" : exercise == null ? typed : exercise) + ", set " + (i + 1) + " — ", problems).ifPresent(sets::add);
            }
        }
        if (nameMissing || exercise == null || problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ExerciseSets(exercise, sets));
    }
}
