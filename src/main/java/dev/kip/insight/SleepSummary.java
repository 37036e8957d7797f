package dev.kip.insight;

import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where sleep stands on the morning of {@code asOf}. Windows are calendar days ending at
 * {@code asOf} and include it: the week is asOf−6 … asOf, the fortnight asOf−13 … asOf. Only
 * nights present count; a missing night is unknown, not zero.
 *
 * <ul>
 *   <li>{@code lastNight}: the night keyed {@code asOf} (woke that morning), if logged.</li>
 *   <li>{@code debtMin}: Σ (target − TST) over the fortnight's nights. A long night offsets
 *       short ones (it does repay some debt), but the total is floored at 0: no sleep is
 *       "banked" ahead.</li>
 *   <li>{@code wakeSdMin} / {@code bedtimeSdMin}: sample SD of the final-awakening and into-bed
 *       clock times over the fortnight, midnight-safe ({@link ClockTimeSpread}); empty with
 *       fewer than {@value #MIN_NIGHTS_FOR_REGULARITY} nights.</li>
 *   <li>{@code flagsByNight}: {@link NightFlags} of each night in the fortnight (its
 *       IRREGULAR_WAKE looks at the 14 nights ending that night), oldest first.</li>
 * </ul>
 */
public record SleepSummary(
        LocalDate asOf,
        int targetMin,
        Optional<SleepFigures> lastNight,
        Optional<SleepAverages> week,
        Optional<SleepAverages> fortnight,
        int debtMin,
        OptionalDouble wakeSdMin,
        OptionalDouble bedtimeSdMin,
        Map<LocalDate, Set<SleepFlag>> flagsByNight) {

    public static final int DEFAULT_TARGET_MIN = 480;
    public static final int WEEK_DAYS = 7;
    public static final int FORTNIGHT_DAYS = 14;
    public static final int MIN_NIGHTS_FOR_REGULARITY = 3;

    public static SleepSummary of(List<Night> nights, List<Factors> factors, LocalDate asOf) {
        return of(nights, factors, asOf, DEFAULT_TARGET_MIN);
    }

    /**
     * @param nights  any order; at most one per date; nights after {@code asOf} are ignored
     * @param factors any order; dates without factors simply raise no factor flags
     */
    public static SleepSummary of(List<Night> nights, List<Factors> factors, LocalDate asOf, int targetMin) {
        if (targetMin <= 0) {
            throw new IllegalArgumentException("sleep target must be a positive number of minutes (was " + targetMin + ")");
        }
        // The flags of the fortnight's oldest night look back another 13 days.
        NavigableMap<LocalDate, Logged> logged = logged(nights, asOf.minusDays(2L * FORTNIGHT_DAYS - 2), asOf);
        Map<LocalDate, Factors> factorsByDate = new HashMap<>();
        for (Factors f : factors) {
            factorsByDate.put(f.date(), f);
        }

        Collection<Logged> fortnight = window(logged, asOf, FORTNIGHT_DAYS);
        int balance = 0;
        for (Logged l : fortnight) {
            balance += targetMin - l.figures().tstMin();
        }
        Map<LocalDate, Set<SleepFlag>> flags = new LinkedHashMap<>();
        for (Logged l : fortnight) {
            LocalDate date = l.night().date();
            flags.put(date, NightFlags.of(l.night(), l.figures(), factorsByDate.get(date),
                    spread(window(logged, date, FORTNIGHT_DAYS), Night::finalWake)));
        }
        Logged last = logged.get(asOf);
        return new SleepSummary(asOf, targetMin, Optional.ofNullable(last == null ? null : last.figures()),
                averages(window(logged, asOf, WEEK_DAYS)),
                averages(fortnight),
                Math.max(0, balance),
                spread(fortnight, Night::finalWake),
                spread(fortnight, Night::intoBed),
                Collections.unmodifiableMap(flags));
    }

    /** The flags of last night; empty when it was not logged. */
    public Set<SleepFlag> lastNightFlags() {
        return flagsByNight.getOrDefault(asOf, Set.of());
    }

    private record Logged(Night night, SleepFigures figures) {
    }

    private static NavigableMap<LocalDate, Logged> logged(List<Night> nights, LocalDate from, LocalDate to) {
        Set<LocalDate> seen = new HashSet<>();
        NavigableMap<LocalDate, Logged> map = new TreeMap<>();
        for (Night n : nights) {
            if (!seen.add(n.date())) {
                throw new IllegalArgumentException("two nights keyed " + n.date() + " (expected at most one per date)");
            }
            if (!n.date().isBefore(from) && !n.date().isAfter(to)) {
                map.put(n.date(), new Logged(n, SleepMetrics.of(n)));
            }
        }
        return map;
    }

    /** The logged nights of the {@code days} calendar days ending at {@code end}, oldest first. */
    private static Collection<Logged> window(NavigableMap<LocalDate, Logged> logged, LocalDate end, int days) {
        return logged.subMap(end.minusDays(days - 1L), true, end, true).values();
    }

    private static Optional<SleepAverages> averages(Collection<Logged> nights) {
        if (nights.isEmpty()) {
            return Optional.empty();
        }
        double tst = 0;
        double se = 0;
        double quality = 0;
        for (Logged l : nights) {
            tst += l.figures().tstMin();
            se += l.figures().sePct();
            quality += l.night().quality();
        }
        int n = nights.size();
        return Optional.of(new SleepAverages(n, tst / n, se / n, quality / n));
    }

    private static OptionalDouble spread(Collection<Logged> nights, Function<Night, LocalTime> clock) {
        if (nights.size() < MIN_NIGHTS_FOR_REGULARITY) {
            return OptionalDouble.empty();
        }
        List<LocalTime> times = new ArrayList<>();
        for (Logged l : nights) {
            times.add(clock.apply(l.night()));
        }
        return ClockTimeSpread.sdMinutes(times);
    }
}
