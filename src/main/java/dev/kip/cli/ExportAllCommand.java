package dev.kip.cli;

import dev.kip.app.KipVersion;
import dev.kip.service.JournalSession;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kip export all --out DIR}: every CSV file and manifest.json, into a new folder that appears whole. */
@Command(name = "all", mixinStandardHelpOptions = true,
        description = "Export the whole journal into a new folder: sleep.csv, device_sleep.csv, body.csv, training.csv, "
                + "body_weight.csv, factors.csv and manifest.json (versions, export time, rows per file).")
final class ExportAllCommand extends JournalCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to create (it must not exist, or be empty).")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (JournalSession journal = openExistingJournal()) {
            Map<String, Integer> rows = journal.exports(KipVersion.get()).writeAll(out);
            out().println("Exported the journal to " + out.toAbsolutePath() + ":");
            rows.forEach((file, n) -> out().printf("  %-16s %,d rows%n", file, n));
            return 0;
        }
    }
}
