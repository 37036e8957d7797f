package dev.kip.domain;

import java.time.LocalDate;

/** A physiotherapy appointment: its date and an optional note ("Dr Lee, bring the summary"); {@code id} null until stored. */
public record Appointment(Long id, LocalDate date, String note) {
    public Appointment {
        note = note == null ? "" : note.strip();
    }
}
