package dev.kip.ui.archprobe;

import dev.kip.journal.Journal;
import dev.kip.ui.archprobe2.UiPartLeaningBack;

/** A deliberate violation for ArchitectureProbeTest: a view reading the journal and a cycle between ui parts. */
public final class UiReadsTheJournal {
    public Journal journal;
    public UiPartLeaningBack other;
}
