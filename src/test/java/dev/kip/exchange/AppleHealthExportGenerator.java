package dev.kip.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic Apple Health export.xml of about the requested size, for the throughput
 * benchmark: Apple's prolog with the broken DTD, then day after day of sleep stages from a
 * watch and in-bed/asleep records from a phone, a morning body mass every other day, and
 * step counts, heart rates and energy records (with {@code &lt;} in every device attribute)
 * filling the rest. Usage: {@code AppleHealthExportGenerator OUT.xml SIZE} with SIZE like 200MB or 1GB.
 */
public final class AppleHealthExportGenerator {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final String WATCH_DEVICE = "&lt;&lt;HKDevice: 0x2836f0c30&gt;, name:Apple Watch, manufacturer:Apple Inc., "
            + "model:Watch, hardware:Watch6,1, software:10.3&gt;";
    private static final String PHONE_DEVICE = "&lt;&lt;HKDevice: 0x2836f1a40&gt;, name:iPhone, manufacturer:Apple Inc., "
            + "model:iPhone, hardware:iPhone14,5, software:17.3&gt;";
    private static final String[] STAGES = {"AsleepCore", "AsleepDeep", "AsleepCore", "AsleepREM", "Awake"};
    /** Other records per day: roughly what a phone and a watch write. */
    private static final int OTHER_RECORDS_PER_DAY = 1000;

    private final Writer out;
    private final Random random = new Random(42);
    private long written;

    private AppleHealthExportGenerator(Writer out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: AppleHealthExportGenerator OUT.xml SIZE (e.g. 200MB, 1GB)");
            System.exit(2);
        }
        long target = parseSize(args[1]);
        Path path = Path.of(args[0]);
        long days;
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16)) {
            days = new AppleHealthExportGenerator(w).write(target);
        }
        System.out.printf("wrote %s: %,d bytes, %,d days%n", path, Files.size(path), days);
    }

    static long parseSize(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        long factor = t.endsWith("GB") ? 1L << 30 : t.endsWith("MB") ? 1L << 20 : t.endsWith("KB") ? 1L << 10 : 1;
        String number = factor == 1 ? t : t.substring(0, t.length() - 2);
        return (long) (Double.parseDouble(number) * factor);
    }

    long write(long targetBytes) throws IOException {
        emit("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE HealthData [
                <!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord)*)>
                <!ATTLIST HealthData
                  locale CDATA #REQUIRED
                >
                <!ELEMENT ExportDate EMPTY>
                <!ATTLIST ExportDate
                  value CDATA #REQUIRED
                <!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
                ]>
                <HealthData locale="en_GB">
                 <ExportDate value="2025-01-01 09:00:00 +0100"/>
                """);
        LocalDate day = LocalDate.of(2015, 1, 1);
        long days = 0;
        while (written < targetBytes) {
            night(day);
            if (days % 2 == 0) {
                record("HKQuantityTypeIdentifierBodyMass", "Scale", null, "kg", day.atTime(7, 5), day.atTime(7, 5),
                        String.format(Locale.ROOT, "%.1f", 78 + random.nextGaussian()));
            }
            for (int i = 0; i < OTHER_RECORDS_PER_DAY; i++) {
                LocalDateTime t = day.atStartOfDay().plusSeconds(i * 86L);
                switch (i % 3) {
                    case 0 -> record("HKQuantityTypeIdentifierStepCount", "iPhone", PHONE_DEVICE, "count", t, t.plusMinutes(1),
                            Integer.toString(random.nextInt(120)));
                    case 1 -> record("HKQuantityTypeIdentifierHeartRate", "Apple Watch", WATCH_DEVICE, "count/min", t, t,
                            Integer.toString(55 + random.nextInt(60)));
                    default -> record("HKQuantityTypeIdentifierActiveEnergyBurned", "Apple Watch", WATCH_DEVICE, "Cal", t,
                            t.plusMinutes(1), String.format(Locale.ROOT, "%.3f", random.nextDouble()));
                }
            }
            day = day.plusDays(1);
            days++;
        }
        emit("</HealthData>\n");
        return days;
    }

    /** Watch stages from about 23:00 to 07:00 in 20–40 minute blocks, and the phone's in-bed and asleep spans. */
    private void night(LocalDate wake) throws IOException {
        LocalDateTime t = wake.minusDays(1).atTime(22, 50 + random.nextInt(10));
        LocalDateTime end = wake.atTime(6, 30 + random.nextInt(30));
        record("HKCategoryTypeIdentifierSleepAnalysis", "iPhone", PHONE_DEVICE, null, t.minusMinutes(20), end.plusMinutes(10),
                "HKCategoryValueSleepAnalysisInBed");
        record("HKCategoryTypeIdentifierSleepAnalysis", "iPhone", PHONE_DEVICE, null, t, end, "HKCategoryValueSleepAnalysisAsleepUnspecified");
        int stage = 0;
        while (t.isBefore(end)) {
            LocalDateTime next = t.plusMinutes(20 + random.nextInt(21));
            if (next.isAfter(end)) {
                next = end;
            }
            record("HKCategoryTypeIdentifierSleepAnalysis", "Apple Watch", WATCH_DEVICE, null, t, next,
                    "HKCategoryValueSleepAnalysis" + STAGES[stage++ % STAGES.length]);
            t = next;
        }
    }

    private void record(String type, String source, String device, String unit, LocalDateTime start, LocalDateTime end,
                        String value) throws IOException {
        StringBuilder b = new StringBuilder(400);
        b.append(" <Record type=\"").append(type).append("\" sourceName=\"").append(source).append("\" sourceVersion=\"10.3\"");
        if (device != null) {
            b.append(" device=\"").append(device).append('"');
        }
        if (unit != null) {
            b.append(" unit=\"").append(unit).append('"');
        }
        String endText = TIME.format(end) + " +0100";
        b.append(" creationDate=\"").append(endText).append("\" startDate=\"").append(TIME.format(start))
                .append(" +0100\" endDate=\"").append(endText).append("\" value=\"").append(value).append("\"");
        if (type.endsWith("SleepAnalysis")) {
            b.append(">\n  <MetadataEntry key=\"HKTimeZone\" value=\"Europe/Berlin\"/>\n </Record>\n");
        } else {
            b.append("/>\n");
        }
        emit(b);
    }

    private void emit(CharSequence s) throws IOException {
        out.append(s);
        written += s.length(); // ASCII only, so characters are bytes
    }
}
