package dev.kip.insight;

import dev.kip.domain.Settings.E1rmFormula;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Personal records of one exercise: heaviest weight, best e1RM, most reps at a weight.
 *
 * <p>Rules, chosen so that "PR" means something:
 * <ul>
 *   <li>Only sets that {@link E1rm#counts count}: never warm-ups, never a set without weight or reps.
 *   <li>A record must strictly beat the best so far, compared at 0.01 (kg, or e1RM kg): a tie is not a record.
 *   <li><b>The first day an exercise is trained is its baseline</b>: nothing on that day is a record,
 *       however the sets climb, so a first session never shouts "PR". Records start the next day it is trained.
 *   <li>A record needs a previous best to beat: the first set ever at a new weight is not a
 *       "most reps at that weight" record (it may still be a heaviest-weight record).
 *   <li>Best e1RM leaves out sets above {@value E1rm#LOW_CONFIDENCE_ABOVE_REPS} reps: a 20-rep
 *       estimate is too loose to celebrate.
 * </ul>
 * Sets are taken in date order (stable, so the order within a day is kept). Giving the new sets
 * one at a time, each with everything before it as history, yields the same events as giving them together.
 */
public final class PersonalRecords {

    private PersonalRecords() {
    }

    /**
     * The records set by {@code newSets} against {@code priorHistory} (everything of this exercise
     * logged before them), in the order they were set. Several sets of one session may each set a record.
     */
    public static List<RecordEvent> recordsSetBy(List<DatedSet> newSets, List<DatedSet> priorHistory,
                                                 E1rmFormula formula) {
        requireOneExercise(Stream.concat(priorHistory.stream(), newSets.stream()).toList());
        Tracker tracker = new Tracker(formula);
        chronological(priorHistory).forEach(tracker::add);
        List<RecordEvent> events = new ArrayList<>();
        chronological(newSets).forEach(s -> events.addAll(tracker.add(s)));
        return events;
    }

    /** The bests table over a whole history of one exercise. */
    public static CurrentBests currentBests(List<DatedSet> history, E1rmFormula formula) {
        requireOneExercise(history);
        Tracker tracker = new Tracker(formula);
        chronological(history).forEach(tracker::add);
        return tracker.bests();
    }

    private static List<DatedSet> chronological(List<DatedSet> sets) {
        return sets.stream().sorted(Comparator.comparing(DatedSet::date)).toList();
    }

    private static void requireOneExercise(List<DatedSet> sets) {
        long[] ids = sets.stream().mapToLong(s -> s.set().exerciseId()).distinct().limit(2).toArray();
        if (ids.length > 1) {
            throw new IllegalArgumentException("history mixes exercises " + ids[0] + " and " + ids[1]
                    + ": personal records are per exercise, pass one exercise's sets");
        }
    }

    /** Hundredths, so that 100.0 and 99.99999999 compare as the same weight. */
    private static long hundredths(double value) {
        return Math.round(value * 100);
    }

    /** Folds sets in date order, keeping the bests and reporting what each set beats. */
    private static final class Tracker {
        private final E1rmFormula formula;
        private LocalDate baselineDay;
        private Best heaviest;
        private Best bestE1rm;
        private final NavigableMap<Long, Best> repsByHundredthKg = new TreeMap<>();

        Tracker(E1rmFormula formula) {
            this.formula = formula;
        }

        List<RecordEvent> add(DatedSet dated) {
            if (!E1rm.counts(dated.set())) {
                return List.of();
            }
            if (baselineDay == null || dated.date().isBefore(baselineDay)) {
                baselineDay = dated.date();
            }
            boolean canSetRecords = dated.date().isAfter(baselineDay);
            double weight = dated.set().weightKg();
            int reps = dated.set().reps();
            List<RecordEvent> events = new ArrayList<>(3);

            Best heavier = best(RecordKind.HEAVIEST_WEIGHT, dated, weight);
            heaviest = improve(heaviest, heavier, dated, canSetRecords, events);

            OptionalDouble e1rm = E1rm.isLowConfidence(reps) ? OptionalDouble.empty() : E1rm.of(dated.set(), formula);
            if (e1rm.isPresent()) {
                bestE1rm = improve(bestE1rm, best(RecordKind.BEST_E1RM, dated, e1rm.getAsDouble()), dated,
                        canSetRecords, events);
            }

            long key = hundredths(weight);
            repsByHundredthKg.put(key, improve(repsByHundredthKg.get(key),
                    best(RecordKind.MOST_REPS_AT_WEIGHT, dated, reps), dated, canSetRecords, events));
            return events;
        }

        private static Best best(RecordKind kind, DatedSet dated, double value) {
            return new Best(kind, dated.date(), dated.workoutId(), dated.set().weightKg(), dated.set().reps(), value);
        }

        /** The better of the two; a strict improvement over an existing best is a record when records may be set. */
        private static Best improve(Best current, Best candidate, DatedSet dated, boolean canSetRecords,
                                    List<RecordEvent> events) {
            if (current != null && hundredths(candidate.value()) <= hundredths(current.value())) {
                return current;
            }
            if (current != null && canSetRecords) {
                events.add(new RecordEvent(candidate.kind(), dated, candidate.value(), current.value()));
            }
            return candidate;
        }

        CurrentBests bests() {
            NavigableMap<Double, Best> byWeight = new TreeMap<>();
            repsByHundredthKg.forEach((k, b) -> byWeight.put(k / 100.0, b));
            return new CurrentBests(heaviest, bestE1rm, byWeight);
        }
    }
}
