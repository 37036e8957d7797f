package dev.kip.exchange.fitbit;

import dev.kip.exchange.parse.ExportParser;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ParseContext;
import dev.kip.exchange.read.CsvRows;
import dev.kip.exchange.read.JsonRecord;
import dev.kip.exchange.read.JsonRecords;
import dev.kip.exchange.read.NightCollector;
import dev.kip.exchange.read.SleepFields;
import dev.kip.exchange.read.Stamps;
import dev.kip.exchange.read.Sniff;
import dev.kip.exchange.read.Zips;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fitbit's sleep, from Google Takeout ({@code Fitbit/Global Export Data/sleep-YYYY-MM-DD.json}:
 * arrays of sleep logs, read from the zip or one file) or from the older account export's sleep
 * CSV (a {@code Sleep} line, then {@code Start Time,End Time,Minutes Asleep,Minutes Awake,…}).
 * Fitbit writes local times without a zone: they are kept as written. Stages come from
 * {@code levels.summary} (deep, light, REM; the "classic" logs of older devices have none).
 */
public final class FitbitParser implements ExportParser {

    static final String SOURCE = "Fitbit";
    private static final Pattern TAKEOUT_ENTRY = Pattern.compile("(?i)(.*/)?sleep-\\d{4}-\\d{2}-\\d{2}\\.json");
    private static final String CSV_TITLE = "Sleep";

    @Override
    public ImportFormat format() {
        return ImportFormat.FITBIT;
    }

    @Override
    public ImportBatch parse(InputStream in, ParseContext ctx) throws ImportException {
        NightCollector nights = new NightCollector(SOURCE, ctx.zone());
        try {
            BufferedInputStream file = new BufferedInputStream(ctx.track(in), 1 << 16);
            if (Sniff.isZip(file)) {
                if (Zips.forEach(file, name -> TAKEOUT_ENTRY.matcher(name).matches(),
                        (name, entry) -> readJson(entry, ctx.entry(name).fileName(), nights)) == 0) {
                    throw ctx.error(0, null, "the zip file holds no sleep-YYYY-MM-DD.json: this is not a Fitbit export "
                            + "(Google Takeout puts them in Fitbit/Global Export Data)");
                }
            } else if (Sniff.isJson(file)) {
                readJson(file, ctx.fileName(), nights);
            } else {
                readCsv(file, ctx, nights);
            }
        } catch (IOException e) {
            throw ctx.readFailure(0, e);
        }
        return nights.toBatch(ImportFormat.FITBIT, ctx.fileName());
    }

    private static void readJson(InputStream json, String fileName, NightCollector nights) throws ImportException, IOException {
        JsonRecords.read(json, fileName, Set.of("sleep"), log -> night(log, nights));
    }

    private static void night(JsonRecord log, NightCollector nights) throws ImportException {
        Stamps.Stamp start = log.stamp("startTime");
        Stamps.Stamp end = log.stamp("endTime");
        if (start == null || end == null) {
            throw log.error(start == null ? "startTime" : "endTime", "missing: every sleep log has a start and an end");
        }
        int inBed = log.minutes(60, "timeInBed");
        nights.add(start.local(), end.local(), nights.zoneOf(end), inBed, log.minutes(60, "minutesAsleep"), log.minutes(60, "minutesAwake"),
                log.minutes(60, "levels.summary.light.minutes"), log.minutes(60, "levels.summary.deep.minutes"),
                log.minutes(60, "levels.summary.rem.minutes"));
    }

    private static void readCsv(BufferedInputStream file, ParseContext ctx, NightCollector nights) throws ImportException, IOException {
        try (CsvRows rows = CsvRows.open(file, ctx, Sniff.firstLine(file).equals(CSV_TITLE) ? 1 : 0)) {
            String what = "Fitbit's sleep CSV";
            int start = rows.required(what, "Start Time");
            int end = rows.required(what, "End Time");
            int asleep = rows.required(what, "Minutes Asleep");
            int awake = rows.optional("Minutes Awake");
            int inBed = rows.optional("Time in Bed");
            int rem = rows.optional("Minutes REM Sleep");
            int light = rows.optional("Minutes Light Sleep");
            int deep = rows.optional("Minutes Deep Sleep");
            while (rows.next()) {
                int asleepMin = count(rows, asleep);
                int awakeMin = count(rows, awake);
                int inBedMin = inBed >= 0 && !rows.text(inBed).equals("N/A") ? count(rows, inBed) : asleepMin + awakeMin;
                nights.add(SleepFields.stamp(rows, start).local(), SleepFields.stamp(rows, end).local(), inBedMin, asleepMin,
                        awakeMin, count(rows, light), count(rows, deep), count(rows, rem));
            }
        }
    }

    /** Minutes as the CSV writes them: {@code 1,234} with a thousands comma, {@code N/A} for none. */
    private static int count(CsvRows rows, int column) throws ImportException {
        String text = column < 0 ? "" : rows.text(column).replace(",", "").strip();
        if (text.isEmpty() || text.equals("N/A")) {
            return 0;
        }
        try {
            int minutes = Integer.parseInt(text);
            if (minutes >= 0 && minutes <= 2880) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // said below, with the column
        }
        throw rows.error(column, "'" + rows.text(column) + "' is not a number of minutes (0–2880)");
    }
}
