package dev.kip.exchange.apple;

import dev.kip.domain.BodyWeight;
import dev.kip.domain.DeviceNight;
import dev.kip.exchange.Fixtures;
import dev.kip.exchange.FormatDetector;
import dev.kip.exchange.Importer;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportCancelledException;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ImportProgress;
import dev.kip.exchange.parse.ParseContext;
import dev.kip.exchange.parse.SkipReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.kip.exchange.Fixtures.bytes;
import static dev.kip.exchange.Fixtures.context;
import static dev.kip.exchange.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppleHealthParserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final AppleHealthParser parser = new AppleHealthParser();

    /*
     * The fixture's nights, worked out by hand (all times +0100, every record in HKTimeZone Europe/Berlin):
     * 03-04 watch: core 23:40–01:00 (80) + 02:25–05:00 (155; a duplicate 04:30–05:00 adds nothing) = 235,
     *   deep 01:00–01:45 = 45, REM 01:45–02:15 + 05:00–06:30 = 120, awake 02:15–02:25 = 10;
     *   asleep = union 23:40–02:15 (155) + 02:25–06:30 (245) = 400; in bed 23:40–06:30 = 410.
     *   The phone has more asleep minutes (23:30–06:45 = 435) but no stages: the watch wins.
     * 03-05 phone: asleep 23:10–03:00 ∪ 02:30–06:30 = 23:10–06:30 = 440 (not 230 + 240 = 470),
     *   in bed 22:50–06:50 = 480; it beats "Sleep app" (23:00–05:00 = 360).
     * 03-06 Alpha and Beta tie at 420: the name decides.
     */
    @Test
    void sleepNightsFromOverlappingSources() throws Exception {
        ImportBatch batch = parse(parser, "apple-health.xml");

        assertThat(batch.deviceNights()).containsExactly(
                new DeviceNight(LocalDate.of(2024, 3, 4), "Ann’s Apple Watch", LocalDateTime.of(2024, 3, 3, 23, 40),
                        LocalDateTime.of(2024, 3, 4, 6, 30), 410, 400, 10, 235, 45, 120, BERLIN),
                new DeviceNight(LocalDate.of(2024, 3, 5), "iPhone", LocalDateTime.of(2024, 3, 4, 22, 50),
                        LocalDateTime.of(2024, 3, 5, 6, 50), 480, 440, 0, 0, 0, 0, BERLIN),
                new DeviceNight(LocalDate.of(2024, 3, 6), "Alpha", LocalDateTime.of(2024, 3, 6, 0, 0),
                        LocalDateTime.of(2024, 3, 6, 7, 0), 420, 420, 0, 0, 0, 0, BERLIN));
        assertThat(batch.skipped(SkipReason.SLEEP_OTHER_SOURCE)).isEqualTo(3);
    }

    /*
     * A night slept in Sydney (UTC+11 in January), exported from a phone in Berlin: Apple writes the
     * times in the exporting phone's offset (+0100) and names the record's zone in HKTimeZone.
     * 13:00–21:00 +0100 is 23:00–07:00 in Sydney.
     */
    @Test
    void aNamedTimeZoneGivesTheNightItsZoneAndClockTimes() throws Exception {
        String xml = """
                <HealthData locale="en_DE">
                 <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Ann’s iPhone" sourceVersion="17.2.1" creationDate="2024-01-10 21:05:00 +0100" startDate="2024-01-09 13:00:00 +0100" endDate="2024-01-09 21:00:00 +0100" value="HKCategoryValueSleepAnalysisInBed">
                  <MetadataEntry key="HKTimeZone" value="Australia/Sydney"/>
                  <MetadataEntry key="_HKPrivateSleepAlarmUserWakeTime" value="2024-01-09 20:00:00 +0000"/>
                 </Record>
                 <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Ann’s iPhone" sourceVersion="17.2.1" creationDate="2024-01-11 07:05:00 +0100" startDate="2024-01-10 23:00:00 +0100" endDate="2024-01-11 07:00:00 +0100" value="HKCategoryValueSleepAnalysisInBed"/>
                 <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Ann’s iPhone" sourceVersion="17.2.1" creationDate="2024-01-12 07:05:00 +0100" startDate="2024-01-11 23:00:00 +0100" endDate="2024-01-12 07:00:00 +0100" value="HKCategoryValueSleepAnalysisInBed">
                  <MetadataEntry key="HKTimeZone" value="Mars/Olympus_Mons"/>
                 </Record>
                </HealthData>
                """;

        assertThat(parseXml(xml).deviceNights()).containsExactly(
                new DeviceNight(LocalDate.of(2024, 1, 10), "Ann’s iPhone", LocalDateTime.of(2024, 1, 9, 23, 0),
                        LocalDateTime.of(2024, 1, 10, 7, 0), 480, null, 0, 0, 0, 0, ZoneId.of("Australia/Sydney")),
                // no zone named, or one the JDK does not know: the offset the file gives
                new DeviceNight(LocalDate.of(2024, 1, 11), "Ann’s iPhone", LocalDateTime.of(2024, 1, 10, 23, 0),
                        LocalDateTime.of(2024, 1, 11, 7, 0), 480, null, 0, 0, 0, 0, ZoneOffset.ofHours(1)),
                new DeviceNight(LocalDate.of(2024, 1, 12), "Ann’s iPhone", LocalDateTime.of(2024, 1, 11, 23, 0),
                        LocalDateTime.of(2024, 1, 12, 7, 0), 480, null, 0, 0, 0, 0, ZoneOffset.ofHours(1)));
    }

    @Test
    void bodyMass_lastOfTheDay_poundsConverted_implausibleSkipped() throws Exception {
        ImportBatch batch = parse(parser, "apple-health.xml");

        // 03-04: 80.5 at 07:10 and 81.2 at 20:00 → 81.2; 03-05: 180 lb × 0.45359237 = 81.646… → 81.65
        assertThat(batch.bodyWeights()).containsExactly(
                new BodyWeight(LocalDate.of(2024, 3, 4), 81.2, "apple-health"),
                new BodyWeight(LocalDate.of(2024, 3, 5), 81.65, "apple-health"));
        assertThat(batch.skipped(SkipReason.BODY_WEIGHT_OUT_OF_RANGE)).isEqualTo(1);
    }

    @Test
    void theJdkParserAloneChokesOnTheBrokenDtdAndTheControlCharacter() {
        // Why AppleXmlReader exists: even with DTD support off, the JDK's parser reads the internal subset.
        assertThatThrownBy(() -> {
            XMLStreamReader r = AppleHealthParser.factory().createXMLStreamReader(
                    new InputStreamReader(new ByteArrayInputStream(bytes("apple-health.xml")), StandardCharsets.UTF_8));
            while (r.hasNext()) {
                r.next();
            }
        }).isInstanceOf(XMLStreamException.class);
    }

    @Test
    void readsStraightFromTheZip(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("apple_health_export/export_cda.xml"));
            out.write("<ClinicalDocument/>".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("apple_health_export/export.xml"));
            out.write(bytes("apple-health.xml"));
            out.closeEntry();
        }

        assertThat(FormatDetector.detect(zip)).isEqualTo(ImportFormat.APPLE_HEALTH);
        List<long[]> reports = new ArrayList<>();
        ImportBatch batch = Importer.parse(zip, null, dev.kip.domain.Settings.MassUnit.KG, new ImportProgress() {
            @Override
            public void bytesRead(long done, long total) {
                reports.add(new long[] {done, total});
            }
        });

        assertThat(batch.deviceNights()).hasSize(3);
        assertThat(batch.bodyWeights()).hasSize(2);
        long size = Files.size(zip);
        assertThat(reports).isNotEmpty();
        assertThat(reports.get(reports.size() - 1)).containsExactly(size, size);
    }

    @Test
    void aZipWithoutExportXmlIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("photos/cat.jpg"));
            out.write(new byte[] {1, 2, 3});
        }
        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(bytes.toByteArray()), context("export.zip", dev.kip.domain.Settings.MassUnit.KG)))
                .isInstanceOf(ImportException.class)
                .hasMessage("export.zip: the zip file holds no export.xml: this is not an Apple Health export");
    }

    @Test
    void manyEntityHeavyRecordsDoNotHitTheJdkLimits() throws Exception {
        // JDK 24+ limits one entity (the document) to 100,000 characters of expanded references
        // (jdk.xml.maxGeneralEntitySizeLimit): 20,000 records with &lt; in device exceed it.
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<HealthData locale=\"en\">\n");
        for (int i = 0; i < 20_000; i++) {
            xml.append(" <Record type=\"HKQuantityTypeIdentifierStepCount\" device=\"&lt;&lt;HKDevice: 0x2836&gt;, name:iPhone&gt;\""
                    + " startDate=\"2024-03-04 10:00:00 +0100\" endDate=\"2024-03-04 10:05:00 +0100\" value=\"12\"/>\n");
        }
        xml.append(" <Record type=\"HKQuantityTypeIdentifierBodyMass\" unit=\"kg\" startDate=\"2024-03-04 07:00:00 +0100\""
                + " endDate=\"2024-03-04 07:00:00 +0100\" value=\"80\"/>\n</HealthData>\n");

        ImportBatch batch = parser.parse(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)),
                context("export.xml", dev.kip.domain.Settings.MassUnit.KG));

        assertThat(batch.bodyWeights()).hasSize(1);
    }

    @Test
    void errorsNameTheRecord() {
        String xml = """
                <HealthData>
                 <Record type="HKQuantityTypeIdentifierStepCount" value="1"/>
                 <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="W" value="HKCategoryValueSleepAnalysisAsleepCore"
                   startDate="2024-03-04 01:00:00 +0100" endDate="2024-13-04 02:00:00 +0100"/>
                </HealthData>
                """;
        assertThatThrownBy(() -> parseXml(xml)).hasMessage(
                "export.xml, record 2, attribute endDate: '2024-13-04 02:00:00 +0100' is not a time like 2024-03-04 07:01:12 +0100");
    }

    @Test
    void truncatedAndNonHealthFilesAreRefused() {
        String whole = new String(bytes("apple-health.xml"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parseXml(whole.substring(0, whole.length() / 2)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("export.xml, record ")
                .hasMessageContaining("the XML is broken near line");
        assertThatThrownBy(() -> parseXml("<?xml version=\"1.0\"?><svg></svg>"))
                .hasMessage("export.xml: there is no <HealthData> element: this is not an Apple Health export");
        assertThatThrownBy(() -> parseXml("")).hasMessage("export.xml: the file is empty");
    }

    @Test
    void cancellingStops() {
        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(bytes("apple-health.xml")),
                new ParseContext("export.xml", -1, dev.kip.domain.Settings.MassUnit.KG, Fixtures.BERLIN,
                        ImportProgress.cancelledWhen(() -> true))))
                .isInstanceOf(ImportCancelledException.class);
    }

    private ImportBatch parseXml(String xml) throws ImportException, IOException {
        return parser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), context("export.xml", dev.kip.domain.Settings.MassUnit.KG));
    }
}
