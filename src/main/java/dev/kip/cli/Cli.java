package dev.kip.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

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
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /**
     * The command line printing to {@code out} and {@code err} through {@link EscapingWriter}. Help is
     * printed without colours: their escapes would be escaped like any other.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        KipCommand root = new KipCommand();
        CommandLine cl = new CommandLine(root);
        cl.setOut(new PrintWriter(new EscapingWriter(out), true));
        cl.setErr(new PrintWriter(new EscapingWriter(err), true));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            e.println("kip: " + message);
            if (root.verbose()) {
                ex.printStackTrace(e);
            }
            e.flush();
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("kip: " + ex.getMessage());
            e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            e.flush();
            return 2;
        });
        return cl;
    }
}
