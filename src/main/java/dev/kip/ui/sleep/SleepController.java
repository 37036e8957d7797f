package dev.kip.ui.sleep;

import dev.kip.domain.Diary;
import dev.kip.domain.DiaryEntry;
import dev.kip.domain.DiaryUndo;
import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.NightTrust;
import dev.kip.domain.SleepSourcePrefs;
import dev.kip.insight.DurationFormat;
import dev.kip.insight.NightHistory;
import dev.kip.insight.ScoredNight;
import dev.kip.insight.SleepComparison;
import dev.kip.insight.SleepFigures;
import dev.kip.insight.SleepMetrics;
import dev.kip.insight.SleepSummary;
import dev.kip.insight.UsualNight;
import dev.kip.service.Change;
import dev.kip.service.Changes;
import dev.kip.service.JournalExecutor;
import dev.kip.service.SleepService;
import dev.kip.text.DateText;
import dev.kip.ui.common.Dialogs;
import dev.kip.ui.common.FirstFrame;
import dev.kip.ui.common.FocusOnShow;
import dev.kip.ui.common.ReloadOnChange;
import dev.kip.ui.common.SettingsModel;
import dev.kip.ui.common.ShownAgain;
import dev.kip.ui.common.UnsavedGuard;
import dev.kip.ui.common.UnsavedWork;
import dev.kip.ui.common.UncachedViewport;
import dev.kip.ui.common.WholeHeight;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/**
 * The Sleep view: the entry form, the summary card and the list of past nights. The diary is
 * loaded once and kept in memory: the newest nights for the first frame, the older ones once it is
 * laid out (FIRST_NIGHTS); each save, delete or undo writes one transaction
 * and updates the memory copy, so the list and summary never re-read 10 years of nights. The list
 * scores only the nights it shows ({@link NightHistory}); an edit that keeps the night's date
 * re-scores and replaces only the rows it reaches ({@link NightRows}).
 */
public final class SleepController implements ShownAgain, FocusOnShow, UnsavedWork {

    private final SleepService diary;
    private final JournalExecutor executor;
    private final SettingsModel settings;
    private final Changes changes;
    private final NavigableMap<LocalDate, Night> nights = new TreeMap<>();
    private final NavigableMap<LocalDate, Factors> factors = new TreeMap<>();
    private NightRows rows = new NightRows(NightHistory.of(List.of(), List.of()));
    private final Deque<DiaryUndo> undoStack = new ArrayDeque<>();
    private boolean loaded;
    private ReloadOnChange freshness;
    private UnsavedGuard guard;
    /** Counts the nights shown in the form: a save that finds it changed was overtaken by the person moving on. */
    private int shows;
    /**
     * Nights read for the first frame. The summary's two fortnights (at most 29 nights), the form's usual night
     * (the last 14) and the flags of a screenful of rows (each row looks back 14 days) lie within the newest 60;
     * reading them alone is a fraction of a millisecond, all of a 10-year diary about 17 ms.
     */
    private static final int FIRST_NIGHTS = 60;
    /** The view's content until the diary is first shown. */
    private List<Node> heldBack = List.of();
    private boolean initialized;
    private Diary readEarly;
    private Throwable readEarlyFailure;

    @FXML private HBox root;
    @FXML private NightFormController formController;
    @FXML private ScrollPane cards;
    @FXML private SummaryCard summary;
    @FXML private DeviceNightCard deviceNight;
    @FXML private Label listTitle;
    @FXML private Button undo;
    @FXML private Button delete;
    @FXML private TableView<ScoredNight> table;

    public SleepController(SleepService diary, JournalExecutor executor, SettingsModel settings, Changes changes) {
        this.diary = diary;
        this.executor = executor;
        this.settings = settings;
        this.changes = changes;
        // The newest nights are read while FXML builds the view, which shows nothing until they are in
        // (initialize); the older ones follow the first frame (showFirst).
        executor.submit(() -> diary.newest(FIRST_NIGHTS), this::firstRead, this::firstReadFailed);
    }

    @FXML
    private void initialize() {
        NightTableColumns.install(table);
        WholeHeight.install(cards);
        UncachedViewport.install(cards);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> delete.setDisable(now == null));
        guard = new UnsavedGuard(this, root);
        guard.watch(table.getSelectionModel(), row -> row.night().date().equals(formController.editing().orElse(null)),
                row -> edit(row.night().date()));
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                onDelete();
            }
        });
        KeyCombination undoKey = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        // Ctrl+Z undoes the last save or delete, even while a text field (with its own undo) has focus.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (undoKey.match(e) && !undoStack.isEmpty()) {
                e.consume();
                onUndo();
            }
        });
        formController.setStored(nights::containsKey);
        formController.setOnSave(this::save);
        formController.setOnEditStored(date -> {
            if (guard.mayLeave()) {
                edit(date);
            }
        });
        formController.setOnNew(() -> {
            if (guard.mayLeave()) {
                newEntry();
            }
        });
        deviceNight.setOnTrust(this::trust);
        deviceNight.setOnPrefs(prefs -> executor.submit(() -> {
            diary.sources().savePrefs(prefs);
            return prefs;
        }, p -> formController.editing().ifPresent(this::showDevice), this::failed));
        settings.settingsProperty().addListener((obs, was, now) -> refresh());
        // The diary is written here; an import is the one change made elsewhere. It reads the diary again.
        freshness = ReloadOnChange.of(changes, Set.of(Change.IMPORT), root, this::reload);
        // The form, cards and list join the view with the diary, in one pulse: shown before it, they took a
        // frame of their own, and the diary then styled, laid out and drew most of them again.
        heldBack = List.copyOf(root.getChildren());
        root.getChildren().clear();
        initialized = true;
        if (readEarly != null) {
            showFirst(readEarly);
        } else if (readEarlyFailure != null) {
            failed(readEarlyFailure);
        }
        readEarly = null;
        readEarlyFailure = null;
    }

    /** The first read's result, kept until the view's fields exist (a same-thread executor answers at once). */
    private void firstRead(Diary newest) {
        if (initialized) {
            showFirst(newest);
        } else {
            readEarly = newest;
        }
    }

    /** Shows the newest nights, then reads the older ones. */
    private void showFirst(Diary newest) {
        show(newest);
        if (!newest.nights().isEmpty()) {
            FirstFrame.afterNextLayout(root, () -> executor.submit(() -> diary.diaryBefore(newest.nights().get(0).date()), this::showOlder, this::olderNotRead));
        }
    }

    /** The nights before the first frame's join the list below them (the summary and form read only recent ones). */
    private void showOlder(Diary older) {
        if (!older.nights().isEmpty() || !older.factors().isEmpty()) {
            older.nights().forEach(n -> nights.put(n.date(), n));
            older.factors().forEach(f -> factors.put(f.date(), f));
            // They come after every row of the first frame: the selected row keeps its index and is selected again
            // without the scroll selectDate makes to a row not yet laid out; the summary reads only recent nights.
            int selected = table.getSelectionModel().getSelectedIndex();
            newRows();
            if (selected >= 0) {
                table.getSelectionModel().select(selected);
            }
        }
    }

    private void firstReadFailed(Throwable e) {
        if (initialized) {
            failed(e);
        } else {
            readEarlyFailure = e;
        }
    }

    private void showContent() {
        if (!heldBack.isEmpty()) {
            root.getChildren().setAll(heldBack);
            heldBack = List.of();
        }
    }

    private void reload() {
        executor.submit(diary::diary, all -> {
            nights.clear();
            factors.clear();
            undoStack.clear();
            show(all);
        }, this::failed);
    }

    /** Reads the diary again if an import changed it while the view was hidden. */
    @Override
    public void shownAgain() {
        freshness.shown();
    }

    @Override
    public void focusFirst() {
        if (loaded) {
            formController.focusFirstEmpty();
        }
    }

    private void show(Diary all) {
        showContent();
        all.nights().forEach(n -> nights.put(n.date(), n));
        all.factors().forEach(f -> factors.put(f.date(), f));
        loaded = true;
        refresh();
        LocalDate today = today();
        if (!guard.mayLeave()) {
            // An import read the diary again while the form held typing the person keeps: the form stays.
            formController.editing().ifPresent(this::selectDate);
        } else if (nights.containsKey(today)) {
            edit(today);
        } else {
            newEntry();
        }
    }

    /** True once the diary has been read and shown (for the benchmark and tests). */
    public boolean isLoaded() {
        return loaded;
    }

    /** Scores the list afresh (after loading, deleting, undoing or adding a date) and the summary. */
    private void refresh() {
        LocalDate selected = table.getSelectionModel().getSelectedItem() == null ? null
                : table.getSelectionModel().getSelectedItem().night().date();
        newRows();
        if (selected != null) {
            selectDate(selected);
        }
        refreshSummary();
    }

    private void newRows() {
        // With a row selected, new items make the table look that row up in all of them, scoring every night.
        table.getSelectionModel().clearSelection();
        rows = new NightRows(NightHistory.of(new ArrayList<>(nights.values()), new ArrayList<>(factors.values())));
        table.setItems(rows);
        listTitle.setText(String.format(Locale.ENGLISH, "Past nights (%,d)", rows.size()));
    }

    /** Puts an edited night that kept its date in place: only the rows it reaches change. */
    private void refreshEdited(DiaryEntry entry) {
        int selected = table.getSelectionModel().getSelectedIndex();
        table.getSelectionModel().clearSelection(); // as in refresh: the replaced row is not looked up
        rows.replace(entry.night(), factors.get(entry.date()));
        if (selected >= 0) {
            table.getSelectionModel().select(selected);
        }
        if (inSummary(entry.date())) {
            refreshSummary();
        } else {
            undo.setDisable(undoStack.isEmpty());
        }
    }

    /** Whether the summary reads the night of {@code date}: it looks back at most two fortnights. */
    private boolean inSummary(LocalDate date) {
        LocalDate today = today();
        return !date.isBefore(today.minusDays(2L * SleepSummary.FORTNIGHT_DAYS)) && !date.isAfter(today);
    }

    private void refreshSummary() {
        // The summary looks back at most two fortnights (flags of the oldest night of the fortnight).
        LocalDate today = today();
        LocalDate from = today.minusDays(2L * SleepSummary.FORTNIGHT_DAYS); // as inSummary
        summary.show(SleepSummary.of(new ArrayList<>(nights.subMap(from, true, today, true).values()),
                new ArrayList<>(factors.subMap(from, true, today, true).values()), today,
                settings.get().sleepTargetMin()), Optional.ofNullable(nights.get(today)));
        undo.setDisable(undoStack.isEmpty());
    }

    private void newEntry() {
        shows++;
        table.getSelectionModel().clearSelection();
        deviceNight.clear();
        LocalDate today = today();
        List<Night> recent = new ArrayList<>(nights.values());
        int from = Math.max(0, recent.size() - UsualNight.NIGHTS);
        formController.showNew(today, UsualNight.prefill(recent.subList(from, recent.size()), today));
    }

    private void edit(LocalDate date) {
        Night n = nights.get(date);
        if (n == null) {
            return;
        }
        shows++;
        formController.showStored(new DiaryEntry(n, factors.get(date)));
        selectDate(date);
        showDevice(date);
    }

    /** The device's record of the stored night of {@code date} beside the diary's, read on the journal thread. */
    private void showDevice(LocalDate date) {
        Night n = nights.get(date);
        if (n == null) {
            return;
        }
        executor.submit(() -> new DeviceSide(diary.sources().compare(n), diary.sources().trust(date), diary.sources().deviceSources(),
                diary.sources().prefs()), side -> {
            if (date.equals(formController.editing().orElse(null))) {
                deviceNight.show(side.comparison(), side.trust(), side.sources(), side.prefs());
            }
        }, this::failed);
    }

    /** What the device card shows for one night. */
    private record DeviceSide(Optional<SleepComparison> comparison, Optional<NightTrust> trust, List<String> sources,
                              SleepSourcePrefs prefs) {
    }

    private void trust(NightTrust choice) {
        formController.editing().ifPresent(date -> executor.submit(() -> {
            diary.sources().setTrust(date, choice);
            return date;
        }, d -> formController.setStatus(choice == null ? "The preference decides the night of " + DateText.day(d) + " again."
                : "For the night of " + DateText.day(d) + ", Trends and the summary use the "
                + (choice == NightTrust.DIARY ? "diary." : "device.")), this::failed));
    }

    private void selectDate(LocalDate date) {
        int i = rows.history().indexOf(date);
        if (i >= 0 && table.getSelectionModel().getSelectedIndex() != i) {
            table.getSelectionModel().select(i);
            if (!RowVisibility.shown(table, i)) {
                table.scrollTo(Math.max(0, i - 3));
            }
        }
    }

    private void save(DiaryEntry entry) {
        LocalDate original = formController.editing().orElse(null);
        int shown = shows;
        executor.submit(() -> original == null ? diary.add(entry) : diary.replace(original, entry), previous -> {
            boolean sameDate = previous.entries().keySet().equals(Set.of(entry.date()))
                    && rows.history().indexOf(entry.date()) >= 0;
            undoStack.push(previous);
            forget(previous);
            remember(entry);
            if (sameDate) {
                refreshEdited(entry);
            } else {
                refresh();
            }
            if (entry.date().equals(original)) {
                // The form shows what was just stored (clock fields tidy themselves as they lose the focus):
                // only the device card, which compares the diary's night with the device's, changes.
                showDevice(entry.date());
            } else if (shows == shown) {
                // Unless the person chose another night or a new one meanwhile, saving this on the way (UnsavedGuard).
                edit(entry.date());
            }
            SleepFigures f = SleepMetrics.of(entry.night());
            formController.setStatus(String.format(Locale.ENGLISH, "Saved %s: %s asleep, %.0f %%. Ctrl+Z undoes.",
                    DateText.day(entry.date()), DurationFormat.text(f.tstMin()), f.sePct()));
        }, this::failed);
    }

    @FXML
    private void onDelete() {
        ScoredNight row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        LocalDate date = row.night().date();
        if (!Dialogs.confirm(root.getScene().getWindow(), "Delete the night of " + DateText.day(date) + "?",
                "The night and its extras are removed from the journal. Ctrl+Z brings them back.", "Delete")) {
            return;
        }
        executor.submit(() -> diary.delete(date), previous -> {
            undoStack.push(previous);
            forget(previous);
            refresh();
            newEntry();
            formController.setStatus("Deleted the night of " + DateText.day(date) + ". Ctrl+Z undoes.");
        }, this::failed);
    }

    @FXML
    private void onUndo() {
        if (undoStack.isEmpty()) {
            return;
        }
        // What to undo is taken before asking about the typing the undone night replaces: saving it adds an undo of its own.
        DiaryUndo previous = undoStack.peek();
        if (!guard.mayLeave()) {
            return;
        }
        undoStack.removeFirstOccurrence(previous);
        executor.submit(() -> {
            diary.restore(previous);
            return previous;
        }, p -> {
            forget(p);
            p.entries().values().forEach(e -> e.ifPresent(this::remember));
            refresh();
            LocalDate back = p.entries().entrySet().stream().filter(e -> e.getValue().isPresent())
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (back == null) {
                newEntry();
            } else {
                edit(back);
            }
            formController.setStatus("Undone.");
        }, e -> {
            undoStack.push(previous);
            failed(e);
        });
    }

    private void forget(DiaryUndo previous) {
        for (LocalDate d : previous.entries().keySet()) {
            nights.remove(d);
            factors.remove(d);
        }
    }

    private void remember(DiaryEntry e) {
        nights.put(e.date(), e.night());
        if (!e.factors().isEmpty()) {
            factors.put(e.date(), e.factors());
        }
    }

    private LocalDate today() {
        return diary.today();
    }

    @Override
    public Optional<String> unsaved() {
        return formController.unsaved();
    }

    @Override
    public boolean saveUnsaved() {
        return formController.save();
    }

    /** Fails when the journal closed first (another one opened within a frame): the view has left the window then. */
    private void olderNotRead(Throwable e) {
        if (root.getScene() != null) {
            Dialogs.error(root.getScene().getWindow(), "The older nights could not be read", e);
        }
    }

    private void failed(Throwable e) {
        showContent();
        Dialogs.error(root.getScene() == null ? null : root.getScene().getWindow(), "The sleep diary could not be changed", e);
    }
}
