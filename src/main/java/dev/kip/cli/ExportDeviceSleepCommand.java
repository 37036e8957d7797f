package dev.kip.cli;

import dev.kip.app.KipVersion;
import dev.kip.service.JournalSession;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kip export device-sleep --out FILE}: the nights devices measured, oldest first. */
@Command(name = "device-sleep", mixinStandardHelpOptions = true,
        description = "Export device-measured nights as CSV: date,source,start,end,in_bed_min,asleep_min,awake_min,core_min,"
                + "deep_min,rem_min,zone (start and end as ISO local date-times in the night's zone).")
final class ExportDeviceSleepCommand extends JournalCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (JournalSession journal = openExistingJournal()) {
            int rows = journal.exports(KipVersion.get()).writeDeviceSleep(out);
            out().println("Wrote " + rows + " device night(s) to " + out.toAbsolutePath() + ".");
            return 0;
        }
    }
}
