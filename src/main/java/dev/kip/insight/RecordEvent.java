package dev.kip.insight;

/**
 * A record set by one set: {@code value} beats {@code previous}, the best before it. Values are kg
 * for {@link RecordKind#HEAVIEST_WEIGHT} and {@link RecordKind#BEST_E1RM}, reps for
 * {@link RecordKind#MOST_REPS_AT_WEIGHT} (the weight is {@code by.set().weightKg()}).
 */
public record RecordEvent(RecordKind kind, DatedSet by, double value, double previous) {
}
