package dev.kip.insight;

import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.RandomAccess;

/**
 * Every night of a journal, newest first, with its figures and flags, for the list of past nights.
 * The flags are those {@link SleepSummary} gives a night of its fortnight (IRREGULAR_WAKE looks at
 * the nights of the 14 calendar days ending that night, when there are at least
 * {@value SleepSummary#MIN_NIGHTS_FOR_REGULARITY}). A night is scored when first asked for and
 * then kept, so a list showing 20 of 3,650 nights works out 20. {@link #replace} changes one night
 * in place and forgets the scores it touches, so an edit re-scores at most 14 nights.
 */
public final class NightHistory {
    private final List<Night> newestFirst;
    /** Scores to forget when a night changes: itself and the newer nights whose fortnight holds it. */
    public record Rows(int from, int to) {
    }

    private final Map<LocalDate, Factors> factors = new HashMap<>();
    private final Map<LocalDate, Integer> indexOf = new HashMap<>();
    private final ScoredNight[] scored;

    private NightHistory(List<Night> nights, List<Factors> factorList) {
        List<Night> sorted = new ArrayList<>(nights);
        sorted.sort(Comparator.comparing(Night::date).reversed());
        this.newestFirst = sorted;
        this.scored = new ScoredNight[sorted.size()];
        for (Factors f : factorList) {
            factors.put(f.date(), f);
        }
        for (int i = 0; i < sorted.size(); i++) {
            indexOf.put(sorted.get(i).date(), i);
        }
    }

    /** @param nights any order, at most one per date */
    public static NightHistory of(List<Night> nights, List<Factors> factors) {
        return new NightHistory(nights, factors);
    }

    public int size() {
        return newestFirst.size();
    }

    /** Position of the night keyed {@code date} (0 = newest), or −1. */
    public int indexOf(LocalDate date) {
        return indexOf.getOrDefault(date, -1);
    }

    /** The night at {@code index} (0 = newest), scored on first use. */
    public ScoredNight get(int index) {
        ScoredNight s = scored[index];
        if (s == null) {
            Night n = newestFirst.get(index);
            SleepFigures figures = SleepMetrics.of(n);
            s = new ScoredNight(n, figures, NightFlags.of(n, figures, factors.get(n.date()), wakeSpread(index)));
            scored[index] = s;
        }
        return s;
    }

    /**
     * Puts {@code night} in place of the stored night of its date, with its factors (null for none).
     *
     * @return the rows whose figures or flags may have changed ({@link #rowsChangedBy})
     * @throws IllegalArgumentException when the history holds no night of that date
     */
    public Rows replace(Night night, Factors nightFactors) {
        Rows rows = rowsChangedBy(night.date());
        newestFirst.set(rows.to(), night);
        if (nightFactors == null) {
            factors.remove(night.date());
        } else {
            factors.put(night.date(), nightFactors);
        }
        Arrays.fill(scored, rows.from(), rows.to() + 1, null);
        return rows;
    }

    /**
     * The rows (newest first, both ends included) a change to the night of {@code date} reaches:
     * the night itself and the newer nights of the 13 days after it, whose wake-time SD includes it.
     *
     * @throws IllegalArgumentException when the history holds no night of that date
     */
    public Rows rowsChangedBy(LocalDate date) {
        int index = indexOf(date);
        if (index < 0) {
            throw new IllegalArgumentException("no night keyed " + date + " in the history");
        }
        LocalDate lastReached = date.plusDays(SleepSummary.FORTNIGHT_DAYS - 1L);
        int from = index;
        while (from > 0 && !newestFirst.get(from - 1).date().isAfter(lastReached)) {
            from--;
        }
        return new Rows(from, index);
    }

    /** A read-only list view, newest first, scoring each night as it is read. */
    public List<ScoredNight> asList() {
        return new ScoredList();
    }

    private final class ScoredList extends AbstractList<ScoredNight> implements RandomAccess {
        @Override
        public ScoredNight get(int index) {
            return NightHistory.this.get(index);
        }

        @Override
        public int size() {
            return newestFirst.size();
        }
    }

    /** Wake-time SD over the nights of the 14 days ending at the night at {@code index} (older nights follow it). */
    private OptionalDouble wakeSpread(int index) {
        LocalDate from = newestFirst.get(index).date().minusDays(SleepSummary.FORTNIGHT_DAYS - 1L);
        List<LocalTime> wakes = new ArrayList<>(SleepSummary.FORTNIGHT_DAYS);
        for (int j = index; j < newestFirst.size() && !newestFirst.get(j).date().isBefore(from); j++) {
            wakes.add(newestFirst.get(j).finalWake());
        }
        if (wakes.size() < SleepSummary.MIN_NIGHTS_FOR_REGULARITY) {
            return OptionalDouble.empty();
        }
        Collections.reverse(wakes); // oldest first, as the summary adds them
        return ClockTimeSpread.sdMinutes(wakes);
    }
}
