package dev.kip.report.archprobe;

import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;

/** Breaks the layers on purpose: the report reading the journal itself instead of a ReportSource. */
public final class ReportReadsTheJournal {
    private ReportReadsTheJournal() {
    }

    public static int nights(Journal journal) {
        return new NightStore(journal).between(java.time.LocalDate.MIN, java.time.LocalDate.MAX).size();
    }
}
