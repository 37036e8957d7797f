package dev.kip.domain;

import java.time.LocalDate;

/** The first and last date with data in the journal. */
public record JournalExtent(LocalDate first, LocalDate last) {
}
