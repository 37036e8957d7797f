package dev.kip.cli;

import dev.kip.domain.Appointment;
import dev.kip.domain.Settings;
import dev.kip.domain.Settings.Paper;
import dev.kip.report.PdfReportWriter;
import dev.kip.report.ReportModel;
import dev.kip.report.ReportRequest;
import dev.kip.service.JournalSession;
import dev.kip.service.ReportService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code kip report}: the physiotherapist summary of a range as a PDF, with no window. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the physiotherapist summary of a date range as a PDF of one or two pages: pain first, then"
                + " soreness, the functional scale, sleep, training, notes and the recovery check.")
final class ReportCommand extends JournalCommand implements Callable<Integer> {

    @Option(names = "--from", paramLabel = "D", description = "First day (yyyy-MM-dd); or --since-appointment.")
    LocalDate from;

    @Option(names = "--since-appointment", description = "From the last physiotherapy appointment before the last day"
            + " (recorded with `kip appointment add`).")
    boolean sinceAppointment;

    @Option(names = "--to", paramLabel = "D", description = "Last day (yyyy-MM-dd; default: today).")
    LocalDate to;

    @Option(names = "--question", paramLabel = "TEXT",
            description = "Your question for the physiotherapist, printed under the header (default: the one saved in Kip).")
    String question;

    @Option(names = "--treatment", paramLabel = "TEXT",
            description = "Medication or other treatment to print (default: what is saved in Kip).")
    String treatment;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write (replaced if it exists).")
    Path out;

    @Option(names = "--paper", paramLabel = "a4|letter", description = "Paper size (default: the journal's setting).")
    String paper;

    @Option(names = "--name", paramLabel = "TEXT", description = "Name to print (default: the journal's setting).")
    String name;

    @Override
    public Integer call() throws IOException {
        if ((from == null) == !sinceAppointment) {
            throw new ParameterException(spec.commandLine(), "give either --from D or --since-appointment");
        }
        // The PDF's fonts and geometry are parsed on the second core while the journal is read.
        Thread prepare = new Thread(PdfReportWriter::prepare, "report-prepare");
        prepare.setDaemon(true);
        prepare.start();
        LocalDate last = to == null ? LocalDate.now() : to;
        Paper chosenPaper = paper == null ? null : paper(paper);
        LocalDate first;
        try (JournalSession journal = openExistingJournal()) {
            ReportService report = journal.report();
            first = sinceAppointment ? report.lastAppointmentBefore(last).map(Appointment::date)
                    .orElseThrow(() -> new IllegalArgumentException("no appointment before " + last + " is recorded"
                            + " (`kip appointment add --date D`); give --from instead; nothing was written"))
                    : from;
            if (first.isAfter(last)) {
                throw new IllegalArgumentException("--from " + first + " is after --to " + last + "; nothing was written");
            }
            Settings settings = journal.settings().current();
            ReportService.Notes saved = report.savedNotes();
            ReportRequest request = ReportRequest.all(first, last, name == null ? settings.reportName() : name).withNotes(
                    question == null ? saved.question() : question, treatment == null ? saved.treatment() : treatment);
            report.save(report.build(request), chosenPaper == null ? settings.paper() : chosenPaper, out);
        }
        out().println("Wrote the summary of " + first + " to " + last + " to " + out.toAbsolutePath() + ".");
        return 0;
    }

    private Paper paper(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "a4" -> Paper.A4;
            case "letter" -> Paper.LETTER;
            default -> throw new ParameterException(spec.commandLine(), "--paper must be a4 or letter, not '" + text + "'");
        };
    }
}
