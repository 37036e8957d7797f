package dev.kip.exchange.apple;

import dev.kip.domain.DeviceNight;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns Apple Health sleep intervals into one {@link DeviceNight} per wake date.
 *
 * <p><b>Which night:</b> an interval belongs to the night keyed D when it ends (local time, in
 * the record's own offset) from 18:00 on D−1 to before 18:00 on D. For every ordinary night
 * that is the wake date — the date of the last asleep interval's end — including late
 * risers and day sleepers after a night shift; an afternoon nap joins the night that ended
 * that morning. Grouping by the end rather than by gaps needs no ordering of the records.
 *
 * <p><b>Which source:</b> several sources record the same night (watch stages, phone in-bed,
 * other apps). Per night one is kept, by coverage first: a source that covers less than half of
 * the time another source covers (the union of everything each recorded that night) drops out,
 * so a watch's 80-minute fragment never beats the phone's 355 minutes in bed. Among the sources
 * left: one with stage data (core, deep or REM) first, then the one with most asleep minutes,
 * then the first by name. Its intervals are unioned per category, so overlapping records are
 * never added together: asleep = union of core, deep, REM and unspecified; in bed = union of
 * everything the source recorded that night (being asleep or awake in the night implies being in
 * bed); each stage its own union. Minutes are capped at 1440, the journal's limit.
 *
 * <p><b>Zone:</b> the night's zone is the one named by its last-ending record's {@code HKTimeZone}
 * metadata (e.g. {@code Europe/Berlin}) when it has one, else that record's UTC offset; the
 * parser has already turned each time's offset into the named zone's at that instant.
 *
 * <p><b>Time in bed only:</b> a source that recorded no asleep interval at all (an iPhone's
 * Bedtime, without a watch) gives a night whose asleep time is unknown: null, never 0.
 *
 * <p><b>Memory:</b> one compact aggregate per (night, source) — about 3,650 × sources for ten
 * years — however many records the export holds.
 */
final class SleepNights {

    enum Category { IN_BED, AWAKE, CORE, DEEP, REM, UNSPECIFIED }

    private static final int EVENING_CUTOFF_SHIFT = 6 * 3600; // 18:00 + 6 h = midnight of the next day
    private static final Category[] ASLEEP = {Category.CORE, Category.DEEP, Category.REM, Category.UNSPECIFIED};

    private final Map<LocalDate, Map<String, Night>> nights = new TreeMap<>();
    private int nightsFromOtherSources;
    private int nightsAsleepUnknown;

    /**
     * Adds one interval: epoch seconds, each with the UTC offset of the record's local time, and the
     * zone the record names ({@code HKTimeZone}), or null when it names none.
     */
    void add(String source, Category category, long start, int startOffset, long end, int endOffset, ZoneId zone) {
        LocalDate key = LocalDate.ofEpochDay(Math.floorDiv(end + endOffset + EVENING_CUTOFF_SHIFT, 86_400));
        nights.computeIfAbsent(key, k -> new HashMap<>(4))
                .computeIfAbsent(source, s -> new Night())
                .add(category, start, startOffset, end, endOffset, zone);
    }

    List<DeviceNight> deviceNights() {
        List<DeviceNight> out = new ArrayList<>(nights.size());
        nightsFromOtherSources = 0;
        nightsAsleepUnknown = 0;
        Comparator<Map.Entry<String, Night>> priority = Comparator
                .comparing((Map.Entry<String, Night> e) -> !e.getValue().hasStages())
                .thenComparing(e -> -e.getValue().asleepSeconds())
                .thenComparing(Map.Entry::getKey);
        nights.forEach((date, bySource) -> {
            long widest = bySource.values().stream().mapToLong(Night::coveredSeconds).max().orElse(0);
            Map.Entry<String, Night> chosen = bySource.entrySet().stream()
                    .filter(e -> 2 * e.getValue().coveredSeconds() >= widest)
                    .min(priority).orElseThrow();
            nightsFromOtherSources += bySource.size() - 1;
            DeviceNight night = chosen.getValue().toDeviceNight(date, chosen.getKey());
            nightsAsleepUnknown += night.asleepMin() == null ? 1 : 0;
            out.add(night);
        });
        return out;
    }

    /** Nights dropped because a source that covered them better recorded them too (valid after {@link #deviceNights()}). */
    int nightsFromOtherSources() {
        return nightsFromOtherSources;
    }

    /** Nights kept with time in bed only, asleep unknown (valid after {@link #deviceNights()}). */
    int nightsAsleepUnknown() {
        return nightsAsleepUnknown;
    }

    /** One source's intervals for one night. */
    private static final class Night {
        private final Intervals[] byCategory = new Intervals[Category.values().length];
        private long first = Long.MAX_VALUE;
        private int firstOffset;
        private long last = Long.MIN_VALUE;
        private int lastOffset;
        /** The named zone of the record that ends last, or null when it names none. */
        private ZoneId lastZone;
        private long asleepSeconds = -1;
        private long coveredSeconds = -1;

        void add(Category category, long start, int startOffset, long end, int endOffset, ZoneId zone) {
            Intervals list = byCategory[category.ordinal()];
            if (list == null) {
                list = byCategory[category.ordinal()] = new Intervals();
            }
            list.add(start, end);
            if (start < first) {
                first = start;
                firstOffset = startOffset;
            }
            if (end > last) {
                last = end;
                lastOffset = endOffset;
                lastZone = zone;
            }
            asleepSeconds = -1;
            coveredSeconds = -1;
        }

        boolean hasStages() {
            return has(Category.CORE) || has(Category.DEEP) || has(Category.REM);
        }

        long asleepSeconds() {
            if (asleepSeconds < 0) {
                asleepSeconds = union(ASLEEP);
            }
            return asleepSeconds;
        }

        /** The time this source says anything about: the union of all it recorded that night. */
        long coveredSeconds() {
            if (coveredSeconds < 0) {
                coveredSeconds = union(Category.values());
            }
            return coveredSeconds;
        }

        private boolean recordedAsleep() {
            for (Category c : ASLEEP) {
                if (has(c)) {
                    return true;
                }
            }
            return false;
        }

        DeviceNight toDeviceNight(LocalDate date, String source) {
            return new DeviceNight(date, source,
                    LocalDateTime.ofEpochSecond(first, 0, ZoneOffset.ofTotalSeconds(firstOffset)),
                    LocalDateTime.ofEpochSecond(last, 0, ZoneOffset.ofTotalSeconds(lastOffset)),
                    minutes(coveredSeconds()), recordedAsleep() ? minutes(asleepSeconds()) : null, minutes(union(Category.AWAKE)),
                    minutes(union(Category.CORE)), minutes(union(Category.DEEP)), minutes(union(Category.REM)),
                    lastZone != null ? lastZone : ZoneOffset.ofTotalSeconds(lastOffset));
        }

        private boolean has(Category c) {
            return byCategory[c.ordinal()] != null;
        }

        private long union(Category... categories) {
            Intervals all = new Intervals();
            for (Category c : categories) {
                if (has(c)) {
                    all.addAll(byCategory[c.ordinal()]);
                }
            }
            return all.unionSeconds();
        }

        private static int minutes(long seconds) {
            return (int) Math.min(1440, (seconds + 30) / 60);
        }
    }
}
