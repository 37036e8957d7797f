package dev.kip.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Runs of 3–6 short nights (5–6 h asleep) every month or two, each with the reason the lifter wrote down. */
final class ShortSleepRuns {
    private static final List<String> REASONS = List.of(
            "Work deadline: late nights all week.",
            "Baby teething, up in the night.",
            "Travelling for work; hotel bed.",
            "Exam revision, up late.",
            "Stressful week, mind racing at night.",
            "Moving house: late evenings packing.");

    private final Set<LocalDate> nights = new HashSet<>();
    private final Map<LocalDate, String> reasonByFirstNight = new HashMap<>();

    private ShortSleepRuns() {
    }

    /** Runs over the wake dates first..last. */
    static ShortSleepRuns plan(LocalDate first, LocalDate last, Dice dice) {
        ShortSleepRuns runs = new ShortSleepRuns();
        LocalDate start = first.plusDays(dice.between(7, 35));
        while (!start.isAfter(last)) {
            int length = dice.between(3, 6);
            runs.reasonByFirstNight.put(start, dice.pick(REASONS));
            for (int i = 0; i < length; i++) {
                runs.nights.add(start.plusDays(i));
            }
            start = start.plusDays(length + dice.between(28, 56));
        }
        return runs;
    }

    /** Whether the night that ended on {@code wakeDate} belongs to a run. */
    boolean contains(LocalDate wakeDate) {
        return nights.contains(wakeDate);
    }

    /** The reason, on a run's first night only. */
    Optional<String> reasonStartingOn(LocalDate wakeDate) {
        return Optional.ofNullable(reasonByFirstNight.get(wakeDate));
    }
}
