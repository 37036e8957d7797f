package dev.kip.journal.archprobe;

/** Probe for ArchitectureProbeTest: the journal computing an e1RM itself (insight is not the journal's to use). */
class JournalComputesAnE1rm {
    double e1rm() {
        return dev.kip.insight.E1rm.estimate(100, 5, dev.kip.domain.Settings.E1rmFormula.EPLEY).orElse(0);
    }
}
