package dev.kip.cli.archprobe;

/** Probe for ArchitectureProbeTest: a command opening the journal itself instead of calling a service. */
class CliOpensTheJournal {
    Object open(java.nio.file.Path file) {
        return dev.kip.journal.Journal.open(file);
    }
}
