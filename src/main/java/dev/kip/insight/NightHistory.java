package dev.kip.insight;

import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Every night of a journal with its figures and flags, for the list of past nights. The flags are
 * those {@link SleepSummary} gives a night of its fortnight (IRREGULAR_WAKE looks at the nights of
 * the 14 calendar days ending that night, when there are at least
 * {@value SleepSummary#MIN_NIGHTS_FOR_REGULARITY}), but for all nights in one pass: a sliding
 * window keeps it linear, so 10 years of nights take milliseconds.
 */
public final class NightHistory {

    private NightHistory() {
    }

    /** @return newest first */
    public static List<ScoredNight> of(List<Night> nights, List<Factors> factors, ZoneId zone) {
        Map<LocalDate, Factors> factorsByDate = new HashMap<>();
        for (Factors f : factors) {
            factorsByDate.put(f.date(), f);
        }
        List<Night> sorted = new ArrayList<>(nights);
        sorted.sort(Comparator.comparing(Night::date));
        Deque<Night> window = new ArrayDeque<>();
        List<ScoredNight> out = new ArrayList<>(sorted.size());
        for (Night n : sorted) {
            window.addLast(n);
            LocalDate from = n.date().minusDays(SleepSummary.FORTNIGHT_DAYS - 1L);
            while (window.peekFirst().date().isBefore(from)) {
                window.removeFirst();
            }
            SleepFigures figures = SleepMetrics.of(n, zone);
            out.add(new ScoredNight(n, figures, NightFlags.of(n, figures, factorsByDate.get(n.date()), wakeSpread(window))));
        }
        Collections.reverse(out);
        return out;
    }

    private static OptionalDouble wakeSpread(Deque<Night> window) {
        if (window.size() < SleepSummary.MIN_NIGHTS_FOR_REGULARITY) {
            return OptionalDouble.empty();
        }
        List<LocalTime> wakes = new ArrayList<>(window.size());
        for (Night n : window) {
            wakes.add(n.finalWake());
        }
        return ClockTimeSpread.sdMinutes(wakes);
    }
}
