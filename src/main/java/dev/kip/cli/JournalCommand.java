package dev.kip.cli;

import dev.kip.journal.Journal;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the commands that work on a journal: finds it from --journal, KIP_JOURNAL or the default. */
abstract class JournalCommand {
    @Spec
    CommandSpec spec;

    Path journalPath() {
        return ((KipCommand) spec.root().userObject()).journalPath();
    }

    /** Opens the journal, creating it when missing (for commands that add entries). */
    Journal openJournal() {
        return open(journalPath());
    }

    /** Opens a journal that must already exist: reading commands never create an empty one by mistake. */
    Journal openExistingJournal() {
        Path path = journalPath();
        if (!java.nio.file.Files.exists(path)) {
            throw new dev.kip.journal.JournalException("There is no journal at " + path
                    + ". Give its path with --journal PATH, or set KIP_JOURNAL.");
        }
        return open(path);
    }

    /**
     * Holds the journal as this command ("kip import"), so a window or command turned away meanwhile
     * says which; what was set right on opening is said on stderr.
     */
    private Journal open(Path path) {
        Journal journal = Journal.open(path, spec.qualifiedName());
        journal.notices().forEach(n -> err().println("kip: " + n));
        return journal;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
