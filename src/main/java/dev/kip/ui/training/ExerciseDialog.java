package dev.kip.ui.training;

import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.Exercise;
import dev.kip.domain.RegionLoad;
import dev.kip.ui.common.Dialogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;

/**
 * Adds or edits a catalog exercise: its name and the body regions it loads, primary (1.0) or
 * secondary (0.5), by the body map's region names. Renaming keeps the id, so history stays.
 */
final class ExerciseDialog {
    private ExerciseDialog() {
    }

    /** The edited exercise (same id), or empty when cancelled. */
    static Optional<Exercise> edit(Window owner, Exercise original) {
        Dialog<Exercise> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(original.id() == null ? "New exercise" : "Edit exercise");
        dialog.setHeaderText(original.id() == null ? "Add an exercise to your catalog"
                : "Rename or remap '" + original.name() + "' (its history stays)");
        TextField name = new TextField(original.name());
        name.setId("exercise-name-field");
        CheckComboBox<BodyRegion> primary = regions("primary-regions");
        CheckComboBox<BodyRegion> secondary = regions("secondary-regions");
        for (RegionLoad load : original.regions()) {
            BodyRegions.byId(load.regionId()).ifPresent(r ->
                    (load.weight() >= RegionLoad.PRIMARY ? primary : secondary).getCheckModel().check(r));
        }
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, Dialogs.label("Name", name), name);
        grid.addRow(1, Dialogs.label("Primary regions (1 set each)", primary), primary);
        grid.addRow(2, Dialogs.label("Secondary regions (½ set each)", secondary), secondary);
        grid.add(problem, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> {
            String p = name.getText().isBlank() ? "Name: expected the exercise's name"
                    : overlap(primary, secondary).map(r -> r.name() + " is both primary and secondary: choose one").orElse("");
            problem.setText(p);
            ok.setDisable(!p.isEmpty());
        };
        name.textProperty().addListener((o, a, b) -> check.run());
        primary.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<BodyRegion>) c -> check.run());
        secondary.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<BodyRegion>) c -> check.run());
        check.run();
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            List<RegionLoad> loads = new ArrayList<>();
            primary.getCheckModel().getCheckedItems().forEach(r -> loads.add(new RegionLoad(r.id(), RegionLoad.PRIMARY)));
            secondary.getCheckModel().getCheckedItems().forEach(r -> loads.add(new RegionLoad(r.id(), RegionLoad.SECONDARY)));
            return new Exercise(original.id(), name.getText().strip(), loads);
        });
        return dialog.showAndWait();
    }

    private static CheckComboBox<BodyRegion> regions(String id) {
        CheckComboBox<BodyRegion> box = new CheckComboBox<>();
        box.setId(id);
        box.getItems().setAll(BodyRegions.ALL);
        box.setPrefWidth(320);
        box.setConverter(new RegionConverter());
        return box;
    }

    private static Optional<BodyRegion> overlap(CheckComboBox<BodyRegion> a, CheckComboBox<BodyRegion> b) {
        return a.getCheckModel().getCheckedItems().stream().filter(b.getCheckModel().getCheckedItems()::contains).findFirst();
    }
}
