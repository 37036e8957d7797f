package dev.kip.ui.exchange;

import atlantafx.base.theme.Styles;
import dev.kip.exchange.ExerciseChoice;
import dev.kip.exchange.ImportPreview;
import dev.kip.text.ControlChars;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The import preview's exercise names: each name in the file that goes to a differently named
 * catalog exercise (and why: stored alias, built-in rule, close match) and each that will be
 * created, with a list to send it elsewhere: any catalog exercise, or a new exercise of its own.
 * What the person leaves or picks is read back as {@link ExerciseChoice}s for the import.
 */
final class ExerciseNamesPane {

    /** An entry of a name's list: a catalog exercise, or (id null) a new exercise of the file's name. */
    private record Target(Long id, String name) {
        static final Target NEW = new Target(null, "Keep as a new exercise");
    }

    private static final StringConverter<Target> SHOWN = new StringConverter<>() {
        @Override
        public String toString(Target t) {
            return t == null ? "" : ControlChars.escape(t.name());
        }

        @Override
        public Target fromString(String s) {
            throw new UnsupportedOperationException("the lists are not editable");
        }
    };

    /** One name's row: the name as in the file, and the list that holds its target. */
    private record Row(String fileName, ComboBox<Target> target) {
    }

    /** About one row's height (a combo box and the gap), to size the list to up to six rows before it scrolls. */
    private static final double ROW_HEIGHT = 34;

    private final VBox root = new VBox(6);
    private final List<Row> rows = new ArrayList<>();

    ExerciseNamesPane() {
        root.setId("import-exercises");
        VBox.setVgrow(root, Priority.ALWAYS);
        root.setVisible(false);
        root.setManaged(false);
    }

    Node node() {
        return root;
    }

    /** Shows the names of {@code p}, or nothing when every name is a catalog exercise's own. */
    void show(ImportPreview p) {
        rows.clear();
        root.getChildren().clear();
        boolean any = !p.matches().isEmpty() || !p.toCreate().isEmpty();
        root.setVisible(any);
        root.setManaged(any);
        if (!any) {
            return;
        }
        ObservableList<Target> targets = FXCollections.observableArrayList(Target.NEW);
        p.catalog().forEach(e -> targets.add(new Target(e.id(), e.name())));
        GridPane grid = new GridPane();
        grid.setId("import-exercise-rows");
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.SOMETIMES);
        ColumnConstraints arrow = new ColumnConstraints();
        arrow.setHalignment(HPos.CENTER);
        ColumnConstraints target = new ColumnConstraints();
        target.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, arrow, target, new ColumnConstraints());
        for (ImportPreview.ExerciseMatch m : p.matches()) {
            add(grid, targets, m.fileName(), targets.stream().filter(t -> Long.valueOf(m.exerciseId()).equals(t.id()))
                    .findFirst().orElse(Target.NEW), m.reason().words());
        }
        for (String created : p.toCreate()) {
            add(grid, targets, created, Target.NEW, "not in the catalog");
        }
        Label heading = new Label("Exercise names: where their sets will go (change any before importing)");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(rows.size(), 6) * ROW_HEIGHT);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(heading, scroll);
    }

    private void add(GridPane grid, ObservableList<Target> targets, String fileName, Target chosen, String why) {
        int row = rows.size();
        Label name = new Label(ControlChars.escape(fileName));
        name.setWrapText(true);
        ComboBox<Target> target = new ComboBox<>(targets);
        target.setConverter(SHOWN);
        target.setValue(chosen);
        target.setVisibleRowCount(12);
        target.setMaxWidth(Double.MAX_VALUE);
        target.setId("import-target-" + row);
        target.setAccessibleText("Where the sets of " + ControlChars.escape(fileName) + " go");
        Label reason = new Label(why);
        reason.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
        reason.setMinWidth(Region.USE_PREF_SIZE);
        // The person's pick replaces the reason the import had.
        target.valueProperty().addListener((obs, was, now) -> reason.setText(now == chosen ? why : "your choice"));
        grid.addRow(row, name, new Label("→"), target, reason);
        rows.add(new Row(fileName, target));
    }

    /** Every listed name with the target it shows now. */
    List<ExerciseChoice> choices() {
        List<ExerciseChoice> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Target t = r.target().getValue();
            out.add(t == null || t.id() == null ? ExerciseChoice.keepAsNew(r.fileName()) : ExerciseChoice.mapTo(r.fileName(), t.id()));
        }
        return out;
    }

    /** Locks the lists while the import runs. */
    void setDisable(boolean disable) {
        root.setDisable(disable);
    }
}
