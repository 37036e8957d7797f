package dev.kip.service;

/** What a committed piece of work changed in the journal. {@link #IMPORT} may have changed everything. */
public enum Change {
    NIGHTS, BODY, WORKOUTS, EXERCISES, SETTINGS, IMPORT,
    /** Appointments and the functional scale: what the person keeps for their physiotherapist. */
    PHYSIO,
    /** The routines workouts start from. */
    ROUTINES;

    /** Whether a view interested in {@code what} must reload after this change: an import touches every interest. */
    public boolean affects(Change what) {
        return this == what || this == IMPORT;
    }
}
