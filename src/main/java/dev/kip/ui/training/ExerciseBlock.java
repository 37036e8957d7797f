package dev.kip.ui.training;

import atlantafx.base.theme.Styles;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Settings;
import dev.kip.service.ExerciseSets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One exercise of a workout: its name (autocompleted from the catalog) and its sets. Enter in the
 * name field starts the first set; Enter in a set adds the next one, a copy of it.
 */
final class ExerciseBlock extends VBox {
    final TextField name = new TextField();
    final Button removeExercise = new Button(null, new FontIcon(Feather.TRASH_2));
    private final VBox rows = new VBox(4);
    private final Settings settings;
    private final Runnable onChange;

    ExerciseBlock(Settings settings, Collection<String> catalog, Runnable onChange) {
        this.settings = settings;
        this.onChange = onChange;
        getStyleClass().add("exercise-block");
        setSpacing(6);
        name.setPromptText("Exercise, e.g. Back Squat");
        name.getStyleClass().add("exercise-name");
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(420);
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(name, catalog);
        completion.setOnAutoCompleted(e -> startSets());
        // An open suggestion list takes the next key (the Tab meant for a set's fields), and it opens
        // after a delay: close it once the cursor has left the name, including when it opens late.
        name.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                completion.getAutoCompletionPopup().hide();
            }
        });
        completion.getAutoCompletionPopup().setOnShown(e -> {
            if (!name.isFocused()) {
                Platform.runLater(completion.getAutoCompletionPopup()::hide);
            }
        });
        name.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                startSets();
                e.consume();
            }
        });
        name.textProperty().addListener((o, a, b) -> onChange.run());
        removeExercise.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        removeExercise.setFocusTraversable(false);
        removeExercise.setTooltip(new Tooltip("Remove this exercise and its sets"));
        HBox head = new HBox(8, name, removeExercise);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, header(settings), rows);
    }

    private static HBox header(Settings settings) {
        String unit = settings.massUnit().name().toLowerCase(java.util.Locale.ROOT);
        String[] titles = {"Set", "Weight (" + unit + ")", "Reps", "RPE", "RIR", "Type"};
        HBox h = new HBox(8);
        h.getStyleClass().add("set-header");
        for (int i = 0; i < titles.length; i++) {
            Label l = new Label(titles[i]);
            l.setMinWidth(SetRow.WIDTHS[i]);
            l.setPrefWidth(SetRow.WIDTHS[i]);
            l.setAlignment(i >= 1 && i <= 4 ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
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

    /** Adds a stored set. */
    void show(LiftSet s) {
        SetRow row = new SetRow(settings);
        row.show(s);
        insert(row, rows.getChildren().size());
    }

    private void insert(SetRow row, int at) {
        rows.getChildren().add(at, row);
        for (TextField f : List.of(row.weight, row.reps, row.rpe, row.rir)) {
            f.setOnAction(e -> addCopyOf(row));
            f.textProperty().addListener((o, a, b) -> onChange.run());
        }
        row.type.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                addCopyOf(row);
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

    /** Enter in a set: the next set starts as a copy of it, focused on its weight. */
    private void addCopyOf(SetRow row) {
        SetRow next = row.copy();
        insert(next, rows.getChildren().indexOf(row) + 1);
        next.weight.requestFocus();
        next.weight.selectAll();
        onChange.run();
    }

    private void renumber() {
        List<SetRow> all = setRows();
        for (int i = 0; i < all.size(); i++) {
            all.get(i).index.setText(Integer.toString(i + 1));
        }
    }

    List<SetRow> setRows() {
        List<SetRow> out = new ArrayList<>();
        rows.getChildren().forEach(n -> out.add((SetRow) n));
        return out;
    }

    boolean isBlank() {
        return name.getText().isBlank() && setRows().stream().allMatch(SetRow::isBlank);
    }

    /** This exercise's sets, or empty with messages naming the exercise and set of each invalid field. */
    Optional<ExerciseSets> read(List<String> problems) {
        String exercise = name.getText().strip();
        List<SetRow> all = setRows();
        boolean nameMissing = exercise.isEmpty();
        name.pseudoClassStateChanged(Styles.STATE_DANGER, nameMissing);
        if (nameMissing) {
            problems.add("Exercise: expected a name for the exercise with " + all.size() + " set(s)");
        }
        List<LiftSet> sets = new ArrayList<>();
        int before = problems.size();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isBlank()) {
                all.get(i).read((nameMissing ? "Exercise" : exercise) + ", set " + (i + 1) + " — ", problems).ifPresent(sets::add);
            }
        }
        if (nameMissing || problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ExerciseSets(exercise, sets));
    }
}
