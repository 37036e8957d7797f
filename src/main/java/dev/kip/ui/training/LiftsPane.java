package dev.kip.ui.training;

import atlantafx.base.theme.Styles;
import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.Exercise;
import dev.kip.domain.ExerciseMerge;
import dev.kip.domain.RegionLoad;
import dev.kip.domain.Settings;
import dev.kip.insight.Best;
import dev.kip.insight.CurrentBests;
import dev.kip.insight.DatedSet;
import dev.kip.insight.E1rm;
import dev.kip.service.ExerciseProgress;
import dev.kip.service.JournalExecutor;
import dev.kip.service.TrainingService;
import dev.kip.text.DateText;
import dev.kip.text.Plural;
import dev.kip.ui.chart.TimeChart;
import dev.kip.ui.chart.TimeData;
import dev.kip.ui.common.ColumnFit;
import dev.kip.ui.common.Dialogs;
import dev.kip.ui.common.SettingsModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Lifts tab: the exercise catalog (filter, add, edit) beside one exercise's history: e1RM per
 * session over time, its records and its best sets.
 */
final class LiftsPane extends BorderPane {
    private static final int MOST_REPS_ROWS = 6;

    /** One line of the records or best-sets table. */
    record Line(String what, String set, LocalDate date) {
    }

    final ListView<Exercise> exercises = new ListView<>();
    final TextField filter = new TextField();
    final Label title = new Label();
    final Label regions = new Label();
    final Label confidence = new Label();
    final TimeChart chart = new TimeChart();
    final TableView<Line> records = table("records-table", "Record", 180, "Most reps at 102.5 kg: 10", "Records");
    final Label merged = new Label();
    final Button undoMerge = new Button("Undo", new FontIcon(Feather.ROTATE_CCW));
    final TableView<Line> bestSets = table("best-sets-table", "Best e1RM", 100, "102.5 kg", "Best e1RM by session");
    private final ObservableList<Exercise> catalog = FXCollections.observableArrayList();
    private final TrainingService service;
    private final JournalExecutor executor;
    private final SettingsModel settings;
    private final Runnable onCatalogChanged;

    LiftsPane(TrainingService service, JournalExecutor executor, SettingsModel settings, Runnable onCatalogChanged) {
        this.service = service;
        this.executor = executor;
        this.settings = settings;
        this.onCatalogChanged = onCatalogChanged;
        setId("lifts-pane");
        getStyleClass().add("lifts-pane");
        FilteredList<Exercise> filtered = new FilteredList<>(catalog);
        filter.setPromptText("Find an exercise");
        filter.setAccessibleText("Find an exercise");
        filter.textProperty().addListener((o, a, b) -> filtered.setPredicate(e -> b == null || b.isBlank()
                || e.name().toLowerCase(Locale.ROOT).contains(b.strip().toLowerCase(Locale.ROOT))));
        exercises.setItems(filtered);
        exercises.setId("exercise-list");
        exercises.setAccessibleText("Exercises");
        exercises.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Exercise e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.name());
            }
        });
        // A filter that leaves the shown exercise out clears its details, rather than leave them under another list.
        exercises.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null) {
                open(e);
            } else {
                clearDetail();
            }
        });
        // Down (or Enter) in the search box takes the first match, and the list goes on from there.
        filter.setOnKeyPressed(k -> {
            if ((k.getCode() == KeyCode.DOWN || k.getCode() == KeyCode.ENTER) && !filtered.isEmpty()) {
                if (!filtered.contains(exercises.getSelectionModel().getSelectedItem())) {
                    exercises.getSelectionModel().select(0);
                }
                exercises.scrollTo(exercises.getSelectionModel().getSelectedIndex());
                exercises.requestFocus();
                k.consume();
            }
        });
        Button add = new Button("New", new FontIcon(Feather.PLUS));
        add.setId("new-exercise");
        add.setOnAction(e -> edit(new Exercise(null, "", List.of())));
        Button edit = new Button("Edit", new FontIcon(Feather.EDIT_2));
        edit.setId("edit-exercise");
        edit.disableProperty().bind(exercises.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(exercises.getSelectionModel().getSelectedItem()));
        Button merge = new Button("Merge into…", new FontIcon(Feather.GIT_MERGE));
        merge.setId("merge-exercise");
        merge.setAccessibleText("Merge the chosen exercise into another");
        merge.disableProperty().bind(edit.disableProperty());
        merge.setOnAction(e -> merge(exercises.getSelectionModel().getSelectedItem()));
        // Whole buttons that wrap to a second row in the narrow column, rather than shrink to "…".
        FlowPane buttons = new FlowPane(8, 8, add, edit, merge);
        for (Button b : List.of(add, edit, merge)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox left = new VBox(8, filter, exercises, buttons);
        VBox.setVgrow(exercises, Priority.ALWAYS);
        left.setPrefWidth(240);
        left.setPadding(new Insets(0, 16, 0, 0));
        setLeft(left);

        // A merge stays undoable from here until the next one, so a wrong mapping is never permanent.
        undoMerge.setId("undo-merge");
        undoMerge.setAccessibleText("Undo the merge");
        merged.setWrapText(true);
        HBox undoBar = new HBox(12, merged, undoMerge);
        undoBar.getStyleClass().add("merge-undo-bar");
        undoBar.setAlignment(Pos.CENTER_LEFT);
        undoBar.visibleProperty().bind(merged.textProperty().isNotEmpty());
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        setTop(undoBar);

        title.getStyleClass().add(Styles.TITLE_3);
        regions.getStyleClass().add("text-muted");
        regions.setWrapText(true);
        confidence.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
        chart.setId("e1rm-chart");
        chart.setMinHeight(240);
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox tables = new HBox(16, records, bestSets);
        HBox.setHgrow(records, Priority.ALWAYS);
        records.setPrefWidth(405);
        bestSets.setPrefWidth(330);
        bestSets.setMinWidth(345);
        tables.setPrefHeight(230);
        tables.setMinHeight(180);
        VBox detail = new VBox(8, title, regions, chart, confidence, tables);
        detail.setAlignment(Pos.TOP_LEFT);
        setCenter(detail);
    }

    private static TableView<Line> table(String id, String firstColumn, double firstWidth, String widestFirst, String name) {
        TableView<Line> t = new TableView<>();
        t.setId(id);
        t.setAccessibleText(name);
        t.getColumns().add(column(firstColumn, Line::what, firstWidth));
        t.getColumns().add(column("Set", Line::set, 100));
        TableColumn<Line, String> date = column("Date", l -> l.date() == null ? "" : DateText.day(l.date()), 130);
        date.setMinWidth(130);
        t.getColumns().add(date);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnFit.widest(t.getColumns().get(0), widestFirst);
        ColumnFit.widest(t.getColumns().get(1), "102.5 kg × 10");
        ColumnFit.widest(t.getColumns().get(2), "Wed 30 Sep 2026");
        ColumnFit.install(t);
        t.setPlaceholder(new Label("Nothing logged yet"));
        return t;
    }

    private static TableColumn<Line, String> column(String title, Function<Line, String> value, double width) {
        TableColumn<Line, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 100));
        c.setSortable(false);
        return c;
    }

    /** Shows the catalog, keeping the selected exercise (or choosing {@code preferred} when none is). */
    void showCatalog(List<Exercise> all, Long preferred) {
        Exercise selected = exercises.getSelectionModel().getSelectedItem();
        Long keep = selected != null ? selected.id() : preferred;
        catalog.setAll(all);
        if (keep != null) {
            all.stream().filter(e -> e.id().equals(keep)).findFirst().ifPresent(e -> {
                exercises.getSelectionModel().select(e);
                exercises.scrollTo(e);
            });
        }
    }

    private void clearDetail() {
        title.setText("");
        regions.setText("Pick an exercise from the list to see its history.");
        confidence.setText("");
        chart.show(TimeData.nothing());
        records.getItems().clear();
        bestSets.getItems().clear();
    }

    /** Loads and shows one exercise's history. */
    void open(Exercise e) {
        Settings s = settings.get();
        title.setText(e.name());
        regions.setText(e.regions().isEmpty() ? "No body regions set: use Edit to say which regions it loads."
                : regionsText(e.regions(), RegionLoad.PRIMARY, "Primary: ") + regionsText(e.regions(), RegionLoad.SECONDARY, " · Secondary: "));
        executor.submit(() -> service.progress(e.id()), p -> {
            // Only if it is still the exercise chosen: the person may have moved on while it loaded.
            if (e.equals(exercises.getSelectionModel().getSelectedItem())) {
                show(e.name(), p, s);
            }
        },
                err -> Dialogs.error(getScene().getWindow(), "The history could not be loaded", err));
    }

    /** The areas loaded at {@code weight}, each named once for both sides ("Glutes", not "Left glutes, Right glutes"). */
    private static String regionsText(List<RegionLoad> loads, double weight, String prefix) {
        String areas = loads.stream().filter(r -> r.weight() == weight)
                .map(r -> BodyRegions.byId(r.regionId()).map(BodyRegion::area).orElse(r.regionId()))
                .distinct().collect(Collectors.joining(", "));
        return areas.isEmpty() ? "" : prefix + areas;
    }

    void show(String exercise, ExerciseProgress p, Settings s) {
        chart.show(E1rmChartData.of(exercise, p.sessions(), s));
        long loose = p.sessions().stream().filter(x -> E1rm.isLowConfidence(x.reps())).count();
        confidence.setText(Plural.of(p.sessions().size(), "session") + "; warm-ups never count"
                + (loose == 0 ? "." : "; " + loose + " with a best set over 12 reps carry a grey dot: low confidence."));
        records.getItems().setAll(recordLines(p.bests(), s));
        List<Line> best = new ArrayList<>();
        for (DatedSet d : p.bestSets()) {
            double e1rm = E1rm.of(d.set(), s.e1rmFormula()).orElse(0);
            best.add(new Line(RecordText.kg(e1rm, s) + (E1rm.isLowConfidence(d.set().reps()) ? " (low confidence)" : ""),
                    setText(d.set().weightKg(), d.set().reps(), s), d.date()));
        }
        bestSets.getItems().setAll(best);
    }

    private static List<Line> recordLines(CurrentBests b, Settings s) {
        List<Line> lines = new ArrayList<>();
        b.heaviestSet().ifPresent(x -> lines.add(line("Heaviest weight " + RecordText.kg(x.value(), s), x, s)));
        b.bestE1rmSet().ifPresent(x -> lines.add(line("Best e1RM " + RecordText.kg(x.value(), s), x, s)));
        b.mostRepsByWeight().descendingMap().values().stream().limit(MOST_REPS_ROWS).forEach(x ->
                lines.add(line("Most reps at " + RecordText.kg(x.weightKg(), s) + ": " + (int) x.value(), x, s)));
        return lines;
    }

    private static Line line(String what, Best b, Settings s) {
        return new Line(what, setText(b.weightKg(), b.reps(), s), b.date());
    }

    private static String setText(Double kg, Integer reps, Settings s) {
        return (kg == null ? "—" : RecordText.kg(kg, s)) + " × " + (reps == null ? "—" : reps);
    }

    private void edit(Exercise e) {
        ExerciseDialog.edit(getScene().getWindow(), e).ifPresent(changed -> executor.submit(() -> service.saveExercise(changed),
                saved -> reloadCatalog(saved.id()),
                err -> Dialogs.error(getScene().getWindow(), "The exercise was not saved", err)));
    }

    /**
     * Reloads the catalog and shows exercise {@code id}: the selection is dropped first so that it
     * wins, and the filter so that it is in the list.
     */
    private void reloadCatalog(long id) {
        exercises.getSelectionModel().clearSelection();
        filter.clear();
        executor.submit(service::catalog, all -> {
            showCatalog(all, id);
            onCatalogChanged.run();
        }, err -> Dialogs.error(getScene().getWindow(), "The catalog could not be loaded", err));
    }

    /** Asks which exercise {@code from} goes into, says plainly what moves, merges, and offers Undo. */
    private void merge(Exercise from) {
        List<String> names = catalog.stream().map(Exercise::name).toList();
        ChoiceDialog<String> pick = new ChoiceDialog<>(null, names);
        pick.initOwner(getScene().getWindow());
        pick.setTitle("Merge exercise");
        pick.setHeaderText("Merge '" + from.name() + "' into which exercise?");
        pick.setContentText("Merge into");
        pick.getDialogPane().setId("merge-dialog");
        pick.getDialogPane().lookup(".combo-box").setAccessibleText("Merge into");
        Exercise into = pick.showAndWait().flatMap(n -> catalog.stream().filter(e -> e.name().equals(n)).findFirst()).orElse(null);
        if (into == null) {
            return;
        }
        if (into.id().equals(from.id())) {
            Dialogs.error(getScene().getWindow(), "Nothing to merge", "'" + from.name() + "' cannot be merged into itself: pick another exercise.");
            return;
        }
        executor.submit(() -> service.progress(from.id()).sessions().size(), sessions -> {
            String what = "Move " + Plural.of(sessions, "session") + " of '" + from.name() + "' into '" + into.name() + "'; '"
                    + from.name() + "' becomes a name " + into.name() + " is also known as. Records are worked out again; you can undo this.";
            if (Dialogs.confirm(getScene().getWindow(), "Merge '" + from.name() + "' into '" + into.name() + "'?", what, "Merge")) {
                executor.submit(() -> service.merge(from.id(), into.id()), done -> {
                    offerUndo(done, from.name(), into.name());
                    reloadCatalog(into.id());
                }, err -> Dialogs.error(getScene().getWindow(), "The exercises were not merged", err));
            }
        }, err -> Dialogs.error(getScene().getWindow(), "The history could not be loaded", err));
    }

    private void offerUndo(ExerciseMerge done, String from, String into) {
        merged.setText("Merged '" + from + "' into '" + into + "'.");
        undoMerge.setOnAction(e -> executor.submit(() -> {
            service.undoMerge(done);
            return done.removed().id();
        }, back -> {
            merged.setText("");
            reloadCatalog(back);
        }, err -> Dialogs.error(getScene().getWindow(), "The merge was not undone", err)));
    }
}
