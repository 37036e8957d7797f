package dev.kip.exchange.oura;

import dev.kip.exchange.parse.ExportParser;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ParseContext;
import dev.kip.exchange.parse.SkipReason;
import dev.kip.exchange.read.CsvRows;
import dev.kip.exchange.read.JsonRecord;
import dev.kip.exchange.read.JsonRecords;
import dev.kip.exchange.read.NightCollector;
import dev.kip.exchange.read.SleepFields;
import dev.kip.exchange.read.Sniff;
import dev.kip.exchange.read.Stamps;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Oura's sleep: the CSV of the Trends export ({@code Bedtime Start}, {@code Bedtime End}, {@code Total
 * Sleep Time}, {@code Deep Sleep Time}… in seconds) or the JSON of the full data export (the array
 * under {@code "sleep"} or {@code "data"}; the older field names {@code duration, total, deep, light,
 * rem, awake} and the newer {@code time_in_bed, total_sleep_duration, deep_sleep_duration…}, in
 * seconds). Bedtimes carry their UTC offset; a night is shown in the local time it was slept in.
 * Records Oura marks {@code deleted} are counted, not imported.
 */
public final class OuraParser implements ExportParser {

    static final String SOURCE = "Oura";
    private static final String WHAT = "Oura's Trends CSV";
    private static final String EXPECTED = "'Bedtime Start', 'Bedtime End', 'Total Sleep Time', and where there are "
            + "'Total Bedtime', 'Awake Time', 'Light Sleep Time', 'Deep Sleep Time', 'REM Sleep Time'";

    @Override
    public ImportFormat format() {
        return ImportFormat.OURA;
    }

    @Override
    public ImportBatch parse(InputStream in, ParseContext ctx) throws ImportException {
        NightCollector nights = new NightCollector(SOURCE, ctx.zone());
        try {
            BufferedInputStream file = new BufferedInputStream(ctx.track(in), 1 << 16);
            if (Sniff.isJson(file)) {
                JsonRecords.read(file, ctx.fileName(), Set.of("sleep", "data"), r -> night(r, nights));
            } else {
                readCsv(file, ctx, nights);
            }
        } catch (IOException e) {
            throw ctx.readFailure(0, e);
        }
        return nights.toBatch(ImportFormat.OURA, ctx.fileName());
    }

    private static void night(JsonRecord r, NightCollector nights) throws ImportException {
        if ("deleted".equals(r.text("type"))) {
            nights.skip(SkipReason.NO_SLEEP_RECORDED);
            return;
        }
        Stamps.Stamp start = r.stamp("bedtime_start");
        Stamps.Stamp end = r.stamp("bedtime_end");
        if (start == null || end == null) {
            throw r.error(start == null ? "bedtime_start" : "bedtime_end", "missing: every Oura sleep has a bedtime start and end");
        }
        nights.add(start.local(), end.local(), nights.zoneOf(end), r.minutes(1, "time_in_bed", "duration"),
                r.minutes(1, "total_sleep_duration", "total"), r.minutes(1, "awake_time", "awake"),
                r.minutes(1, "light_sleep_duration", "light"), r.minutes(1, "deep_sleep_duration", "deep"),
                r.minutes(1, "rem_sleep_duration", "rem"));
    }

    private static void readCsv(InputStream csv, ParseContext ctx, NightCollector nights) throws ImportException {
        try (CsvRows rows = CsvRows.open(csv, ctx)) {
            int start = rows.requiredLoose(WHAT, EXPECTED, "Bedtime Start");
            int end = rows.requiredLoose(WHAT, EXPECTED, "Bedtime End");
            int total = rows.requiredLoose(WHAT, EXPECTED, "Total Sleep Time", "Total Sleep Duration");
            int inBed = rows.loose("Total Bedtime", "Time in Bed", "time_in_bed");
            int awake = rows.loose("Awake Time", "awake_time");
            int light = rows.loose("Light Sleep Time", "Light Sleep Duration", "light_sleep_duration");
            int deep = rows.loose("Deep Sleep Time", "Deep Sleep Duration", "deep_sleep_duration");
            int rem = rows.loose("REM Sleep Time", "REM Sleep Duration", "rem_sleep_duration");
            while (rows.next()) {
                if (rows.text(start).isBlank()) {
                    nights.skip(SkipReason.NO_SLEEP_RECORDED); // a day of the trends without a night
                    continue;
                }
                Stamps.Stamp ended = SleepFields.stamp(rows, end);
                nights.add(SleepFields.stamp(rows, start).local(), ended.local(), nights.zoneOf(ended),
                        SleepFields.minutes(rows, inBed, 1), SleepFields.minutes(rows, total, 1),
                        SleepFields.minutes(rows, awake, 1), SleepFields.minutes(rows, light, 1),
                        SleepFields.minutes(rows, deep, 1), SleepFields.minutes(rows, rem, 1));
            }
        }
    }
}
