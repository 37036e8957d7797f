package dev.kip.cli;

import dev.kip.service.BackupService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kip restore FILE}: replaces the journal with a checked backup, keeping the journal as it was. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the journal with a backup. The backup is checked first; the journal as it is now is backed up "
                + "into the backups folder (or, when it cannot be opened, kept beside it as <name>.damaged-<time>.db).",
                "The journal must not be open in a Kip window."})
final class RestoreCommand extends JournalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The backup to restore, e.g. one in the backups folder beside the journal.")
    private Path backup;

    @Override
    public Integer call() {
        Clock clock = Clock.systemDefaultZone();
        out().println(BackupService.restore(journalPath(), backup, clock));
        return 0;
    }
}
