package dev.kip;

import dev.kip.cli.Cli;

/**
 * Launcher. It does not extend Application, so JavaFX can run from the class path, and a command
 * never loads JavaFX at all: no window, no display needed.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = Cli.run(args);
        if (code != Cli.WINDOW_OPENED) {
            System.exit(code);
        }
    }
}
