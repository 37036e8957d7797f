package dev.kip.ui.training;

import atlantafx.base.theme.Styles;
import dev.kip.domain.Exercise;
import dev.kip.domain.Routine;
import dev.kip.domain.Settings;
import dev.kip.insight.ExerciseNames;
import dev.kip.insight.TrainingRules;
import dev.kip.insight.Units;
import dev.kip.text.ControlChars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Edits a routine: its name and its exercises in order, each with target sets × reps and an
 * optional weight in the person's unit. Every field is checked as it is typed; a message names
 * the row and the field, and Save waits until all is well. Delete is offered for a stored routine.
 */
final class RoutineDialog {
    /** What the person decided: a routine to save, or the stored one to delete. */
    sealed interface Outcome permits Save, Delete {
    }

    record Save(Routine routine) implements Outcome {
    }

    record Delete(long id) implements Outcome {
    }

    private static final ButtonType SAVE = new ButtonType("Save routine", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType DELETE = new ButtonType("Delete routine", ButtonBar.ButtonData.LEFT);

    private final Settings settings;
    private final ExerciseNames names;
    private final Map<String, Long> ids;
    private final TextField name = new TextField();
    private final GridPane grid = new GridPane();
    private final VBox problems = new VBox(2);
    private final List<Row> rows = new ArrayList<>();
    private Runnable check = () -> { };
    /** Problems are shown once the person has typed something, never on a form they have not touched. */
    private boolean touched;

    private RoutineDialog(Settings settings, ExerciseNames names, List<Exercise> catalog) {
        this.settings = settings;
        this.names = names;
        this.ids = catalog.stream().collect(Collectors.toMap(Exercise::name, Exercise::id, (a, b) -> a));
    }

    /** Edits {@code routine}; empty when cancelled. */
    static Optional<Outcome> edit(Window owner, Routine routine, List<Exercise> catalog, ExerciseNames names, Settings settings) {
        return new RoutineDialog(settings, names, catalog).show(owner, routine, catalog);
    }

    private Optional<Outcome> show(Window owner, Routine routine, List<Exercise> catalog) {
        Dialog<Outcome> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Routine");
        dialog.setHeaderText(routine.id() == null ? "A new routine" : "Edit the routine '" + routine.name() + "'");
        name.setId("routine-name");
        name.setText(routine.name());
        name.setPromptText("e.g. Squat day");
        name.setAccessibleText("Routine name");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setId("routine-rows");
        Map<Long, String> byId = catalog.stream().collect(Collectors.toMap(Exercise::id, Exercise::name));
        routine.exercises().forEach(t -> addRow(byId.getOrDefault(t.exerciseId(), ""), t));
        if (rows.isEmpty()) {
            addRow("", null);
        }
        Button add = new Button("Add exercise", new FontIcon(Feather.PLUS));
        add.setId("routine-add-exercise");
        add.setOnAction(e -> addRow("", null).exercise.requestFocus());
        problems.getStyleClass().add("problems");
        Label nameLabel = new Label("Name");
        nameLabel.setLabelFor(name);
        VBox content = new VBox(10, nameLabel, name, grid, add, problems);
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        if (routine.id() != null) {
            dialog.getDialogPane().getButtonTypes().add(DELETE);
            dialog.getDialogPane().lookupButton(DELETE).getStyleClass().add(Styles.DANGER);
        }
        Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
        save.setId("save-routine");
        check = () -> save.setDisable(read(routine.id()).isEmpty());
        name.textProperty().addListener((o, a, b) -> recheck());
        check.run();
        dialog.setOnShown(e -> name.requestFocus());
        dialog.setResultConverter(b -> b == SAVE ? read(routine.id()).map(Save::new).orElse(null)
                : b == DELETE ? new Delete(routine.id()) : null);
        return dialog.showAndWait();
    }

    /** One exercise's row: its name, sets, reps and weight, and a button that removes it. */
    private final class Row {
        final TextField exercise = new TextField();
        final TextField sets = small("sets");
        final TextField reps = small("reps");
        final TextField weight = small("weight");
        final Button remove = new Button(null, new FontIcon(Feather.X));
        private final Double originalKg;
        private final String shownWeight;

        Row(String exerciseName, Routine.Target t) {
            exercise.setText(exerciseName);
            exercise.setPromptText("Exercise");
            exercise.getStyleClass().add("routine-exercise");
            exercise.setPrefWidth(260);
            new ExerciseCompletion(exercise, new Label(), () -> names, false, n -> sets.requestFocus());
            sets.setText(t == null ? "3" : Integer.toString(t.sets()));
            reps.setText(t == null || t.reps() == null ? "" : t.reps().toString());
            originalKg = t == null ? null : t.weightKg();
            shownWeight = originalKg == null ? "" : Units.format(originalKg, settings.massUnit(), settings.weightStep());
            weight.setText(shownWeight);
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setTooltip(new Tooltip("Remove this exercise from the routine"));
            remove.setAccessibleText("Remove this exercise from the routine");
        }

        private TextField small(String what) {
            TextField f = new TextField();
            f.getStyleClass().add("routine-" + what);
            f.setPrefWidth(80);
            return f;
        }
    }

    private Row addRow(String exerciseName, Routine.Target t) {
        Row row = new Row(exerciseName, t);
        rows.add(row);
        row.remove.setOnAction(e -> {
            rows.remove(row);
            touched = true;
            layoutRows();
        });
        for (TextField f : List.of(row.exercise, row.sets, row.reps, row.weight)) {
            f.textProperty().addListener((o, a, b) -> recheck());
        }
        layoutRows();
        return row;
    }

    private void layoutRows() {
        grid.getChildren().clear();
        String unit = Units.label(settings.massUnit());
        grid.addRow(0, header("Exercise"), header("Sets"), header("Reps"), header("Weight (" + unit + ")"));
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int n = i + 1;
            r.exercise.setAccessibleText("Exercise " + n);
            r.sets.setAccessibleText("Exercise " + n + " sets");
            r.reps.setAccessibleText("Exercise " + n + " reps");
            r.weight.setAccessibleText("Exercise " + n + " weight (" + unit + ")");
            grid.addRow(n, r.exercise, r.sets, r.reps, r.weight, r.remove);
        }
        check.run();
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
        return l;
    }

    private void recheck() {
        touched = true;
        check.run();
    }

    /** The routine the fields make, or empty with every problem listed and its field marked. */
    private Optional<Routine> read(Long id) {
        List<String> messages = new ArrayList<>();
        boolean nameMissing = name.getText().isBlank();
        name.pseudoClassStateChanged(Styles.STATE_DANGER, nameMissing && touched);
        if (nameMissing) {
            messages.add("Name: expected the routine's name, such as 'Squat day'");
        }
        if (rows.isEmpty()) {
            messages.add("Exercises: expected at least one; use Add exercise");
        }
        List<Routine.Target> targets = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String prefix = "Exercise " + (i + 1) + " — ";
            Long exerciseId = names.resolve(r.exercise.getText()).map(m -> ids.get(m.name())).orElse(null);
            mark(r.exercise, exerciseId == null, messages, prefix + (r.exercise.getText().isBlank() ? "Exercise: expected a name from your catalog"
                    : "Exercise: '" + ControlChars.escape(r.exercise.getText().strip()) + "' is not in your catalog"));
            Integer sets = whole(r.sets, 1, 50, prefix + "Sets: expected a whole number from 1 to 50", messages, false);
            Integer reps = whole(r.reps, 1, 1000, prefix + "Reps: expected a whole number from 1 to 1000, or nothing", messages, true);
            Double kg = weight(r, prefix, messages);
            if (exerciseId != null && sets != null) {
                targets.add(new Routine.Target(exerciseId, sets, reps, kg));
            }
        }
        problems.getChildren().setAll(messages.stream().filter(m -> touched).map(m -> {
            Label l = new Label(m);
            l.getStyleClass().add("problem");
            l.setWrapText(true);
            return l;
        }).toList());
        return messages.isEmpty() ? Optional.of(new Routine(id, name.getText().strip(), targets)) : Optional.empty();
    }

    private Integer whole(TextField f, int min, int max, String message, List<String> messages, boolean optional) {
        String t = f.getText().strip();
        Integer v = null;
        boolean bad;
        if (t.isEmpty()) {
            bad = !optional;
        } else {
            try {
                v = Integer.valueOf(t);
                bad = v < min || v > max;
            } catch (NumberFormatException e) {
                bad = true;
            }
        }
        mark(f, bad, messages, message + (t.isEmpty() ? "" : ", got '" + ControlChars.escape(t) + "'"));
        return bad ? null : v;
    }

    /** The weight in kg; a weight left as shown keeps the exact kg it came from. */
    private Double weight(Row r, String prefix, List<String> messages) {
        String t = r.weight.getText().strip();
        if (t.isEmpty()) {
            mark(r.weight, false, messages, null);
            return null;
        }
        try {
            double shown = FieldText.decimal("Weight", t);
            double kg = r.originalKg != null && t.equals(r.shownWeight) ? r.originalKg : Units.toKg(shown, settings.massUnit());
            Optional<String> problem = TrainingRules.weight(kg);
            mark(r.weight, problem.isPresent(), messages, prefix + problem.orElse(""));
            return problem.isPresent() ? null : kg;
        } catch (FieldText.Invalid e) {
            mark(r.weight, true, messages, prefix + e.getMessage());
            return null;
        }
    }

    private void mark(TextField f, boolean bad, List<String> messages, String message) {
        f.pseudoClassStateChanged(Styles.STATE_DANGER, bad && touched);
        if (bad) {
            messages.add(message);
        }
    }
}
