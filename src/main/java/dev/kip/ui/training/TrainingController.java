package dev.kip.ui.training;

import dev.kip.domain.Exercise;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Routine;
import dev.kip.domain.SessionPain;
import dev.kip.domain.Settings;
import dev.kip.domain.Workout;
import dev.kip.domain.WorkoutSummary;
import dev.kip.insight.ExerciseNames;
import dev.kip.insight.RecordEvent;
import dev.kip.service.Change;
import dev.kip.service.Changes;
import dev.kip.service.JournalExecutor;
import dev.kip.service.Plans;
import dev.kip.service.SaveResult;
import dev.kip.service.TrainingService;
import dev.kip.text.DateText;
import dev.kip.text.Plural;
import dev.kip.ui.common.Dialogs;
import dev.kip.ui.common.FirstFrame;
import dev.kip.ui.common.Notices;
import dev.kip.ui.common.ReloadOnChange;
import dev.kip.ui.common.SettingsModel;
import dev.kip.ui.common.ShownAgain;
import dev.kip.ui.common.UnsavedGuard;
import dev.kip.ui.common.UnsavedWork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * The Training view: the workout list (newest first, one query; a workout's sets load when it is
 * chosen) beside the workout editor, and the Lifts and Load tabs, built on first visit.
 */
public final class TrainingController implements ShownAgain, UnsavedWork {
    /**
     * Workout lines in the list's first frame; the rest follow right after it. Forty years hold ~8,000 workouts, whose
     * lines (set counts and exercise names, from every set) took longer to read than the rest of the view to build.
     */
    private static final int FIRST_LINES = 100;
    private static final KeyCombination NEW_WORKOUT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REPEAT_LAST = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    private final TrainingService service;
    private final JournalExecutor executor;
    private final SettingsModel settings;
    private final Changes changes;
    private final Map<Long, String> namesById = new LinkedHashMap<>();
    private List<Exercise> catalog = List.of();
    private ExerciseNames names = ExerciseNames.empty();
    private Plans plans = new Plans(List.of(), List.of());
    private int starting;
    private boolean saveWhenStarted;
    private WorkoutEditor editor;
    private LiftsPane lifts;
    private LoadPane load;
    private boolean selecting;
    private ReloadOnChange freshness;
    /** How many workouts the journal holds, which the list may not all show yet (its first frame has the newest). */
    private int workouts;
    private UnsavedGuard guard;
    /** Counts what the editor was asked to show: a save that finds it changed was overtaken by the person moving on. */
    private int shows;
    /**
     * The settings changed while the person kept typing in the editor, which reads and shows its units as it was
     * built: it is built for the new ones when it next shows something else ({@link #nextEditor()}).
     */
    private boolean editorOutdated;

    @FXML private TabPane tabs;
    @FXML private Tab liftsTab;
    @FXML private Tab loadTab;
    @FXML private StackPane liftsHolder;
    @FXML private StackPane loadHolder;
    @FXML private ListView<WorkoutSummary> workoutList;
    @FXML private Label workoutCount;
    @FXML private Button newWorkout;
    @FXML private ScrollPane editorScroll;

    public TrainingController(TrainingService service, JournalExecutor executor, SettingsModel settings, Changes changes) {
        this.service = service;
        this.executor = executor;
        this.settings = settings;
        this.changes = changes;
    }

    @FXML
    private void initialize() {
        workoutList.setCellFactory(l -> new WorkoutListCell());
        guard = new UnsavedGuard(this, tabs);
        // The list's own changes (a reload, a save's line) select the workout shown, or none: they open nothing.
        guard.watch(workoutList.getSelectionModel(), w -> selecting || Objects.equals(w.id(), editor.workoutId()), this::openChosen);
        buildEditor();
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> onTab(tab));
        settings.settingsProperty().addListener((o, a, b) -> onSettingsChanged());
        // Shown after the gym: the cursor waits in the first empty exercise field, ready to type
        // (here when the view is first shown, in shownAgain() each time after).
        tabs.sceneProperty().addListener((o, a, scene) -> focusFirstEmptyOnceLaidOut());
        tabs.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEW_WORKOUT.match(e)) {
                onNewWorkout();
                e.consume();
            } else if (REPEAT_LAST.match(e)) {
                repeat(null);
                e.consume();
            }
        });
        // Training writes workouts and exercises itself; an import is the one change made elsewhere.
        freshness = ReloadOnChange.of(changes, Set.of(Change.IMPORT), tabs, this::reload);
        executor.submit(this::newest, start -> {
            setCatalog(start.catalog());
            showList(start.summaries(), null);
            if (start.workouts() > start.summaries().size()) {
                showCount(start.workouts());
                FirstFrame.afterNextLayout(workoutList, () -> executor.submit(service::summaries, this::showOlder, this::failed));
            }
            editor.startNew();
            // A tab chosen before the catalog came (a quick click on Lifts) is filled now.
            onTab(tabs.getSelectionModel().getSelectedItem());
        }, this::failed);
    }

    /**
     * Every workout's line, read after the first frame showed the newest {@value #FIRST_LINES}: the older ones join
     * below them (nothing changed meanwhile, as the journal thread answers in order), else the list is shown anew,
     * its selection kept.
     */
    private void showOlder(List<WorkoutSummary> all) {
        List<WorkoutSummary> shown = workoutList.getItems();
        if (all.size() >= shown.size() && all.subList(0, shown.size()).equals(shown)) {
            shown.addAll(all.subList(shown.size(), all.size()));
            showCount(all.size());
        } else {
            WorkoutSummary selected = workoutList.getSelectionModel().getSelectedItem();
            showList(all, selected == null ? null : selected.id());
        }
    }

    /** After an import: the list, the catalog and the open tab read again; the workout being edited stays. */
    private void reload() {
        executor.submit(this::everything, start -> {
            setCatalog(start.catalog());
            WorkoutSummary selected = workoutList.getSelectionModel().getSelectedItem();
            showList(start.summaries(), selected == null ? null : selected.id());
            onTab(tabs.getSelectionModel().getSelectedItem());
        }, this::failed);
    }

    /** The view's first frame: the newest {@value #FIRST_LINES} workouts' lines, how many workouts there are, the catalog. */
    private Start newest() {
        List<WorkoutSummary> lines = service.newestSummaries(FIRST_LINES);
        return new Start(lines, lines.size() < FIRST_LINES ? lines.size() : service.workoutCount(), catalog());
    }

    /** Every workout's line and the catalog (after an import). */
    private Start everything() {
        List<WorkoutSummary> lines = service.summaries();
        return new Start(lines, lines.size(), catalog());
    }

    private Catalog catalog() {
        List<Exercise> all = service.catalog();
        return new Catalog(all, service.names(all), service.plans());
    }

    /** The workout lines shown, how many workouts the journal holds, and the catalog. */
    private record Start(List<WorkoutSummary> summaries, int workouts, Catalog catalog) {
    }

    /** The exercises, the names typed into the editor resolve against, and the plans (routines, recent names). */
    private record Catalog(List<Exercise> exercises, ExerciseNames names, Plans plans) {
    }

    private void buildEditor() {
        editorOutdated = false;
        editor = new WorkoutEditor(settings.get(), () -> names, this::lastTime, service::today);
        editor.save.setOnAction(e -> onSave());
        editor.delete.setOnAction(e -> onDelete());
        fillStartFrom();
        editorScroll.setContent(editor);
    }

    /** The sets of {@code exercise} (a catalog name) the last time before the workout; none for a new exercise. */
    private void lastTime(String exercise, LocalDate date, Long workoutId, Consumer<List<LiftSet>> then) {
        catalog.stream().filter(e -> e.name().equals(exercise)).findFirst().ifPresentOrElse(
                e -> executor.submit(() -> service.previous(e.id(), date, workoutId).map(Workout::sets).orElse(List.of()), then, this::failed),
                () -> then.accept(List.of()));
    }

    private void setCatalog(Catalog read) {
        setCatalog(read.exercises(), read.names());
        plans = read.plans();
        fillStartFrom();
    }

    private void setCatalog(List<Exercise> all, ExerciseNames typed) {
        catalog = all;
        names = typed;
        namesById.clear();
        all.forEach(e -> namesById.put(e.id(), e.name()));
    }

    private void showCount(int count) {
        workouts = count;
        workoutCount.setText(String.format(Locale.ENGLISH, "%,d", count));
    }

    private void showList(List<WorkoutSummary> summaries, Long select) {
        selecting = true;
        workoutList.getItems().setAll(summaries);
        showCount(summaries.size());
        if (select != null) {
            summaries.stream().filter(s -> s.id() == select).findFirst().ifPresent(s -> {
                workoutList.getSelectionModel().select(s);
                workoutList.scrollTo(s);
            });
        } else {
            workoutList.getSelectionModel().clearSelection();
        }
        selecting = false;
    }

    /** Opens the workout chosen in the list, its line selected (a save on the way may have selected its own). */
    private void openChosen(WorkoutSummary chosen) {
        selecting = true;
        workoutList.getSelectionModel().select(indexOf(workoutList.getItems(), chosen.id()));
        selecting = false;
        openWorkout(chosen.id());
    }

    private void openWorkout(long id) {
        shows++;
        executor.submit(() -> new Opened(service.workout(id), service.sessionPain(id).stream().findFirst().orElse(null)), opened -> {
            nextEditor().show(opened.workout(), namesById, Map.of());
            editor.showPain(opened.pain());
        }, this::failed);
    }

    /** A stored workout and the (first) pain felt during it, or null. */
    private record Opened(Workout workout, SessionPain pain) {
    }

    @FXML
    private void onNewWorkout() {
        if (!guard.mayLeave()) {
            return;
        }
        shows++;
        tabs.getSelectionModel().select(0);
        workoutList.getSelectionModel().clearSelection();
        nextEditor().startNew();
    }

    @Override
    public Optional<String> unsaved() {
        if (!editor.hasUnsavedTyping()) {
            return Optional.empty();
        }
        return Optional.of(editor.workoutId() == null ? "the new workout" : "your changes to this workout");
    }

    @Override
    public boolean saveUnsaved() {
        return onSave();
    }

    /** Saves the workout in the editor; false when it cannot be saved as it stands (the editor lists why). */
    private boolean onSave() {
        if (starting > 0) {
            saveWhenStarted = true;
            return true;
        }
        Optional<WorkoutEditor.Draft> valid = editor.validate();
        valid.ifPresent(draft -> {
            Settings s = settings.get();
            int shown = shows;
            // The catalog is read again only when the save added to it; the list changes by one line.
            executor.submit(() -> {
                SaveResult result = service.save(draft.header(), draft.exercises());
                // Only once the workout's id is known; a save without pain asks nothing more.
                if (draft.painChanged()) {
                    service.changeSessionPain(result.workout().id(), draft.painWas(), draft.pain());
                }
                List<Exercise> all = result.newExercises().isEmpty() ? null : service.catalog();
                return new Saved(result, all, all == null ? null : service.names(all), service.plans());
            }, saved -> {
                        if (saved.catalog() != null) {
                            setCatalog(saved.catalog(), saved.names());
                        }
                        if (!saved.plans().equals(plans)) { // its menu's items are rebuilt only when a name or routine is new
                            plans = saved.plans();
                            fillStartFrom();
                        }
                        Workout w = saved.result().workout();
                        if (shows != shown) {
                            // The person chose another workout or a new one, saving this on the way (UnsavedGuard): the
                            // editor and the list's selection stay on theirs.
                            putInList(WorkoutSummary.of(w, namesById), false);
                            return;
                        }
                        putInList(WorkoutSummary.of(w, namesById), true);
                        editor.saved(w, namesById, badges(saved.result().records()));
                        editor.showPain(draft.pain());
                        editor.showRecords(recordsText(saved.result(), s));
                        // The Lifts tab shows the catalog and the chosen lift's history again when it is next chosen (onTab).
                    }, this::failed);
        });
        return valid.isPresent();
    }

    /** A save's result, the catalog and its names when the save added to it (else null), and the plans (recent names). */
    private record Saved(SaveResult result, List<Exercise> catalog, ExerciseNames names, Plans plans) {
    }

    /**
     * The saved workout's line in place of its old one, in the list's order, selected when {@code select} (else the
     * selection stays on its line, or none); the other lines stay. A line that keeps its place (the usual save: same
     * date and start) is replaced where it is, neither shifting the selection nor scrolling, and only when it reads
     * differently (a weight changed, not the line).
     */
    private void putInList(WorkoutSummary line, boolean select) {
        selecting = true;
        List<WorkoutSummary> items = workoutList.getItems();
        WorkoutSummary chosen = workoutList.getSelectionModel().getSelectedItem();
        int was = indexOf(items, line.id());
        int at = was;
        boolean moved = !(was >= 0 && keepsPlace(items, was, line));
        if (!moved) {
            if (!items.get(was).equals(line)) { // a change of the items re-lays out every visible cell: none when it reads the same
                items.set(was, line);
            }
        } else {
            if (was >= 0) {
                items.remove(was);
            }
            at = Collections.binarySearch(items, line, WorkoutSummary.NEWEST_FIRST);
            at = at < 0 ? -at - 1 : at;
            items.add(at, line);
            if (was < 0) {
                showCount(workouts + 1); // one more, whether or not the older lines have joined the list yet
            }
        }
        if (select) {
            workoutList.getSelectionModel().select(at);
            if (moved) {
                workoutList.scrollTo(at);
            }
        } else if (chosen == null) {
            workoutList.getSelectionModel().clearSelection();
        } else {
            workoutList.getSelectionModel().select(indexOf(items, chosen.id()));
        }
        selecting = false;
    }

    private static int indexOf(List<WorkoutSummary> items, long id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code line} belongs at {@code i}, between the lines before and after it. */
    private static boolean keepsPlace(List<WorkoutSummary> items, int i, WorkoutSummary line) {
        return (i == 0 || WorkoutSummary.NEWEST_FIRST.compare(items.get(i - 1), line) < 0)
                && (i == items.size() - 1 || WorkoutSummary.NEWEST_FIRST.compare(line, items.get(i + 1)) < 0);
    }

    private static Map<WorkoutEditor.SetKey, String> badges(List<RecordEvent> records) {
        return records.stream().collect(Collectors.groupingBy(
                r -> new WorkoutEditor.SetKey(r.by().set().exerciseId(), r.by().set().order()), LinkedHashMap::new,
                Collectors.mapping(r -> RecordText.badge(r.kind()), Collectors.joining(", ", "Record: ", ""))));
    }

    /** The banner after a save: the records set, and exercises added to the catalog; null when neither. */
    private String recordsText(SaveResult r, Settings s) {
        List<String> parts = new ArrayList<>();
        if (!r.records().isEmpty()) {
            parts.add("New record" + (r.records().size() == 1 ? "" : "s") + "! " + r.records().stream()
                    .map(e -> namesById.get(e.by().set().exerciseId()) + ": " + RecordText.describe(e, s))
                    .collect(Collectors.joining("; ")));
        }
        if (!r.newExercises().isEmpty()) {
            parts.add("Added to your catalog: " + r.newExercises().stream().map(Exercise::name).collect(Collectors.joining(", "))
                    + ". Say which body regions " + (r.newExercises().size() == 1 ? "it loads" : "they load") + " under Lifts › Edit.");
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    /**
     * The Start from menu: repeat the last workout (Ctrl+R) or the last of a recent name, start a
     * routine, save the workout shown as a routine, add or edit a routine.
     */
    private void fillStartFrom() {
        List<MenuItem> items = new ArrayList<>();
        MenuItem last = item("Repeat last workout (Ctrl+R)", "repeat-last", () -> repeat(null));
        last.disableProperty().bind(Bindings.isEmpty(workoutList.getItems()));
        items.add(last);
        plans.recentNames().forEach(n -> items.add(item("Repeat last " + n, null, () -> repeat(n))));
        if (!plans.routines().isEmpty()) {
            items.add(new SeparatorMenuItem());
            plans.routines().forEach(r -> items.add(item("Start " + r.name() + " (" + Plural.of(r.exercises().size(), "exercise") + ")",
                    null, () -> begin(() -> Optional.of(service.start(r))))));
        }
        items.add(new SeparatorMenuItem());
        MenuItem save = item("Save this workout as a routine…", "save-as-routine", this::onSaveAsRoutine);
        save.disableProperty().bind(editor.workoutIdProperty().isNull());
        items.add(save);
        items.add(item("New routine…", "new-routine", () -> editRoutine(new Routine(null, "", List.of()))));
        Menu edit = new Menu("Edit a routine");
        edit.setId("edit-routine");
        plans.routines().forEach(r -> edit.getItems().add(item(r.name(), null, () -> editRoutine(r))));
        edit.setDisable(plans.routines().isEmpty());
        items.add(edit);
        editor.startFrom.getItems().setAll(items);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Repeats the newest workout called {@code name} (the newest of all when null) as a new workout for today. */
    private void repeat(String name) {
        begin(() -> service.repeat(name));
    }

    /**
     * Fills the form with a new workout read on the journal thread. A save asked for meanwhile (a
     * quick Ctrl+R, Ctrl+S while the journal is busy) waits for it rather than save the empty form.
     */
    private void begin(Callable<Optional<Workout>> read) {
        if (!guard.mayLeave()) {
            return;
        }
        starting++;
        executor.submit(read, found -> {
            starting--;
            found.ifPresent(this::startFrom);
            if (starting == 0 && saveWhenStarted) {
                saveWhenStarted = false;
                onSave();
            }
        }, e -> {
            starting--;
            saveWhenStarted = false;
            failed(e);
        });
    }

    private void startFrom(Workout w) {
        shows++;
        tabs.getSelectionModel().select(0);
        workoutList.getSelectionModel().clearSelection();
        nextEditor().startFrom(w, namesById);
    }

    private void onSaveAsRoutine() {
        Long id = editor.workoutId();
        if (id == null) {
            return;
        }
        TextInputDialog ask = new TextInputDialog(editor.workoutName());
        ask.initOwner(window());
        ask.setTitle("Save as a routine");
        ask.setHeaderText("Save this workout's exercises, sets × reps and weights as a routine");
        ask.setContentText("Routine name");
        ask.getEditor().setId("routine-name");
        ask.getEditor().setAccessibleText("Routine name");
        ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).disableProperty().bind(ask.getEditor().textProperty().isEmpty());
        ask.showAndWait().map(String::strip).filter(n -> !n.isEmpty()).ifPresent(name -> executor.submit(() -> {
            service.saveRoutineFrom(id, name);
            return service.plans();
        }, p -> showPlans(p, "Saved the routine '" + name + "'. Start it from Start from."), this::failed));
    }

    private void editRoutine(Routine r) {
        RoutineDialog.edit(window(), r, catalog, names, settings.get()).ifPresent(outcome -> {
            if (outcome instanceof RoutineDialog.Save save) {
                executor.submit(() -> {
                    service.saveRoutine(save.routine());
                    return service.plans();
                }, p -> showPlans(p, "Saved the routine '" + save.routine().name() + "'."), this::failed);
            } else if (outcome instanceof RoutineDialog.Delete delete && Dialogs.confirm(window(), "Delete this routine?",
                    "The routine '" + r.name() + "' will be removed. Workouts started from it stay.", "Delete routine")) {
                executor.submit(() -> {
                    service.deleteRoutine(delete.id());
                    return service.plans();
                }, p -> showPlans(p, "Deleted the routine '" + r.name() + "'."), this::failed);
            }
        });
    }

    private void showPlans(Plans p, String done) {
        plans = p;
        fillStartFrom();
        Notices.info(window(), "Routines", done);
    }

    private void onDelete() {
        Long id = editor.workoutId();
        if (id == null || !Dialogs.confirm(window(), "Delete this workout?",
                "The workout of " + DateText.day(editor.date.getValue()) + " and all its sets will be removed from the journal.", "Delete workout")) {
            return;
        }
        executor.submit(() -> {
            service.delete(id);
            return service.summaries();
        }, summaries -> {
            showList(summaries, null);
            nextEditor().startNew();
        }, this::failed);
    }

    private void onTab(Tab tab) {
        if (tab == liftsTab) {
            if (lifts == null) {
                lifts = new LiftsPane(service, executor, settings, this::reloadCatalog);
                liftsHolder.getChildren().setAll(lifts);
            }
            lifts.showCatalog(catalog, catalog.isEmpty() ? null : mostTrained());
        } else if (tab == loadTab) {
            if (load == null) {
                load = new LoadPane();
                loadHolder.getChildren().setAll(load);
            }
            executor.submit(() -> service.load(service.today()), load::show, this::failed);
        }
    }

    /** The exercise of the newest workout's first set, so the Lifts tab opens on something relevant. */
    private Long mostTrained() {
        WorkoutSummary newest = workoutList.getItems().isEmpty() ? null : workoutList.getItems().get(0);
        if (newest == null || newest.exercises().isEmpty()) {
            return catalog.get(0).id();
        }
        String first = newest.exercises().split(", ")[0];
        return catalog.stream().filter(e -> e.name().equals(first)).map(Exercise::id).findFirst().orElse(catalog.get(0).id());
    }

    private void reloadCatalog() {
        executor.submit(this::catalog, this::setCatalog, this::failed);
    }

    private void onSettingsChanged() {
        // The editor is built again for the new units, showing what it showed as stored: typing is asked about first.
        if (guard.mayLeave()) {
            Long id = editor.workoutId();
            buildEditor();
            if (id != null) {
                openWorkout(id);
            } else {
                editor.startNew();
            }
        } else {
            editorOutdated = true;
        }
        if (lifts != null && lifts.exercises.getSelectionModel().getSelectedItem() != null) {
            lifts.open(lifts.exercises.getSelectionModel().getSelectedItem());
        }
    }

    /** The editor to show something else in: built again first when the settings changed under typing kept. */
    private WorkoutEditor nextEditor() {
        if (editorOutdated) {
            buildEditor();
        }
        return editor;
    }

    private Window window() {
        return tabs.getScene() == null ? null : tabs.getScene().getWindow();
    }

    private void failed(Throwable e) {
        Dialogs.error(window(), "Training", e);
    }

    @Override
    public void shownAgain() {
        freshness.shown();
        focusFirstEmptyOnceLaidOut();
    }

    /** After the next layout: a focus asked for sooner went back to the navigation (seen in ShellTest). */
    private void focusFirstEmptyOnceLaidOut() {
        if (tabs.getScene() != null) {
            FirstFrame.then(tabs.getScene(), editor::focusFirstEmpty);
        }
    }
}
