package dev.kip.cli;

import dev.kip.service.BackupService;
import dev.kip.service.JournalSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kip backup [--out FILE]}: a checked backup of the journal; prints where it went. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the journal (SQLite's VACUUM INTO, checked after writing) and print the backup's path.")
final class BackupCommand extends JournalCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the backup to FILE (must not exist yet). Default: the backups folder beside the journal, named with the date and time.")
    private Path out;

    @Override
    public Integer call() {
        if (out != null && Files.exists(out)) {
            throw new IllegalArgumentException(out + " already exists; choose a new file name for the backup.");
        }
        try (JournalSession journal = openExistingJournal()) {
            BackupService backups = journal.backups();
            out().println(out == null ? backups.backUpNow() : backups.backUpTo(out));
            return 0;
        }
    }
}
