package dev.kip.cli;

import dev.kip.app.KipVersion;
import dev.kip.service.ExportService;
import dev.kip.service.JournalSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kip export training --out FILE}: every set as one CSV row (columns in DESIGN.md). */
@Command(name = "training", mixinStandardHelpOptions = true,
        description = "Export every logged set as CSV: date,workout,exercise,set_index,set_type,weight_kg,reps,rpe,e1rm_kg "
                + "(e1rm_kg by the formula in settings; empty for warm-ups).")
public final class ExportTrainingCommand extends JournalCommand implements Callable<Integer> {
    // ISO dates compare as text in SQL; LocalDate.MIN/MAX would print with a sign and break that.
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write (replaced if it exists).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        try (JournalSession journal = openExistingJournal()) {
            ExportService export = journal.exports(KipVersion.get());
            var workouts = export.workouts();
            int rows = export.writeTraining(workouts, out);
            out().printf("Wrote %d sets of %d workouts to %s%n", rows, workouts.size(), out.toAbsolutePath());
            return 0;
        }
    }
}
