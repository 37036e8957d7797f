package dev.kip.ui.body;

import dev.kip.domain.BodyMark;
import dev.kip.domain.SymptomKind;
import dev.kip.ui.bodymap.RegionLevels;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Body view shows for one day, from one query: the marks of the {@value LevelChartData#DAYS}
 * days ending at {@code day} (for the history chart, the streak and the flags), indexed by region and
 * kind for the day itself (for the map and the editor).
 */
record DayMarks(LocalDate day, List<BodyMark> window, Map<String, Map<SymptomKind, BodyMark>> onDay) {

    static LocalDate windowStart(LocalDate day) {
        return day.minusDays(LevelChartData.DAYS - 1L);
    }

    static DayMarks of(LocalDate day, List<BodyMark> window) {
        Map<String, Map<SymptomKind, BodyMark>> onDay = new HashMap<>();
        for (BodyMark m : window) {
            if (m.date().equals(day)) {
                onDay.computeIfAbsent(m.regionId(), r -> new EnumMap<>(SymptomKind.class)).put(m.kind(), m);
            }
        }
        return new DayMarks(day, List.copyOf(window), onDay);
    }

    Optional<BodyMark> mark(String regionId, SymptomKind kind) {
        return Optional.ofNullable(onDay.getOrDefault(regionId, Map.of()).get(kind));
    }

    /** The map's fill for each marked region. */
    Map<String, RegionLevels> levels() {
        Map<String, RegionLevels> out = new HashMap<>();
        onDay.forEach((region, byKind) -> out.put(region, new RegionLevels(level(byKind, SymptomKind.SORENESS), level(byKind, SymptomKind.PAIN))));
        return out;
    }

    private static int level(Map<SymptomKind, BodyMark> byKind, SymptomKind kind) {
        BodyMark m = byKind.get(kind);
        return m == null ? 0 : m.level();
    }

    /** The region to open the editor on: the highest level of the day, pain before soreness on a tie. */
    Optional<String> mostSevere() {
        return onDay.values().stream().flatMap(byKind -> byKind.values().stream())
                .filter(m -> m.level() > 0)
                .max(Comparator.comparingInt(BodyMark::level).thenComparing(m -> m.kind() == SymptomKind.PAIN)
                        .thenComparing(BodyMark::regionId, Comparator.reverseOrder()))
                .map(BodyMark::regionId);
    }
}
