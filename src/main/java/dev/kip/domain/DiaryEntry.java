package dev.kip.domain;

import java.time.LocalDate;

/** A night and its factors ({@link Factors#none} when none were recorded), keyed by the same date. */
public record DiaryEntry(Night night, Factors factors) {
    public DiaryEntry {
        if (factors == null) {
            factors = Factors.none(night.date());
        } else if (!factors.date().equals(night.date())) {
            throw new IllegalArgumentException("factors for " + factors.date() + " given with the night of " + night.date());
        }
    }

    public LocalDate date() {
        return night.date();
    }
}
