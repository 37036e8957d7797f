package dev.kip.cli;

import picocli.CommandLine.Command;

/** {@code kip sleep …}: the sleep diary from the command line. */
@Command(name = "sleep", mixinStandardHelpOptions = true, description = "The sleep diary.",
        subcommands = {SleepAddCommand.class})
final class SleepCommand {
}
