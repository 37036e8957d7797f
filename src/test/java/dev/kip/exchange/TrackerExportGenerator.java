package dev.kip.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes synthetic exports of every sleep tracker and of StrongLifts, {@code YEARS} years of nightly
 * records each, in the vendors' layouts (with the bulk that real files carry: Sleep as Android's
 * per-minute actigraphy columns, Fitbit's stage data, Samsung's stage file), for the import benchmark:
 * {@code TrackerExportGenerator DIR [YEARS]}. The Garmin and Fitbit zips hold one small JSON file
 * per day (Garmin) or per month (Fitbit), as the worst case of "thousands of small files".
 */
public final class TrackerExportGenerator {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private final Random random = new Random(20);
    private final LocalDate first;
    private final int days;

    private TrackerExportGenerator(int years) {
        this.days = years * 365;
        this.first = LocalDate.of(2015, 1, 1);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        TrackerExportGenerator g = new TrackerExportGenerator(args.length > 1 ? Integer.parseInt(args[1]) : 10);
        g.sleepAsAndroid(dir.resolve("sleep-export.csv"));
        g.whoop(dir.resolve("sleeps.csv"));
        g.ouraCsv(dir.resolve("oura_trends.csv"));
        g.ouraJson(dir.resolve("oura_data.json"));
        g.fitbitCsv(dir.resolve("fitbit_sleep.csv"));
        Path samsungSleep = dir.resolve("com.samsung.shealth.sleep.20250101000000.csv");
        Path samsungStages = dir.resolve("com.samsung.health.sleep_stage.20250101000000.csv");
        g.samsung(samsungSleep, samsungStages);
        zip(dir.resolve("samsung-export.zip"), samsungSleep, samsungStages);
        g.garminZip(dir.resolve("garmin-export.zip"));
        g.fitbitZip(dir.resolve("fitbit-takeout.zip"));
        g.stronglifts(dir.resolve("stronglifts.csv"));
    }

    /** One night: bedtime, minutes in bed, and its stages. */
    private record Night(LocalDateTime bed, int inBed, int light, int deep, int rem, int awake) {
        LocalDateTime wake() {
            return bed.plusMinutes(inBed);
        }

        int asleep() {
            return light + deep + rem;
        }
    }

    private Night night(int day) {
        LocalDateTime bed = first.plusDays(day).atTime(22, 0).plusMinutes(random.nextInt(120));
        int inBed = 380 + random.nextInt(140);
        int awake = 10 + random.nextInt(50);
        int deep = 50 + random.nextInt(60);
        int rem = 60 + random.nextInt(60);
        return new Night(bed, inBed, inBed - awake - deep - rem, deep, rem, awake);
    }

    private void sleepAsAndroid(Path file) throws IOException {
        try (Writer w = writer(file)) {
            for (int d = 0; d < days; d++) {
                Night n = night(d);
                StringBuilder head = new StringBuilder("Id,Tz,From,To,Sched,Hours,Rating,Comment,Framerate,Snore,Noise,Cycles,DeepSleep,LenAdjust,Geo");
                StringBuilder data = new StringBuilder();
                long id = n.bed().atZone(ZONE).toInstant().toEpochMilli();
                data.append(q(id)).append(',').append(q("Europe/Berlin")).append(',').append(q(saa(n.bed()))).append(',')
                        .append(q(saa(n.wake()))).append(',').append(q(saa(n.wake()))).append(',')
                        .append(q(String.format(Locale.ROOT, "%.3f", n.inBed() / 60.0))).append(",\"3.5\",\" #sport\",\"10007\",\"-1\",\"0.3\",\"4\",")
                        .append(q(String.format(Locale.ROOT, "%.2f", (double) n.deep() / n.asleep()))).append(',')
                        .append(q(-n.awake())).append(",\"u33d\"");
                for (int m = 0; m < n.inBed(); m++) {
                    LocalDateTime t = n.bed().plusMinutes(m);
                    head.append(",\"").append(t.getHour()).append(':').append(String.format("%02d", t.getMinute())).append('"');
                    data.append(',').append(q(String.format(Locale.ROOT, "%.7f", random.nextDouble() * 3)));
                }
                for (int e = 0; e < 12; e++) {
                    head.append(",\"Event\"");
                    data.append(',').append(q("DEEP_START-" + (id + e * 1_800_000L)));
                }
                w.write(head + "\n" + data + "\n");
            }
        }
    }

    private void whoop(Path file) throws IOException {
        try (Writer w = writer(file)) {
            w.write("Cycle start time,Cycle end time,Cycle timezone,Sleep onset,Wake onset,Sleep performance %,Respiratory rate (rpm),"
                    + "Asleep duration (min),In bed duration (min),Light sleep duration (min),Deep (SWS) duration (min),"
                    + "REM duration (min),Awake duration (min),Sleep need (min),Sleep debt (min),Sleep efficiency %,"
                    + "Sleep consistency %,Nap\n");
            for (int d = 0; d < days; d++) {
                Night n = night(d);
                w.write(String.format(Locale.ROOT, "%s,%s,UTC+01:00,%s,%s,%d,15.1,%d,%d,%d,%d,%d,%d,480,30,%d,75,false%n",
                        iso(n.bed()), iso(n.bed().plusDays(1)), iso(n.bed()), iso(n.wake()), 80 + random.nextInt(20), n.asleep(),
                        n.inBed(), n.light(), n.deep(), n.rem(), n.awake(), 100 * n.asleep() / n.inBed()));
            }
        }
    }

    private void ouraCsv(Path file) throws IOException {
        try (Writer w = writer(file)) {
            w.write("date,Sleep Score,Total Sleep Score,REM Sleep Score,Deep Sleep Score,Sleep Efficiency Score,Restfulness Score,"
                    + "Sleep Latency Score,Sleep Timing Score,Total Bedtime ,Total Sleep Time,Awake Time,REM Sleep Time,"
                    + "Light Sleep Time,Deep Sleep Time,Restless Sleep,Sleep Efficiency,Sleep Latency,Sleep Timing,Bedtime Start,"
                    + "Bedtime End,Average Resting Heart Rate,Lowest Resting Heart Rate\n");
            for (int d = 0; d < days; d++) {
                Night n = night(d);
                w.write(String.format(Locale.ROOT, "%s,80,81,82,83,84,85,86,87,%d,%d,%d,%d,%d,%d,20,88,600,40,%s,%s,52.3,48%n",
                        n.bed().toLocalDate(), n.inBed() * 60, n.asleep() * 60, n.awake() * 60, n.rem() * 60, n.light() * 60,
                        n.deep() * 60, offset(n.bed()), offset(n.wake())));
            }
        }
    }

    private void ouraJson(Path file) throws IOException {
        try (Writer w = writer(file)) {
            w.write("{\"sleep\":[");
            for (int d = 0; d < days; d++) {
                Night n = night(d);
                w.write(String.format(Locale.ROOT, "%s{\"summary_date\":\"%s\",\"period_id\":0,\"timezone\":60,\"bedtime_start\":\"%s\","
                                + "\"bedtime_end\":\"%s\",\"score\":80,\"duration\":%d,\"total\":%d,\"awake\":%d,\"light\":%d,"
                                + "\"rem\":%d,\"deep\":%d,\"onset_latency\":600,\"efficiency\":88,\"hypnogram_5min\":\"%s\","
                                + "\"hr_5min\":[%s],\"rmssd_5min\":[%s]}",
                        d == 0 ? "" : ",", n.bed().toLocalDate(), offset(n.bed()), offset(n.wake()), n.inBed() * 60,
                        n.asleep() * 60, n.awake() * 60, n.light() * 60, n.rem() * 60, n.deep() * 60, "4222331".repeat(14),
                        "58,".repeat(95) + "57", "40,".repeat(95) + "41"));
            }
            w.write("]}\n");
        }
    }

    private void fitbitCsv(Path file) throws IOException {
        try (Writer w = writer(file)) {
            w.write("Sleep\nStart Time,End Time,Minutes Asleep,Minutes Awake,Number of Awakenings,Time in Bed,"
                    + "Minutes REM Sleep,Minutes Light Sleep,Minutes Deep Sleep\n");
            for (int d = 0; d < days; d++) {
                Night n = night(d);
                w.write(String.format(Locale.ROOT, "\"%s\",\"%s\",\"%d\",\"%d\",\"%d\",\"%d\",\"%d\",\"%d\",\"%d\"%n", amPm(n.bed()),
                        amPm(n.wake()), n.asleep(), n.awake(), 3, n.inBed(), n.rem(), n.light(), n.deep()));
            }
        }
    }

    /** The sleep file and its stage file. */
    private void samsung(Path file, Path stages) throws IOException {
        try (Writer w = writer(file); Writer s = writer(stages)) {
            w.write("com.samsung.shealth.sleep,6313003,19\noriginal_efficiency,mental_recovery,factor_01,efficiency,sleep_score,"
                    + "sleep_duration,com.samsung.health.sleep.start_time,com.samsung.health.sleep.end_time,"
                    + "com.samsung.health.sleep.time_offset,com.samsung.health.sleep.deviceuuid,com.samsung.health.sleep.datauuid,\n");
            s.write("com.samsung.health.sleep_stage,6313003,11\n"
                    + "start_time,sleep_id,custom,update_time,create_time,stage,time_offset,end_time,datauuid,deviceuuid,pkg_name,\n");
            for (int d = 0; d < days; d++) {
                Night n = night(d);
                LocalDateTime bed = n.bed().minusHours(1);
                String id = "sleep-" + d;
                w.write(String.format(Locale.ROOT, "90.0,70.0,1,89.0,80,%d,%s.000,%s.000,UTC+0100,dev1,%s,%n", n.inBed(),
                        space(bed), space(bed.plusMinutes(n.inBed())), id));
                LocalDateTime t = bed;
                int[] minutes = {n.light(), n.deep(), n.awake(), n.rem()};
                int[] codes = {40002, 40003, 40001, 40004};
                for (int k = 0; k < 4; k++) {
                    for (int part = 0; part < 5; part++) {
                        LocalDateTime next = t.plusMinutes(minutes[k] / 5);
                        s.write(String.format(Locale.ROOT, "%s.000,%s,,,,%d,UTC+0100,%s.000,st-%d-%d-%d,dev1,com.sec.android.app.shealth,%n",
                                space(t), id, codes[k], space(next), d, k, part));
                        t = next;
                    }
                }
            }
        }
    }

    private void garminZip(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int d = 0; d < days; d++) {
                Night n = night(d);
                zip.putNextEntry(new ZipEntry("DI_CONNECT/DI-Connect-Wellness/" + n.wake().toLocalDate() + "_1234_sleepData.json"));
                String json = String.format(Locale.ROOT, "[ {%n  \"calendarDate\" : \"%s\",%n  \"sleepStartTimestampGMT\" : \"%s.0\",%n"
                                + "  \"sleepEndTimestampGMT\" : \"%s.0\",%n  \"sleepWindowConfirmationType\" : \"ENHANCED_CONFIRMED_FINAL\",%n"
                                + "  \"deepSleepSeconds\" : %d,%n  \"lightSleepSeconds\" : %d,%n  \"remSleepSeconds\" : %d,%n"
                                + "  \"awakeSleepSeconds\" : %d,%n  \"unmeasurableSeconds\" : 0,%n  \"averageRespiration\" : 14.0,%n"
                                + "  \"spo2SleepSummary\" : { \"averageSPO2\" : 95.0, \"lowestSPO2\" : 89 },%n"
                                + "  \"sleepScores\" : { \"overallScore\" : 81, \"qualityScore\" : 77, \"durationScore\" : 90 }%n} ]%n",
                        n.wake().toLocalDate(), utc(n.bed()), utc(n.wake()), n.deep() * 60, n.light() * 60, n.rem() * 60, n.awake() * 60);
                zip.write(json.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void fitbitZip(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int d = 0; d < days; d += 30) {
                zip.putNextEntry(new ZipEntry("Takeout/Fitbit/Global Export Data/sleep-" + first.plusDays(d) + ".json"));
                StringBuilder json = new StringBuilder("[");
                for (int k = d; k < Math.min(days, d + 30); k++) {
                    Night n = night(k);
                    StringBuilder data = new StringBuilder();
                    for (int e = 0; e < 40; e++) {
                        data.append(e == 0 ? "" : ",").append("{\"dateTime\":\"").append(n.bed().plusMinutes(e * 10L))
                                .append(":00.000\",\"level\":\"light\",\"seconds\":600}");
                    }
                    json.append(k == d ? "" : ",").append(String.format(Locale.ROOT, "{\"logId\":%d,\"dateOfSleep\":\"%s\","
                                    + "\"startTime\":\"%s:00.000\",\"endTime\":\"%s:00.000\",\"duration\":%d,\"minutesToFallAsleep\":0,"
                                    + "\"minutesAsleep\":%d,\"minutesAwake\":%d,\"minutesAfterWakeup\":0,\"timeInBed\":%d,\"efficiency\":93,"
                                    + "\"type\":\"stages\",\"infoCode\":0,\"levels\":{\"summary\":{\"deep\":{\"count\":4,\"minutes\":%d,"
                                    + "\"thirtyDayAvgMinutes\":70},\"wake\":{\"count\":20,\"minutes\":%d,\"thirtyDayAvgMinutes\":50},"
                                    + "\"light\":{\"count\":25,\"minutes\":%d,\"thirtyDayAvgMinutes\":250},\"rem\":{\"count\":7,"
                                    + "\"minutes\":%d,\"thirtyDayAvgMinutes\":90}},\"data\":[%s],\"shortData\":[]},\"mainSleep\":true}",
                            40_000_000_000L + k, n.wake().toLocalDate(), n.bed(), n.wake(), n.inBed() * 60_000L, n.asleep(),
                            n.awake(), n.inBed(), n.deep(), n.awake(), n.light(), n.rem(), data));
                }
                zip.write(json.append("]\n").toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void stronglifts(Path file) throws IOException {
        try (Writer w = writer(file)) {
            w.write("Date,Note,Body Weight (KG),Body Weight (LB),Exercise 1,Weight (KG),Weight (LB),Set 1,Set 2,Set 3,Set 4,Set 5,"
                    + "Exercise 2,Weight (KG),Weight (LB),Set 1,Set 2,Set 3,Set 4,Set 5,Exercise 3,Weight (KG),Weight (LB),"
                    + "Set 1,Set 2,Set 3,Set 4,Set 5,\n");
            for (int d = 0; d < days; d += 2) {
                LocalDate day = first.plusDays(d);
                double squat = 40 + d / 20 * 2.5 % 120;
                w.write(String.format(Locale.ROOT, "%02d/%02d/%02d,,%.1f,,Squat,%.1f,,5,5,5,5,5,Bench Press,%.1f,,5,5,5,5,4,"
                                + "Barbell Row,%.1f,,5,5,5,5,5,%n", day.getDayOfMonth(), day.getMonthValue(), day.getYear() % 100,
                        80 + random.nextDouble() * 5, squat, squat * 0.7, squat * 0.6));
            }
        }
    }

    private static void zip(Path zipFile, Path... files) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry("samsunghealth_export/" + f.getFileName()));
                Files.copy(f, zip);
            }
        }
    }

    private static Writer writer(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    private static String q(Object value) {
        return "\"" + value + "\"";
    }

    private static String saa(LocalDateTime t) {
        return String.format("%02d. %02d. %d %d:%02d", t.getDayOfMonth(), t.getMonthValue(), t.getYear(), t.getHour(), t.getMinute());
    }

    private static String iso(LocalDateTime t) {
        return space(t);
    }

    private static String space(LocalDateTime t) {
        return t.toLocalDate() + " " + t.toLocalTime().withNano(0) + (t.getSecond() == 0 ? ":00" : "");
    }

    private static String offset(LocalDateTime t) {
        return t.atZone(ZONE).toOffsetDateTime().toString();
    }

    private static String utc(LocalDateTime t) {
        return t.atZone(ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime().toString();
    }

    private static String amPm(LocalDateTime t) {
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return String.format("%s %d:%02d%s", t.toLocalDate(), h, t.getMinute(), t.getHour() < 12 ? "AM" : "PM");
    }
}
