package dev.kip.cli;

import dev.kip.app.KipVersion;
import dev.kip.service.JournalSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kip export sleep --out FILE}: the diary nights with their derived TIB, TST and SE. */
@Command(name = "sleep", mixinStandardHelpOptions = true,
        description = "Export the sleep diary: " + "date,into_bed,tried_to_sleep,sol_min,awakenings,waso_min,final_wake,"
                + "out_of_bed,quality,rested,tib_min,tst_min,se_pct,note")
final class ExportSleepCommand extends JournalCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() {
        try (JournalSession journal = openExistingJournal()) {
            int rows = journal.exports(KipVersion.get()).writeSleep(out);
            out().println("Wrote " + rows + " night(s) to " + out.toAbsolutePath() + ".");
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e); // AtomicFiles named the file and said why
        }
    }
}
