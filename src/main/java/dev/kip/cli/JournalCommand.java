package dev.kip.cli;

import dev.kip.service.JournalSession;
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
    JournalSession openJournal() {
        return JournalSession.open(journalPath());
    }

    /** Opens a journal that must already exist: reading commands never create an empty one by mistake. */
    JournalSession openExistingJournal() {
        return JournalSession.openExisting(journalPath());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
