package dev.kip.cli;

import picocli.CommandLine.Command;

/**
 * {@code kip export …}: one subcommand per kind of data (sleep, device-sleep, body, training, all),
 * each writing through {@code dev.kip.files.AtomicFiles}. Add a kind by adding its class here.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write journal data as CSV files (UTF-8, ISO dates, 24-hour times).",
        subcommands = {ExportSleepCommand.class, ExportDeviceSleepCommand.class, ExportBodyCommand.class,
                ExportTrainingCommand.class, ExportAllCommand.class})
final class ExportCommand {
}
