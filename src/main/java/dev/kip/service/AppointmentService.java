package dev.kip.service;

import dev.kip.domain.Appointment;
import dev.kip.journal.AppointmentStore;
import dev.kip.journal.Journal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Appointments with the physiotherapist: the report's "since the last appointment". Call it on the journal thread. */
public final class AppointmentService {
    private final AppointmentStore appointments;

    public AppointmentService(Journal journal) {
        this.appointments = new AppointmentStore(journal);
    }

    public Appointment add(Appointment a) {
        return appointments.add(a);
    }

    public List<Appointment> all() {
        return appointments.all();
    }

    /** The last appointment before {@code day}. */
    public Optional<Appointment> lastBefore(LocalDate day) {
        return appointments.lastBefore(day);
    }
}
