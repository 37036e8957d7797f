package dev.kip.cli;

import dev.kip.domain.Settings;
import dev.kip.domain.Settings.Paper;
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
        description = "Write the physiotherapist summary of a date range as a PDF of one or two pages: where it hurts"
                + " and how that changed, sleep, training, the recovery check and notes.")
final class ReportCommand extends JournalCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "D", description = "First day (yyyy-MM-dd).")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "D", description = "Last day (yyyy-MM-dd).")
    LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write (replaced if it exists).")
    Path out;

    @Option(names = "--paper", paramLabel = "a4|letter", description = "Paper size (default: the journal's setting).")
    String paper;

    @Option(names = "--name", paramLabel = "TEXT", description = "Name to print (default: the journal's setting).")
    String name;

    @Override
    public Integer call() throws IOException {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to + "; nothing was written");
        }
        Paper chosenPaper = paper == null ? null : paper(paper);
        try (JournalSession journal = openJournal()) {
            Settings settings = journal.settings().current();
            ReportService report = journal.report();
            ReportModel model = report.build(ReportRequest.all(from, to, name == null ? settings.reportName() : name));
            report.save(model, chosenPaper == null ? settings.paper() : chosenPaper, out);
        }
        out().println("Wrote the summary of " + from + " to " + to + " to " + out.toAbsolutePath() + ".");
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
