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
        return said(JournalSession.open(journalPath(), spec.qualifiedName()));
    }

    /** Opens a journal that must already exist: reading commands never create an empty one by mistake. */
    JournalSession openExistingJournal() {
        return said(JournalSession.openExisting(journalPath(), spec.qualifiedName()));
    }

    /**
     * The journal is held as this command ("kip import"), so a window or command turned away meanwhile
     * says which; what was set right on opening is said on stderr.
     */
    private JournalSession said(JournalSession session) {
        session.notices().forEach(n -> err().println("kip: " + n));
        return session;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
