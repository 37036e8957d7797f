package dev.kip.ui.settings;

import dev.kip.domain.Settings;
import dev.kip.service.JournalExecutor;
import dev.kip.service.SettingsService;
import dev.kip.ui.common.Dialogs;
import dev.kip.ui.common.SettingsModel;
import dev.kip.ui.common.Themes;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Settings (Ctrl+,): units, clock, sleep target, e1RM formula, report name, theme and paper; stored in the journal. */
public final class SettingsDialog {
    private final SettingsModel model;
    private final SettingsService store;
    private final JournalExecutor executor;

    public SettingsDialog(SettingsModel model, SettingsService store, JournalExecutor executor) {
        this.model = model;
        this.store = store;
        this.executor = executor;
    }

    public void show(Window owner) {
        Settings s = model.get();
        ChoiceBox<Settings.MassUnit> mass = choice(Settings.MassUnit.values(), s.massUnit(), u -> u == Settings.MassUnit.KG ? "kg" : "lb");
        ChoiceBox<Settings.TempUnit> temp = choice(Settings.TempUnit.values(), s.tempUnit(), u -> u == Settings.TempUnit.C ? "°C" : "°F");
        ChoiceBox<Boolean> clock = choice(new Boolean[] {true, false}, s.clock24(), b -> b ? "24-hour (23:15)" : "12-hour (11:15 pm)");
        Spinner<Double> target = new Spinner<>(5.0, 11.0, s.sleepTargetMin() / 60.0, 0.25);
        target.setEditable(true);
        ChoiceBox<Settings.E1rmFormula> formula = choice(Settings.E1rmFormula.values(), s.e1rmFormula(),
                f -> f == Settings.E1rmFormula.EPLEY ? "Epley (default)" : "Brzycki");
        ChoiceBox<Double> step = choice(new Double[] {0.1, 0.25, 0.5}, s.weightStep(), d -> "to " + d);
        TextField name = new TextField(s.reportName());
        name.setPromptText("optional, printed on reports");
        ChoiceBox<Settings.Theme> theme = choice(Settings.Theme.values(), s.theme(), t -> t == Settings.Theme.LIGHT ? "Light" : "Dark");
        theme.setId("settings-theme");
        ChoiceBox<Settings.Paper> paper = choice(Settings.Paper.values(), s.paper(), p -> p == Settings.Paper.A4 ? "A4" : "Letter");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        int row = 0;
        grid.addRow(row++, Dialogs.label("Weights in", mass), mass);
        grid.addRow(row++, Dialogs.label("Round weights", step), step);
        grid.addRow(row++, Dialogs.label("Temperatures in", temp), temp);
        grid.addRow(row++, Dialogs.label("Clock", clock), clock);
        grid.addRow(row++, Dialogs.label("Sleep target (hours)", target), target);
        grid.addRow(row++, Dialogs.label("e1RM formula", formula), formula);
        grid.addRow(row++, Dialogs.label("Name on reports", name), name);
        grid.addRow(row++, Dialogs.label("Theme", theme), theme);
        grid.addRow(row, Dialogs.label("Paper", paper), paper);

        Dialog<Settings> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Settings");
        dialog.setHeaderText("Settings for this journal");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b != ButtonType.OK ? null : new Settings(mass.getValue(), temp.getValue(), clock.getValue(),
                (int) Math.round(target.getValue() * 60), formula.getValue(), name.getText().strip(), theme.getValue(),
                paper.getValue(), step.getValue()));
        dialog.showAndWait().ifPresent(this::apply);
    }

    private void apply(Settings updated) {
        executor.submit(() -> {
            store.save(updated);
            return updated;
        }, saved -> {
            Themes.apply(saved.theme());
            model.settingsProperty().set(saved);
        }, e -> Dialogs.error(null, "Settings were not saved", e));
    }

    private static <T> ChoiceBox<T> choice(T[] values, T selected, java.util.function.Function<T, String> label) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().addAll(values);
        box.setValue(selected);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
