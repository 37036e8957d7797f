package dev.kip.insight;

import dev.kip.domain.DeviceNight;
import dev.kip.domain.Night;
import dev.kip.domain.NightSleep;
import dev.kip.domain.NightTrust;
import dev.kip.domain.SleepSourcePrefs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One sleep figure per night from the diary and every device that recorded it, by the person's
 * {@link SleepSourcePrefs} and their per-night {@link NightTrust}, and which source each came from
 * ("sleep: diary on 61 nights, Garmin on 23").
 */
public final class NightSourceChoice {

    /** The diary's name among the sources. */
    public static final String DIARY = NightSleep.DIARY;

    /**
     * The figure of each night, oldest first, how many nights each source gave (most first), and
     * the nights left out: a device recorded only time in bed there (asleep unknown) and the diary
     * has no entry, so there is no sleep figure, and none is made up.
     */
    public record Choice(List<NightSleep> nights, Map<String, Integer> nightsBySource, List<LocalDate> leftOut) {

        /** "sleep: diary on 61 nights, Garmin on 23", or "sleep: no nights". */
        public String describe() {
            return NightSourceChoice.describe(nightsBySource);
        }
    }

    /** "sleep: diary on 61 nights, Garmin on 23" from nights by source (largest first), or "sleep: no nights". */
    public static String describe(Map<String, Integer> nightsBySource) {
        if (nightsBySource.isEmpty()) {
            return "sleep: no nights";
        }
        List<String> parts = new ArrayList<>();
        nightsBySource.forEach((source, n) -> parts.add(parts.isEmpty()
                ? source + " on " + Decimals.grouped(n) + (n == 1 ? " night" : " nights")
                : source + " on " + Decimals.grouped(n)));
        return "sleep: " + String.join(", ", parts);
    }

    /** How many of {@code nights} each source stands for, the largest first (ties by name). */
    public static Map<String, Integer> countBySource(Collection<NightSleep> nights) {
        Map<String, Integer> counts = new TreeMap<>();
        nights.forEach(n -> counts.merge(n.source(), 1, Integer::sum));
        Map<String, Integer> byCount = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> byCount.put(e.getKey(), e.getValue()));
        return byCount;
    }

    private NightSourceChoice() {
    }

    public static Choice choose(Collection<Night> diary, Collection<DeviceNight> devices, SleepSourcePrefs prefs,
                                Map<LocalDate, NightTrust> trust) {
        Map<LocalDate, DeviceNight> device = bestDevice(devices, prefs);
        Map<LocalDate, NightSleep> chosen = new TreeMap<>();
        Set<LocalDate> unknown = new TreeSet<>();
        device.forEach((date, n) -> {
            if (n.asleepMin() == null) {
                unknown.add(date);
                return;
            }
            chosen.put(date, new NightSleep(date, n.asleepMin(), n.end().toLocalTime(), n.source()));
        });
        for (Night n : diary) {
            NightTrust said = trust.get(n.date());
            boolean deviceWins = chosen.containsKey(n.date())
                    && (said == NightTrust.DEVICE || said == null && prefs.preferDevice());
            if (!deviceWins) {
                chosen.put(n.date(), new NightSleep(n.date(), SleepMetrics.of(n).tstMin(), n.finalWake(), DIARY));
            }
        }
        unknown.removeAll(chosen.keySet());
        return new Choice(new ArrayList<>(chosen.values()), countBySource(chosen.values()), List.copyOf(unknown));
    }

    /**
     * Per date, the device night that stands for it: the person's order first, then the one that
     * covers the longest span, then one with stages, then the most asleep minutes.
     */
    public static Map<LocalDate, DeviceNight> bestDevice(Collection<DeviceNight> devices, SleepSourcePrefs prefs) {
        Comparator<DeviceNight> better = Comparator.comparingInt((DeviceNight n) -> prefs.rank(n.source()))
                .thenComparing(n -> -n.spanMin())
                .thenComparing(n -> n.coreMin() + n.deepMin() + n.remMin() == 0)
                .thenComparing(n -> n.asleepMin() == null ? 1 : -n.asleepMin())
                .thenComparing(DeviceNight::source);
        Map<LocalDate, DeviceNight> best = new TreeMap<>();
        for (DeviceNight n : devices) {
            best.merge(n.date(), n, (a, b) -> better.compare(a, b) <= 0 ? a : b);
        }
        return best;
    }
}
