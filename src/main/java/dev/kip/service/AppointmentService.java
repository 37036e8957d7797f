package dev.kip.service;

import dev.kip.domain.Appointment;
import dev.kip.journal.AppointmentStore;
import dev.kip.journal.Journal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Appointments with the physiotherapist: the report's "since the last appointment", Today's "next
 * appointment in N days". Each change tells the views ({@link Change#PHYSIO}). Call it on the journal thread.
 */
public final class AppointmentService {
    private final AppointmentStore appointments;
    private final Changes changes;

    public AppointmentService(Journal journal, Changes changes) {
        this.appointments = new AppointmentStore(journal);
        this.changes = changes;
    }

    public Appointment add(Appointment a) {
        Appointment added = appointments.add(a);
        changes.publish(Change.PHYSIO);
        return added;
    }

    /** True when it was there to remove. */
    public boolean delete(long id) {
        boolean deleted = appointments.delete(id);
        if (deleted) {
            changes.publish(Change.PHYSIO);
        }
        return deleted;
    }

    /** The first appointment from {@code today} on. */
    public Optional<Appointment> next(LocalDate today) {
        return appointments.nextOnOrAfter(today);
    }

    public List<Appointment> all() {
        return appointments.all();
    }

    /** The last appointment before {@code day}. */
    public Optional<Appointment> lastBefore(LocalDate day) {
        return appointments.lastBefore(day);
    }
}
