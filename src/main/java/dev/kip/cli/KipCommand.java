package dev.kip.cli;

import dev.kip.app.KipVersion;
import dev.kip.service.JournalSession;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code kip}: with no command, opens the window on the journal; otherwise runs the command with no window. */
// The subcommands are added by Cli (COMMANDS), only the one that runs when it is known.
@Command(name = "kip", mixinStandardHelpOptions = true, versionProvider = KipCommand.Version.class,
        description = "Kip, a private recovery journal for people who lift: sleep, soreness, pain and strength in one local file.")
public final class KipCommand implements Callable<Integer> {

    /** The commands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(DemoCommand.class, SleepCommand.class, BodyCommand.class, ImportCommand.class,
            ExportCommand.class, TrendsCommand.class, ReportCommand.class, AppointmentCommand.class, BackupCommand.class,
            RestoreCommand.class, CheckCommand.class);

    @Option(names = "--journal", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The journal file (default: $KIP_JOURNAL, else the per-user data folder).")
    private Path journal;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces with errors.")
    private boolean verbose;

    /** The journal named on the command line, in KIP_JOURNAL, or the per-OS default. */
    public Path journalPath() {
        return JournalSession.resolve(journal);
    }

    public boolean verbose() {
        return verbose;
    }

    @Override
    public Integer call() {
        WindowLauncher.launch(journal);
        return Cli.WINDOW_OPENED;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Kip " + KipVersion.get()};
        }
    }
}
