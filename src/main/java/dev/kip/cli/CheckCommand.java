package dev.kip.cli;

import dev.kip.service.JournalSession;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kip check}: SQLite's integrity check plus Kip's own invariants. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the journal: SQLite integrity and Kip's own rules. Exit 0 when sound, 1 with the findings.")
final class CheckCommand extends JournalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        try (JournalSession journal = openExistingJournal()) {
            List<String> findings = journal.backups().check();
            if (findings.isEmpty()) {
                out().println("The journal " + journal.file() + " is sound.");
                return 0;
            }
            err().println("The journal " + journal.file() + " has " + findings.size() + " problem(s):");
            findings.forEach(f -> err().println("  - " + f));
            return 1;
        }
    }
}
