package dev.kip.exchange.garmin;

import dev.kip.exchange.parse.ExportParser;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ParseContext;
import dev.kip.exchange.parse.SkipReason;
import dev.kip.exchange.read.JsonRecord;
import dev.kip.exchange.read.JsonRecords;
import dev.kip.exchange.read.NightCollector;
import dev.kip.exchange.read.Stamps;
import dev.kip.exchange.read.Sniff;
import dev.kip.exchange.read.Zips;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

/**
 * Garmin Connect's account data export: the {@code DI_CONNECT/DI-Connect-Wellness/*_sleepData.json}
 * files of its zip (each an array of days), or one such file. A day's sleep runs from
 * {@code sleepStartTimestampGMT} to {@code sleepEndTimestampGMT} (UTC); it is shown in the
 * local times the file gives ({@code sleepStartTimestampLocal}) where it has them, else in the
 * computer's zone. Asleep is deep + light + REM seconds, awake {@code awakeSleepSeconds}; days
 * listed without a sleep are counted, not refused.
 */
public final class GarminParser implements ExportParser {

    static final String SOURCE = "Garmin";
    private static final String ENTRY_SUFFIX = "_sleepdata.json";

    @Override
    public ImportFormat format() {
        return ImportFormat.GARMIN;
    }

    @Override
    public ImportBatch parse(InputStream in, ParseContext ctx) throws ImportException {
        NightCollector nights = new NightCollector(SOURCE, ctx.zone());
        try {
            BufferedInputStream file = new BufferedInputStream(ctx.track(in), 1 << 16);
            if (!Sniff.isZip(file)) {
                read(file, ctx.fileName(), ctx.zone(), nights);
            } else if (Zips.forEach(file, name -> name.toLowerCase(Locale.ROOT).endsWith(ENTRY_SUFFIX),
                    (name, entry) -> read(entry, ctx.entry(name).fileName(), ctx.zone(), nights)) == 0) {
                throw ctx.error(0, null, "the zip file holds no …_sleepData.json: this is not a Garmin export "
                        + "(the files are in DI_CONNECT/DI-Connect-Wellness)");
            }
        } catch (IOException e) {
            throw ctx.readFailure(0, e);
        }
        return nights.toBatch(ImportFormat.GARMIN, ctx.fileName());
    }

    private static void read(InputStream json, String fileName, ZoneId zone, NightCollector nights)
            throws ImportException, IOException {
        JsonRecords.read(json, fileName, Set.of(), day -> night(day, zone, nights));
    }

    private static void night(JsonRecord day, ZoneId zone, NightCollector nights) throws ImportException {
        Stamps.Stamp start = day.stamp("sleepStartTimestampGMT");
        if (start == null) {
            nights.skip(SkipReason.NO_SLEEP_RECORDED);
            return;
        }
        Stamps.Stamp end = day.stamp("sleepEndTimestampGMT");
        if (end == null) {
            throw day.error("sleepEndTimestampGMT", "missing where sleepStartTimestampGMT is given");
        }
        Instant from = start.instant(ZoneOffset.UTC);
        Instant to = end.instant(ZoneOffset.UTC);
        int inBed = Stamps.minutesBetween(from, to);
        if (inBed < 0) {
            throw day.error("sleepEndTimestampGMT", "'" + day.text("sleepEndTimestampGMT") + "' is before the start '"
                    + day.text("sleepStartTimestampGMT") + "'");
        }
        int deep = day.minutes(1, "deepSleepSeconds");
        int light = day.minutes(1, "lightSleepSeconds");
        int rem = day.minutes(1, "remSleepSeconds");
        int awake = day.minutes(1, "awakeSleepSeconds");
        int asleep = deep + light + rem > 0 ? deep + light + rem : Math.max(0, inBed - awake);
        LocalDateTime localEnd = local(day, "sleepEndTimestampLocal", to, zone);
        ZoneId nightZone = day.stamp("sleepEndTimestampLocal") == null ? zone : zoneOf(localEnd, to, zone);
        nights.add(local(day, "sleepStartTimestampLocal", from, zone), localEnd, nightZone,
                inBed, asleep, awake, light, deep, rem);
    }

    /** The offset the export's local end is from its GMT end, when it is one (whole minutes within ±18 h); else the import's zone. */
    private static ZoneId zoneOf(LocalDateTime localEnd, Instant end, ZoneId zone) {
        long seconds = Duration.between(end, localEnd.toInstant(ZoneOffset.UTC)).getSeconds();
        return seconds % 60 == 0 && Math.abs(seconds) <= 18 * 3600 ? ZoneOffset.ofTotalSeconds((int) seconds) : zone;
    }

    private static LocalDateTime local(JsonRecord day, String key, Instant at, ZoneId zone) throws ImportException {
        Stamps.Stamp local = day.stamp(key);
        return local != null ? local.local() : LocalDateTime.ofInstant(at, zone);
    }
}
