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

    Journal openJournal() {
        return Journal.open(journalPath());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
