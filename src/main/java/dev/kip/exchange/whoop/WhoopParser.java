package dev.kip.exchange.whoop;

import dev.kip.exchange.parse.ExportParser;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ParseContext;
import dev.kip.exchange.parse.SkipReason;
import dev.kip.exchange.read.CsvRows;
import dev.kip.exchange.read.NightCollector;
import dev.kip.exchange.read.SleepFields;
import dev.kip.exchange.read.Sniff;
import dev.kip.exchange.read.Stamps;
import dev.kip.exchange.read.Zips;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * WHOOP's {@code sleeps.csv}, alone or inside the data export's zip. A sleep runs from
 * {@code Sleep onset} to {@code Wake onset}, local times in the cycle's {@code Cycle timezone}
 * ({@code UTC-08:00}); durations are minutes. Rows marked {@code Nap} are counted, not imported:
 * a nap is not the night. Column names are matched loosely (case, spaces and punctuation).
 */
public final class WhoopParser implements ExportParser {

    static final String SOURCE = "Whoop";
    static final String ENTRY = "sleeps.csv";
    private static final String WHAT = "a WHOOP sleeps.csv";
    private static final String EXPECTED = "'Sleep onset', 'Wake onset', 'Asleep duration (min)', and where there are "
            + "'Cycle timezone', 'In bed duration (min)', 'Light sleep duration (min)', 'Deep (SWS) duration (min)', "
            + "'REM duration (min)', 'Awake duration (min)', 'Nap'";

    @Override
    public ImportFormat format() {
        return ImportFormat.WHOOP;
    }

    @Override
    public ImportBatch parse(InputStream in, ParseContext ctx) throws ImportException {
        NightCollector nights = new NightCollector(SOURCE, ctx.zone());
        try {
            BufferedInputStream file = new BufferedInputStream(ctx.track(in), 1 << 16);
            if (!Sniff.isZip(file)) {
                read(file, ctx, nights);
            } else if (Zips.forEach(file, name -> Zips.baseName(name).equalsIgnoreCase(ENTRY),
                    (name, entry) -> read(entry, ctx.entry(name), nights)) == 0) {
                throw ctx.error(0, null, "the zip file holds no " + ENTRY + ": this is not a WHOOP export");
            }
        } catch (IOException e) {
            throw ctx.readFailure(0, e);
        }
        return nights.toBatch(ImportFormat.WHOOP, ctx.fileName());
    }

    private static void read(InputStream csv, ParseContext ctx, NightCollector nights) throws ImportException {
        try (CsvRows rows = CsvRows.open(csv, ctx)) {
            int onset = rows.requiredLoose(WHAT, EXPECTED, "Sleep onset");
            int wake = rows.requiredLoose(WHAT, EXPECTED, "Wake onset");
            int asleep = rows.requiredLoose(WHAT, EXPECTED, "Asleep duration (min)", "Asleep duration");
            int zone = rows.loose("Cycle timezone", "Timezone", "Time zone");
            int inBed = rows.loose("In bed duration (min)", "In bed duration");
            int awake = rows.loose("Awake duration (min)", "Awake duration");
            int light = rows.loose("Light sleep duration (min)", "Light sleep duration");
            int deep = rows.loose("Deep (SWS) duration (min)", "Deep sleep duration (min)", "Deep (SWS) duration");
            int rem = rows.loose("REM duration (min)", "REM sleep duration (min)", "REM duration");
            int nap = rows.loose("Nap");
            while (rows.next()) {
                if (nap >= 0 && rows.text(nap).strip().equalsIgnoreCase("true")) {
                    nights.skip(SkipReason.NAP);
                    continue;
                }
                ZoneOffset offset = offset(rows, zone);
                LocalDateTime start = SleepFields.stamp(rows, onset).in(offset);
                Stamps.Stamp wakeStamp = SleepFields.stamp(rows, wake);
                LocalDateTime end = wakeStamp.in(offset);
                // the cycle's offset, else the wake time's own, else the import's zone
                ZoneId nightZone = zone >= 0 ? offset : nights.zoneOf(wakeStamp);
                int asleepMin = SleepFields.minutes(rows, asleep, 60);
                int awakeMin = SleepFields.minutes(rows, awake, 60);
                int inBedMin = inBed >= 0 && !rows.text(inBed).isBlank() ? SleepFields.minutes(rows, inBed, 60) : asleepMin + awakeMin;
                nights.add(start, end, nightZone, inBedMin, asleepMin, awakeMin, SleepFields.minutes(rows, light, 60),
                        SleepFields.minutes(rows, deep, 60), SleepFields.minutes(rows, rem, 60));
            }
        }
    }

    /** The row's UTC offset ({@code UTC-08:00}); UTC when the file has no zone column. */
    private static ZoneOffset offset(CsvRows rows, int column) throws ImportException {
        if (column < 0) {
            return ZoneOffset.UTC;
        }
        ZoneOffset offset = Stamps.offset(rows.text(column));
        if (offset == null) {
            throw rows.error(column, "'" + rows.text(column) + "' is not a time zone offset like UTC-08:00");
        }
        return offset;
    }
}
