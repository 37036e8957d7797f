package dev.kip.ui.report;

import dev.kip.domain.Appointment;
import dev.kip.domain.Settings.Paper;
import dev.kip.report.ReportModel;
import dev.kip.report.ReportRequest;
import dev.kip.report.ReportSection;
import dev.kip.service.Change;
import dev.kip.service.Changes;
import dev.kip.service.JournalExecutor;
import dev.kip.service.ReportService;
import dev.kip.service.ReportService.Preview;
import dev.kip.text.DateText;
import dev.kip.ui.common.DayConverter;
import dev.kip.ui.common.Dialogs;
import dev.kip.ui.common.ReloadOnChange;
import dev.kip.ui.common.SettingsModel;
import dev.kip.ui.common.ShownAgain;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The physiotherapist summary: choose the days (or "since the last appointment"), sections and paper,
 * the question and treatment notes to print under the header, see the pages as they will print, then
 * save a PDF or print it. The appointments are recorded here too. Every build, render, save and print runs off the FX thread;
 * a preview that a newer choice overtook is dropped.
 */
public final class ReportController implements ShownAgain {

    private static final float PREVIEW_DPI = 96;

    private final ReportService service;
    private final SettingsModel settings;
    private final JournalExecutor executor;
    private final Changes changes;
    /** Printing waits for the person in the print dialog, so it has a thread of its own. */
    private JournalExecutor printing;
    private ReloadOnChange freshness;
    private int generation;
    private boolean adjusting;
    private ReportModel current;
    /** The last appointment before today: where "since the last appointment" starts. */
    private Optional<Appointment> lastAppointment = Optional.empty();
    /** The notes as last saved, so that leaving a field unchanged writes nothing. */
    private ReportService.Notes savedNotes = new ReportService.Notes("", "");

    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private TextField nameField;
    @FXML private TextField questionField;
    @FXML private TextField treatmentField;
    @FXML private Button sinceAppointmentButton;
    @FXML private ListView<Appointment> appointmentList;
    @FXML private DatePicker appointmentDate;
    @FXML private TextField appointmentNote;
    @FXML private Button deleteAppointmentButton;
    @FXML private ComboBox<Paper> paperBox;
    @FXML private CheckBox bodyBox;
    @FXML private CheckBox sleepBox;
    @FXML private CheckBox trainingBox;
    @FXML private CheckBox recoveryBox;
    @FXML private CheckBox notesBox;
    @FXML private Button saveButton;
    @FXML private Button printButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label status;
    @FXML private VBox pages;

    public ReportController(ReportService service, SettingsModel settings, JournalExecutor executor, Changes changes) {
        this.service = service;
        this.settings = settings;
        this.executor = executor;
        this.changes = changes;
    }

    @FXML
    private void initialize() {
        paperBox.getItems().setAll(Paper.values());
        paperBox.setValue(settings.get().paper());
        nameField.setText(settings.get().reportName());
        toDate.setValue(service.today()); // the last 90 days; the listeners below are not there yet, so no preview
        fromDate.setValue(service.today().minusDays(89));
        for (CheckBox box : List.of(bodyBox, sleepBox, trainingBox, recoveryBox, notesBox)) {
            box.selectedProperty().addListener((o, was, now) -> refresh());
        }
        for (DatePicker picker : List.of(fromDate, toDate, appointmentDate)) {
            DayConverter.install(picker);
        }
        fromDate.valueProperty().addListener((o, was, now) -> refresh());
        toDate.valueProperty().addListener((o, was, now) -> refresh());
        paperBox.valueProperty().addListener((o, was, now) -> refresh());
        nameField.setOnAction(e -> refresh());
        nameField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                refresh();
            }
        });
        for (TextField notes : List.of(questionField, treatmentField)) {
            notes.setOnAction(e -> saveNotes());
            notes.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    saveNotes();
                }
            });
        }
        appointmentList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Appointment a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : DateText.day(a.date()) + (a.note().isBlank() ? "" : " — " + a.note()));
            }
        });
        appointmentList.setPlaceholder(new Label("Reading the appointments…"));
        appointmentList.getSelectionModel().selectedItemProperty().addListener(
                (o, was, now) -> deleteAppointmentButton.setDisable(now == null));
        appointmentList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                onDeleteAppointment();
            }
        });
        appointmentDate.setValue(service.today());
        // The preview shows everything but the views' remembered choices.
        freshness = ReloadOnChange.of(changes, EnumSet.of(Change.NIGHTS, Change.BODY, Change.WORKOUTS, Change.EXERCISES,
                Change.SETTINGS, Change.PHYSIO), pages, this::reloadAll);
        freshness.firstLoadWhenShown();
    }

    private void reloadAll() {
        loadNotesAndAppointments();
        refresh();
    }

    /** The saved question and treatment notes into their fields (unless the person is typing there), and the appointments. */
    private void loadNotesAndAppointments() {
        executor.submit(() -> new Saved(service.savedNotes(), service.appointments(), service.lastAppointmentBefore(service.today())),
                saved -> {
                    boolean notesChanged = !saved.notes().equals(savedNotes);
                    savedNotes = saved.notes();
                    if (!questionField.isFocused() && !treatmentField.isFocused()) {
                        questionField.setText(savedNotes.question());
                        treatmentField.setText(savedNotes.treatment());
                    }
                    appointmentList.setPlaceholder(new Label("No appointments recorded."));
                    appointmentList.getItems().setAll(saved.appointments());
                    lastAppointment = saved.last();
                    sinceAppointmentButton.setDisable(lastAppointment.isEmpty());
                    sinceAppointmentButton.setText(lastAppointment.map(a -> "Since the appointment of " + DateText.day(a.date()))
                            .orElse("Since the last appointment"));
                    if (notesChanged) {
                        refresh();
                    }
                }, problem -> status.setText("The appointments could not be read: " + Dialogs.messageOf(problem)));
    }

    private record Saved(ReportService.Notes notes, List<Appointment> appointments, Optional<Appointment> last) {
    }

    /** Keeps the question and treatment notes for the next summary and shows them in the preview. */
    private void saveNotes() {
        ReportService.Notes typed = new ReportService.Notes(questionField.getText().strip(), treatmentField.getText().strip());
        if (typed.equals(savedNotes)) {
            return;
        }
        savedNotes = typed;
        executor.submit(() -> {
            service.saveNotes(typed.question(), typed.treatment());
            return typed;
        }, saved -> refresh(), problem -> Dialogs.error(window(), "The notes could not be saved", problem));
    }

    /** From the last appointment before today to today. */
    @FXML
    private void onSinceAppointment() {
        lastAppointment.ifPresent(a -> setRange(a.date(), service.today()));
    }

    @FXML
    private void onAddAppointment() {
        LocalDate day = appointmentDate.getValue();
        if (day == null) {
            status.setText("Choose the appointment's day first.");
            return;
        }
        String note = appointmentNote.getText();
        executor.submit(() -> service.addAppointment(new Appointment(null, day, note)), added -> {
            appointmentNote.clear();
            status.setText("Recorded the appointment on " + DateText.day(added.date()) + ".");
        }, problem -> Dialogs.error(window(), "The appointment could not be saved", problem));
    }

    @FXML
    private void onDeleteAppointment() {
        Appointment chosen = appointmentList.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        executor.submit(() -> {
            service.deleteAppointment(chosen.id());
            return chosen;
        }, deleted -> status.setText("Deleted the appointment on " + DateText.day(deleted.date()) + "."),
                problem -> Dialogs.error(window(), "The appointment could not be deleted", problem));
    }

    /** Draws the preview again if something it shows was saved while the view was hidden. */
    @Override
    public void shownAgain() {
        freshness.shown();
    }

    @FXML
    private void on30Days() {
        setRange(30);
    }

    @FXML
    private void on90Days() {
        setRange(90);
    }

    @FXML
    private void on6Months() {
        LocalDate to = service.today();
        setRange((int) (to.toEpochDay() - to.minusMonths(6).toEpochDay()));
    }

    private void setRange(int days) {
        LocalDate to = service.today();
        setRange(to.minusDays(days - 1L), to);
    }

    private void setRange(LocalDate from, LocalDate to) {
        adjusting = true;
        toDate.setValue(to);
        fromDate.setValue(from);
        adjusting = false;
        refresh();
    }

    private ReportRequest request() {
        Set<ReportSection> sections = EnumSet.noneOf(ReportSection.class);
        addIf(sections, bodyBox, ReportSection.BODY);
        addIf(sections, sleepBox, ReportSection.SLEEP);
        addIf(sections, trainingBox, ReportSection.TRAINING);
        addIf(sections, recoveryBox, ReportSection.RECOVERY);
        addIf(sections, notesBox, ReportSection.NOTES);
        return new ReportRequest(fromDate.getValue(), toDate.getValue(), sections, nameField.getText(), questionField.getText(),
                treatmentField.getText());
    }

    private static void addIf(Set<ReportSection> sections, CheckBox box, ReportSection section) {
        if (box.isSelected()) {
            sections.add(section);
        }
    }

    private void refresh() {
        if (adjusting || fromDate == null || paperBox.getValue() == null) {
            return;
        }
        if (fromDate.getValue() == null || toDate.getValue() == null || fromDate.getValue().isAfter(toDate.getValue())) {
            status.setText("Choose a first day on or before the last day.");
            setReady(false);
            return;
        }
        ReportRequest request = request();
        Paper paper = paperBox.getValue();
        int mine = ++generation;
        busy("Preparing the preview…");
        executor.submit(() -> service.preview(request, paper, PREVIEW_DPI), preview -> {
            if (mine == generation) {
                show(preview);
            }
        }, problem -> {
            if (mine == generation) {
                done("The preview could not be made: " + Dialogs.messageOf(problem));
            }
        });
    }

    private void show(Preview preview) {
        current = preview.model();
        pages.getChildren().clear();
        for (int i = 0; i < preview.pages().size(); i++) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(preview.pages().get(i), null));
            view.setPreserveRatio(true);
            view.getStyleClass().add("report-page");
            view.setId("report-page-" + (i + 1));
            pages.getChildren().add(view);
        }
        int n = preview.pages().size();
        done(n + (n == 1 ? " page" : " pages") + (current.empty() ? ": nothing was logged in these days." : "."));
        setReady(true);
    }

    @FXML
    private void onSave() {
        ReportModel model = current;
        Paper paper = paperBox.getValue();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the summary as PDF");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName("kip-summary-" + model.header().from() + "-to-" + model.header().to() + ".pdf");
        service.lastFolder().map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        busy("Saving…");
        executor.submit(() -> {
            service.saveAndRemember(model, paper, target);
            return target;
        }, saved -> done("Saved " + saved.getFileName() + "."), e -> {
            done("");
            Dialogs.error(window(), "The PDF could not be saved", e);
        });
    }

    @FXML
    private void onPrint() {
        if (!service.printersInstalled()) {
            Dialogs.error(window(), "No printer", "No printer is installed on this computer. Save the PDF instead and"
                    + " print or e-mail it from another device.");
            return;
        }
        ReportModel model = current;
        Paper paper = paperBox.getValue();
        busy("Printing…");
        // Not on the journal thread: the system print dialog waits for the person, and the model is already built.
        if (printing == null) {
            printing = executor.another("kip-print");
        }
        printing.submit(() -> service.print(model, paper), printed -> done(printed ? "Sent to the printer." : "Printing cancelled."),
                e -> {
                    done("");
                    Dialogs.error(window(), "The summary could not be printed", e);
                });
    }

    private void busy(String message) {
        progress.setVisible(true);
        status.setText(message);
        setReady(false);
    }

    private void done(String message) {
        progress.setVisible(false);
        status.setText(message);
        setReady(current != null);
    }

    private void setReady(boolean ready) {
        saveButton.setDisable(!ready);
        printButton.setDisable(!ready);
    }

    /** The window to own a dialog; none once the view has left it (a save refused after another journal opened). */
    private Window window() {
        return pages.getScene() == null ? null : pages.getScene().getWindow();
    }
}
