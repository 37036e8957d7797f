package dev.kip.exchange.samsung;

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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Samsung Health's personal-data export: {@code com.samsung.shealth.sleep.<timestamp>.csv} (a
 * metadata line, then the header; columns named with or without the {@code com.samsung.health.sleep.}
 * prefix) and, in the export's zip, {@code com.samsung.health.sleep_stage.<timestamp>.csv}, whose
 * stages (40001 awake, 40002 light, 40003 deep, 40004 REM) are added up per sleep by
 * {@code sleep_id}. Times are UTC, shown with the row's {@code time_offset} ({@code UTC+0100}).
 * Without the stage file, asleep is the whole record.
 */
public final class SamsungHealthParser implements ExportParser {

    static final String SOURCE = "Samsung Health";
    static final String SLEEP_PREFIX = "com.samsung.shealth.sleep.";
    static final String STAGE_PREFIX = "com.samsung.health.sleep_stage.";
    private static final String WHAT = "Samsung Health's sleep file";
    private static final String EXPECTED = "'start_time', 'end_time', 'time_offset' and 'datauuid' (or the same with the "
            + "prefix com.samsung.health.sleep.), after a first line of metadata";
    private static final int AWAKE = 40001;
    private static final int LIGHT = 40002;
    private static final int DEEP = 40003;
    private static final int REM = 40004;

    /** One sleep as the sleep file gives it, joined with its stages once every file is read. */
    private record Sleep(String id, Instant start, Instant end, ZoneOffset offset) {
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.SAMSUNG_HEALTH;
    }

    @Override
    public ImportBatch parse(InputStream in, ParseContext ctx) throws ImportException {
        List<Sleep> sleeps = new ArrayList<>();
        Map<String, int[]> stages = new HashMap<>(); // sleep id → seconds per stage: awake, light, deep, REM
        NightCollector nights = new NightCollector(SOURCE, ctx.zone());
        try {
            BufferedInputStream file = new BufferedInputStream(ctx.track(in), 1 << 16);
            if (Sniff.isZip(file)) {
                Zips.forEach(file, name -> isSleep(name) || isStages(name), (name, entry) -> {
                    if (isSleep(name)) {
                        readSleeps(entry, ctx.entry(name), sleeps, nights);
                    } else {
                        readStages(entry, ctx.entry(name), stages);
                    }
                });
                if (sleeps.isEmpty() && nights.isEmpty()) {
                    throw ctx.error(0, null, "the zip file holds no " + SLEEP_PREFIX + "….csv: this is not a Samsung Health export");
                }
            } else if (Sniff.firstLine(file).startsWith(STAGE_PREFIX.substring(0, STAGE_PREFIX.length() - 1))) {
                throw ctx.error(1, null, "this is Samsung Health's sleep-stage file: import the sleep file ("
                        + SLEEP_PREFIX + "….csv) or the export's zip, which holds both");
            } else {
                readSleeps(file, ctx, sleeps, nights);
            }
        } catch (IOException e) {
            throw ctx.readFailure(0, e);
        }
        for (Sleep s : sleeps) {
            int[] seconds = stages.get(s.id());
            int inBed = Stamps.minutesBetween(s.start(), s.end());
            LocalDateTime start = LocalDateTime.ofInstant(s.start(), s.offset());
            LocalDateTime end = LocalDateTime.ofInstant(s.end(), s.offset());
            if (seconds == null) {
                nights.add(start, end, s.offset(), inBed, inBed, 0, 0, 0, 0);
            } else {
                int light = minutes(seconds[1]);
                int deep = minutes(seconds[2]);
                int rem = minutes(seconds[3]);
                nights.add(start, end, s.offset(), inBed, light + deep + rem, minutes(seconds[0]), light, deep, rem);
            }
        }
        return nights.toBatch(ImportFormat.SAMSUNG_HEALTH, ctx.fileName());
    }

    private static boolean isSleep(String entry) {
        return Zips.baseName(entry).toLowerCase(Locale.ROOT).startsWith(SLEEP_PREFIX) && entry.endsWith(".csv");
    }

    private static boolean isStages(String entry) {
        return Zips.baseName(entry).toLowerCase(Locale.ROOT).startsWith(STAGE_PREFIX) && entry.endsWith(".csv");
    }

    private static void readSleeps(InputStream csv, ParseContext ctx, List<Sleep> sleeps, NightCollector nights)
            throws ImportException {
        try (CsvRows rows = CsvRows.open(csv, ctx, 1)) {
            int start = rows.requiredLoose(WHAT, EXPECTED, "start_time");
            int end = rows.requiredLoose(WHAT, EXPECTED, "end_time");
            int offset = rows.requiredLoose(WHAT, EXPECTED, "time_offset");
            int id = rows.loose("datauuid");
            while (rows.next()) {
                if (rows.text(start).isBlank() || rows.text(end).isBlank()) {
                    nights.skip(SkipReason.NO_SLEEP_RECORDED);
                    continue;
                }
                Instant from = SleepFields.stamp(rows, start).instant(ZoneOffset.UTC);
                Instant to = SleepFields.stamp(rows, end).instant(ZoneOffset.UTC);
                if (to.isBefore(from)) {
                    throw rows.error(end, "'" + rows.text(end) + "' is before the start '" + rows.text(start) + "'");
                }
                sleeps.add(new Sleep(rows.text(id).strip(), from, to, offset(rows, offset)));
            }
        }
    }

    private static void readStages(InputStream csv, ParseContext ctx, Map<String, int[]> stages) throws ImportException {
        try (CsvRows rows = CsvRows.open(csv, ctx, 1)) {
            String what = "Samsung Health's sleep-stage file";
            String expected = "'start_time', 'end_time', 'sleep_id' and 'stage', after a first line of metadata";
            int start = rows.requiredLoose(what, expected, "start_time");
            int end = rows.requiredLoose(what, expected, "end_time");
            int sleepId = rows.requiredLoose(what, expected, "sleep_id");
            int stage = rows.requiredLoose(what, expected, "stage");
            while (rows.next()) {
                Integer code = rows.integer(stage);
                if (code == null || code < AWAKE || code > REM) {
                    throw rows.error(stage, "'" + rows.text(stage) + "' is not a sleep stage (40001 awake, 40002 light, "
                            + "40003 deep, 40004 REM)");
                }
                long seconds = java.time.Duration.between(SleepFields.stamp(rows, start).instant(ZoneOffset.UTC),
                        SleepFields.stamp(rows, end).instant(ZoneOffset.UTC)).getSeconds();
                if (seconds < 0) {
                    throw rows.error(end, "'" + rows.text(end) + "' is before the start '" + rows.text(start) + "'");
                }
                stages.computeIfAbsent(rows.text(sleepId).strip(), k -> new int[4])[code - AWAKE] += (int) Math.min(seconds, 86_400);
            }
        }
    }

    private static ZoneOffset offset(CsvRows rows, int column) throws ImportException {
        ZoneOffset offset = Stamps.offset(rows.text(column));
        if (offset == null) {
            throw rows.error(column, "'" + rows.text(column) + "' is not a time offset like UTC+0100");
        }
        return offset;
    }

    private static int minutes(int seconds) {
        return (seconds + 30) / 60;
    }
}
