package dev.kip.service;

import dev.kip.domain.Appointment;
import dev.kip.domain.Settings.Paper;
import dev.kip.journal.Journal;
import dev.kip.report.PdfReportWriter;
import dev.kip.report.ReportBuilder;
import dev.kip.report.ReportModel;
import dev.kip.report.ReportPrinting;
import dev.kip.report.ReportRequest;
import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The physiotherapist summary: the model of a range (by the person's units and e1RM formula), its
 * pages as images for a preview, the PDF and printing. Building reads the journal: call it on the
 * journal thread, as every method here but printing. It also keeps what the summary prints beside the
 * journal's data: the question and treatment notes, and the appointments "since the last appointment"
 * starts from. Printing waits for the person in the system's print dialog: run it on a thread of
 * its own, never the journal's.
 */
public final class ReportService {
    /** Remembered folder of the last PDF saved from the window. */
    private static final String FOLDER_KEY = "report.folder";

    private final ReportBuilder builder;
    private final PdfReportWriter writer = new PdfReportWriter();
    private final SettingsService settings;
    private final PhysioService physio;
    private final AppointmentService appointments;
    private final Clock clock;

    public ReportService(Journal journal, SettingsService settings, PhysioService physio, AppointmentService appointments,
                         Clock clock) {
        this.builder = new ReportBuilder(new JournalReportSource(journal));
        this.settings = settings;
        this.physio = physio;
        this.appointments = appointments;
        this.clock = clock;
    }

    /** The rendered pages of one choice, with the model they came from. */
    public record Preview(ReportModel model, List<BufferedImage> pages) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The summary of {@code request}, dated today. */
    public ReportModel build(ReportRequest request) {
        return builder.build(request, today());
    }

    /** The summary and its pages at {@code dpi}, as they will print on {@code paper}. */
    public Preview preview(ReportRequest request, Paper paper, float dpi) throws IOException {
        ReportModel model = build(request);
        try (PDDocument doc = writer.written(model, paper)) {
            return new Preview(model, ReportPrinting.pageImages(doc, dpi));
        }
    }

    /** Writes the PDF to {@code target} (atomically). */
    public void save(ReportModel model, Paper paper, Path target) throws IOException {
        writer.save(model, paper, target);
    }

    /** Writes the PDF and remembers its folder for the next save from the window. */
    public void saveAndRemember(ReportModel model, Paper paper, Path target) throws IOException {
        save(model, paper, target);
        settings.remember(FOLDER_KEY, target.toAbsolutePath().getParent().toString());
    }

    /** The folder the last PDF was saved to from the window. */
    public Optional<Path> lastFolder() {
        return settings.remembered(FOLDER_KEY).map(Path::of);
    }

    /** Where "since the last appointment" starts for a summary ending on {@code last}: the last appointment before it. */
    public Optional<Appointment> lastAppointmentBefore(LocalDate last) {
        return appointments.lastBefore(last);
    }

    /** Every appointment, oldest first. */
    public List<Appointment> appointments() {
        return appointments.all();
    }

    public Appointment addAppointment(Appointment appointment) {
        return appointments.add(appointment);
    }

    public void deleteAppointment(long id) {
        appointments.delete(id);
    }

    /** The person's question for the physiotherapist and their medication or other treatment, as the summary prints them. */
    public record Notes(String question, String treatment) {
    }

    /** The question and treatment notes last saved (blank for none). */
    public Notes savedNotes() {
        return new Notes(physio.question(), physio.treatment());
    }

    /** Keeps the question and treatment notes for the next summary (the window's and {@code kip report}'s). */
    public void saveNotes(String question, String treatment) {
        physio.saveNotes(question, treatment);
    }

    public boolean printersInstalled() {
        return ReportPrinting.printersInstalled();
    }

    /** Shows the system's print dialog and prints; false when the person cancelled. Not on the journal thread. */
    public boolean print(ReportModel model, Paper paper) throws IOException, PrinterException {
        try (PDDocument doc = writer.written(model, paper)) {
            return ReportPrinting.print(doc, "Kip summary");
        }
    }
}
