package dev.kip.insight;

/** The personal records Kip tracks per exercise. */
public enum RecordKind {
    /** The heaviest weight lifted for at least one rep (kg, compared at 0.01 kg). */
    HEAVIEST_WEIGHT,
    /** The best estimated 1RM (kg) from a set of at most 12 reps. */
    BEST_E1RM,
    /** The most reps at one weight (weights compared at 0.01 kg). */
    MOST_REPS_AT_WEIGHT
}
