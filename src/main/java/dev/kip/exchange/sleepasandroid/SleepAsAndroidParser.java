package dev.kip.exchange.sleepasandroid;

import dev.kip.exchange.parse.ExportParser;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ParseContext;
import dev.kip.exchange.read.CsvRows;
import dev.kip.exchange.read.NightCollector;
import dev.kip.exchange.read.Sniff;
import dev.kip.exchange.read.Zips;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Sleep as Android's {@code sleep-export.csv}, alone or inside the app's backup zip. Every
 * record is a header line ({@code Id,Tz,From,To,Sched,Hours,Rating,Comment,…,DeepSleep,LenAdjust,…}
 * followed by per-minute and event columns of its own) and a data line, sometimes a third line
 * of noise values; the fixed columns keep their places, so the first header names them for all.
 *
 * <p>Times follow the format's documentation: the start is {@code Id} (epoch milliseconds), the
 * end is the start plus {@code Hours}, both shown in the record's {@code Tz}; the written
 * {@code From}/{@code To} ({@code dd. MM. yyyy H:mm}) are ambiguous when clocks go back.
 * Asleep is the tracked time plus {@code LenAdjust} (minutes, 0 or negative; {@code -1.0}
 * marks a night entered by hand, taken as asleep throughout); deep sleep is the {@code DeepSleep}
 * fraction of it when the hypnogram was on (negative otherwise), the rest light.
 */
public final class SleepAsAndroidParser implements ExportParser {

    static final String SOURCE = "Sleep as Android";
    static final String ENTRY = "sleep-export.csv";
    private static final String MANUAL = "-1.0";

    @Override
    public ImportFormat format() {
        return ImportFormat.SLEEP_AS_ANDROID;
    }

    @Override
    public ImportBatch parse(InputStream in, ParseContext ctx) throws ImportException {
        NightCollector nights = new NightCollector(SOURCE, ctx.zone());
        try {
            BufferedInputStream file = new BufferedInputStream(ctx.track(in), 1 << 16);
            if (!Sniff.isZip(file)) {
                read(file, ctx, nights);
            } else if (Zips.forEach(file, name -> Zips.baseName(name).equals(ENTRY),
                    (name, entry) -> read(entry, ctx.entry(name), nights)) == 0) {
                throw ctx.error(0, null, "the zip file holds no " + ENTRY + ": this is not a Sleep as Android export");
            }
        } catch (IOException e) {
            throw ctx.readFailure(0, e);
        }
        return nights.toBatch(ImportFormat.SLEEP_AS_ANDROID, ctx.fileName());
    }

    private static void read(InputStream csv, ParseContext ctx, NightCollector nights) throws ImportException {
        try (CsvRows rows = CsvRows.open(csv, ctx)) {
            rows.allowLongerRows(); // each record's own header line names its movement columns
            String what = "a Sleep as Android export";
            int id = rows.required(what, "Id");
            int tz = rows.required(what, "Tz");
            int hours = rows.required(what, "Hours");
            int deep = rows.optional("DeepSleep");
            int lenAdjust = rows.optional("LenAdjust");
            while (rows.next()) {
                String idText = rows.text(id).strip();
                if (idText.isEmpty() || idText.equals("Id")) {
                    continue; // the next record's header line, or a line of noise values
                }
                Instant start = start(rows, id);
                ZoneId zone = zone(rows, tz);
                Double tracked = rows.decimal(hours);
                if (tracked == null || tracked < 0 || tracked > 48) {
                    throw rows.error(hours, "'" + rows.text(hours) + "' is not a number of hours (0–48)");
                }
                int inBed = (int) Math.round(tracked * 60);
                int asleep = inBed + adjustment(rows, lenAdjust);
                Double deepFraction = rows.decimal(deep);
                int deepMin = deepFraction == null || deepFraction < 0 ? 0 : (int) Math.round(Math.min(1, deepFraction) * asleep);
                int lightMin = deepFraction == null || deepFraction < 0 ? 0 : asleep - deepMin;
                LocalDateTime from = LocalDateTime.ofInstant(start, zone);
                nights.add(from, LocalDateTime.ofInstant(start.plusSeconds(Math.round(tracked * 3600)), zone), zone, inBed,
                        Math.max(0, asleep), inBed - Math.max(0, asleep), lightMin, deepMin, 0);
            }
        }
    }

    private static Instant start(CsvRows rows, int column) throws ImportException {
        String text = rows.text(column).strip();
        try {
            return Instant.ofEpochMilli(Long.parseLong(text));
        } catch (NumberFormatException | DateTimeException e) {
            throw rows.error(column, "'" + text + "' is not a record id (the start in milliseconds since 1970)");
        }
    }

    private static ZoneId zone(CsvRows rows, int column) throws ImportException {
        String text = rows.text(column).strip();
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw rows.error(column, "'" + text + "' is not a time zone like Europe/London");
        }
    }

    /** Minutes to add to the tracked time for time spent awake: 0 for a night entered by hand. */
    private static int adjustment(CsvRows rows, int column) throws ImportException {
        String text = rows.text(column).strip();
        if (column < 0 || text.isEmpty() || text.equals(MANUAL)) {
            return 0;
        }
        Double minutes = rows.decimal(column);
        if (minutes > 0 || minutes < -1440) {
            throw rows.error(column, "'" + text + "' is not a length adjustment (0 to −1440 minutes)");
        }
        return (int) Math.round(minutes);
    }
}
