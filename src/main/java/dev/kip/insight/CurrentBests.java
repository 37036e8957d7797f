package dev.kip.insight;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The current bests of one exercise. {@code heaviest} and {@code bestE1rm} are null when there is
 * no set that counts (only warm-ups, or for e1RM only sets above 12 reps); {@code mostRepsByWeight}
 * is keyed by weight in kg rounded to 0.01.
 */
public record CurrentBests(Best heaviest, Best bestE1rm, NavigableMap<Double, Best> mostRepsByWeight) {

    public CurrentBests {
        mostRepsByWeight = Collections.unmodifiableNavigableMap(new TreeMap<>(mostRepsByWeight));
    }

    public Optional<Best> heaviestSet() {
        return Optional.ofNullable(heaviest);
    }

    public Optional<Best> bestE1rmSet() {
        return Optional.ofNullable(bestE1rm);
    }
}
