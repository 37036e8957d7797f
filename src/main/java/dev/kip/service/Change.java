package dev.kip.service;

/** What a committed piece of work changed in the journal. {@link #IMPORT} may have changed everything. */
public enum Change {
    NIGHTS, BODY, WORKOUTS, EXERCISES, SETTINGS, IMPORT;

    /** Whether a view showing {@code what} must reload after this change. */
    public boolean affects(Change what) {
        return this == what || this == IMPORT || what == IMPORT;
    }
}
