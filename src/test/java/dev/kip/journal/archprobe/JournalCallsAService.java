package dev.kip.journal.archprobe;

import dev.kip.service.Changes;

/** A deliberate violation for ArchitectureProbeTest: a store reaching up into the service layer. */
public final class JournalCallsAService {
    public Changes changes;
}
