package dev.kip.ui.archprobe2;

import dev.kip.ui.archprobe.UiReadsTheJournal;

/** The other half of the deliberate cycle between two ui parts (ArchitectureProbeTest). */
public final class UiPartLeaningBack {
    public UiReadsTheJournal back;
}
