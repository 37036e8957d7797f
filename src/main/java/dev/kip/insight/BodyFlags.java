package dev.kip.insight;

import dev.kip.domain.BodyMark;
import dev.kip.domain.RegionSymptom;
import dev.kip.domain.SymptomKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Body-map flags on a date, per region. Days are calendar days; a day without a mark breaks a
 * run (unknown is not "still sore"). Two marks for the same day, region and kind count as the
 * higher one.
 * <ul>
 *   <li>SORENESS_LASTING: soreness above 3 (4 or more) on each of 4 or more consecutive days
 *       ending at the date. "More than 72 h" = sore on day 1 and still sore on day 4;
 *       3 days in a row is not enough.</li>
 *   <li>PAIN_HIGH: pain of 6 or more on the date.</li>
 *   <li>PAIN_RISING: pain marks on 3 consecutive days ending at the date, each strictly higher
 *       than the day before (3 marks, 2 rises: e.g. 2 → 3 → 5). A plateau or a missing day
 *       breaks it.</li>
 * </ul>
 */
public final class BodyFlags {

    public static final int SORENESS_ABOVE = 3;
    public static final int SORENESS_MIN_DAYS = 4;
    public static final int PAIN_HIGH_FROM = 6;
    public static final int PAIN_RISING_MIN_DAYS = 3;

    private BodyFlags() {
    }

    /** Flags at {@code asOf}, ordered by kind then region id. */
    public static List<BodyFlag> evaluate(List<BodyMark> marks, LocalDate asOf) {
        Map<RegionSymptom, Map<LocalDate, Integer>> levels = Levels.of(marks).bySeries;
        List<BodyFlag> flags = new ArrayList<>();
        levels.forEach((series, byDay) -> {
            Integer today = byDay.get(asOf);
            if (today == null) {
                return;
            }
            if (series.kind() == SymptomKind.SORENESS) {
                int run = runAbove(byDay, SORENESS_ABOVE, asOf);
                if (run >= SORENESS_MIN_DAYS) {
                    flags.add(new BodyFlag(BodyFlag.Kind.SORENESS_LASTING, series.regionId(), today, run));
                }
            } else {
                if (today >= PAIN_HIGH_FROM) {
                    flags.add(new BodyFlag(BodyFlag.Kind.PAIN_HIGH, series.regionId(), today, 1));
                }
                int rising = risingRun(byDay, asOf);
                if (rising >= PAIN_RISING_MIN_DAYS) {
                    flags.add(new BodyFlag(BodyFlag.Kind.PAIN_RISING, series.regionId(), today, rising));
                }
            }
        });
        flags.sort(Comparator.comparing(BodyFlag::kind).thenComparing(BodyFlag::regionId));
        return flags;
    }

    /**
     * How many consecutive days, ending at {@code asOf}, the region had a {@code kind} mark above
     * {@code threshold} (strictly). 0 when {@code asOf} itself has none.
     */
    public static int daysInARowAbove(List<BodyMark> history, String regionId, SymptomKind kind, int threshold,
            LocalDate asOf) {
        return Levels.of(history).daysInARowAbove(regionId, kind, threshold, asOf);
    }

    /**
     * Each region's level per day and kind (the higher of two marks), built once for many questions about
     * the same marks: the recovery check asks about every region twice, and rebuilding this for each
     * question made the report quadratic in its range.
     */
    public static final class Levels {
        private final Map<RegionSymptom, Map<LocalDate, Integer>> bySeries = new HashMap<>();

        private Levels() {
        }

        public static Levels of(List<BodyMark> marks) {
            Levels levels = new Levels();
            for (BodyMark m : marks) {
                levels.bySeries.computeIfAbsent(new RegionSymptom(m.regionId(), m.kind()), s -> new HashMap<>())
                        .merge(m.date(), m.level(), Math::max);
            }
            return levels;
        }

        /** As {@link BodyFlags#daysInARowAbove}, over these marks. */
        public int daysInARowAbove(String regionId, SymptomKind kind, int threshold, LocalDate asOf) {
            return runAbove(bySeries.getOrDefault(new RegionSymptom(regionId, kind), Map.of()), threshold, asOf);
        }
    }

    private static int runAbove(Map<LocalDate, Integer> byDay, int threshold, LocalDate asOf) {
        int days = 0;
        for (LocalDate d = asOf; byDay.getOrDefault(d, Integer.MIN_VALUE) > threshold; d = d.minusDays(1)) {
            days++;
        }
        return days;
    }

    /** Length in days of the strictly rising run of marks ending at {@code asOf} (1 = no rise). */
    private static int risingRun(Map<LocalDate, Integer> byDay, LocalDate asOf) {
        int days = 1;
        for (LocalDate d = asOf; byDay.containsKey(d.minusDays(1)) && byDay.get(d.minusDays(1)) < byDay.get(d);
                d = d.minusDays(1)) {
            days++;
        }
        return days;
    }
}
