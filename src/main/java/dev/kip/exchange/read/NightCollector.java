package dev.kip.exchange.read;

import dev.kip.domain.DeviceNight;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.SkipReason;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers the sleeps of a tracker's export into one device night per wake date, as the diary
 * keys its nights. A sleep belongs to the date it ends on, or to the next date when it ends at
 * 18:00 or later (the rule of the Apple Health import: a nap joins the night that ended that
 * morning). Per date the longest sleep is the night; shorter ones (naps) and records under 15
 * minutes (tests, tracking stopped at once) are counted as skipped. Start and end are local
 * times in the zone the night was slept in, to the minute, and each night keeps that zone (the export's
 * zone or offset where it gives one, else the import's); minutes are capped at 1440, the journal's limit.
 */
public final class NightCollector {

    static final int MIN_MINUTES = 15;
    private static final LocalTime EVENING = LocalTime.of(18, 0);

    private final String source;
    private final ZoneId zone;
    private final Map<LocalDate, DeviceNight> nights = new TreeMap<>();
    private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);

    /** {@code source} is stored with every night, e.g. "Garmin"; {@code zone} is that of times written without one. */
    public NightCollector(String source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    /** The zone of a night that ends at {@code end}: its offset when the export wrote one, else the import's zone. */
    public ZoneId zoneOf(Stamps.Stamp end) {
        return end.offset() != null ? end.offset() : zone;
    }

    /** The wake date a sleep ending at {@code end} (local time) is keyed by. */
    public static LocalDate wakeDate(LocalDateTime end) {
        return end.toLocalTime().isBefore(EVENING) ? end.toLocalDate() : end.toLocalDate().plusDays(1);
    }

    /** Adds one sleep slept in the import's zone; minutes are those the file gives (0 where it gives none). */
    public void add(LocalDateTime start, LocalDateTime end, int inBedMin, int asleepMin, int awakeMin, int lightMin,
                    int deepMin, int remMin) {
        add(start, end, zone, inBedMin, asleepMin, awakeMin, lightMin, deepMin, remMin);
    }

    /** Adds one sleep slept in {@code nightZone} (local start and end in it). */
    public void add(LocalDateTime start, LocalDateTime end, ZoneId nightZone, int inBedMin, int asleepMin, int awakeMin,
                    int lightMin, int deepMin, int remMin) {
        if (inBedMin < MIN_MINUTES && asleepMin < MIN_MINUTES) {
            skip(SkipReason.SLEEP_TOO_SHORT);
            return;
        }
        DeviceNight night = new DeviceNight(wakeDate(end), source, start.truncatedTo(ChronoUnit.MINUTES),
                end.truncatedTo(ChronoUnit.MINUTES), cap(inBedMin), cap(asleepMin), cap(awakeMin),
                cap(lightMin), cap(deepMin), cap(remMin), nightZone);
        DeviceNight kept = nights.get(night.date());
        if (kept == null || longer(night, kept)) {
            nights.put(night.date(), night);
        }
        if (kept != null) {
            skip(SkipReason.SHORTER_SLEEP_SAME_NIGHT);
        }
    }

    public void skip(SkipReason reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    /** True when no sleep has been added or skipped yet. */
    public boolean isEmpty() {
        return nights.isEmpty() && skipped.isEmpty();
    }

    public ImportBatch toBatch(ImportFormat format, String fileName) {
        return new ImportBatch(format, fileName, null, List.of(), new ArrayList<>(nights.values()), List.of(), List.of(),
                List.of(), skipped, Map.of());
    }

    private static boolean longer(DeviceNight a, DeviceNight b) {
        int asleepA = a.asleepMin() == null ? -1 : a.asleepMin();
        int asleepB = b.asleepMin() == null ? -1 : b.asleepMin();
        return asleepA != asleepB ? asleepA > asleepB : a.inBedMin() > b.inBedMin();
    }

    private static int cap(int minutes) {
        return Math.max(0, Math.min(1440, minutes));
    }
}
