package dev.kip.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Builds the command line and runs it with Kip's exit codes: 0 done, 1 failed, 2 usage. */
public final class Cli {
    /** Returned when no command was given and the window was opened instead; the JVM must stay up. */
    public static final int WINDOW_OPENED = -1;

    private Cli() {
    }

    public static int run(String... args) {
        // Opening the window is the common case: skip building the whole command model (~100 ms).
        if (args.length == 0) {
            WindowLauncher.launch(null);
            return WINDOW_OPENED;
        }
        if (args.length == 2 && args[0].equals("--journal") && !args[1].startsWith("-")) {
            WindowLauncher.launch(java.nio.file.Path.of(args[1]));
            return WINDOW_OPENED;
        }
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true), commandsFor(args)).execute(args);
    }

    /**
     * The command line printing to {@code out} and {@code err} through {@link EscapingWriter}, with every
     * command. Help is printed without colours: their escapes would be escaped like any other.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, KipCommand.COMMANDS);
    }

    /**
     * The commands {@code args} need: the one they name, none for {@code --version}, all of them for
     * help (it lists them) or a name that is no command (refused as it always was). picocli builds a
     * command's model by reflection, options, sub-commands and all: building every one cost a short
     * command about 15 % of its time.
     */
    static List<Class<?>> commandsFor(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--journal")) {
                i++;
            } else if (arg.equals("-h") || arg.equals("--help")) {
                return KipCommand.COMMANDS;
            } else if (!arg.startsWith("-")) {
                return KipCommand.COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(arg)).findFirst()
                        .<List<Class<?>>>map(List::of).orElse(KipCommand.COMMANDS);
            }
        }
        return List.of();
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> commands) {
        KipCommand root = new KipCommand();
        CommandLine cl = new CommandLine(root);
        for (Class<?> command : commands) {
            cl.addSubcommand(command);
        }
        cl.setOut(new PrintWriter(new EscapingWriter(out), true));
        cl.setErr(new PrintWriter(new EscapingWriter(err), true));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        ErrorHandler errors = new ErrorHandler(root);
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        return cl;
    }

    /**
     * Kip's messages for failures (exit 1) and usage errors (exit 2). A class, not lambdas: picocli's
     * classes are Java 5 classes, which the command line's class archive (installer/train-cli-cds.sh)
     * can hold only when nothing links them while it is made, and resolving a lambda on a picocli type
     * does; kept out of the archive, CommandLine was read from its jar at every command.
     */
    private static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler,
            CommandLine.IParameterExceptionHandler {
        private final KipCommand root;

        ErrorHandler(KipCommand root) {
            this.root = root;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            PrintWriter e = commandLine.getErr();
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            e.println("kip: " + message);
            if (root.verbose()) {
                ex.printStackTrace(e);
            }
            e.flush();
            return 1;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("kip: " + ex.getMessage());
            e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            e.flush();
            return 2;
        }
    }
}
