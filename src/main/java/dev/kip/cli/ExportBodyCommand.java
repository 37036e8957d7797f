package dev.kip.cli;

import dev.kip.app.KipVersion;
import dev.kip.service.JournalSession;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kip export body --out FILE}: every body mark as CSV (columns in DESIGN.md), oldest first. */
@Command(name = "body", mixinStandardHelpOptions = true,
        description = "Write all soreness and pain marks as CSV: date,region_id,region_name,kind,level,note.")
public final class ExportBodyCommand extends JournalCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() {
        int rows;
        try (JournalSession journal = openExistingJournal()) {
            rows = journal.exports(KipVersion.get()).writeBody(out);
        }
        out().println("Wrote " + rows + " body marks to " + out + ".");
        out().flush();
        return 0;
    }
}
