package dev.kip.exchange.sleepasandroid;

import dev.kip.domain.DeviceNight;
import dev.kip.exchange.Fixtures;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.SkipReason;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.kip.exchange.Fixtures.parse;
import static dev.kip.exchange.Fixtures.parseBytes;
import static dev.kip.exchange.Fixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SleepAsAndroidParserTest {

    private static final String HEADER = "Id,Tz,From,To,Sched,Hours,Rating,Comment,Framerate,Snore,Noise,Cycles,DeepSleep,LenAdjust,Geo\n";

    private final SleepAsAndroidParser parser = new SleepAsAndroidParser();

    @Test
    void readsEveryRecordInItsOwnZone_keyedByWakeDate() throws Exception {
        ImportBatch batch = parse(parser, "trackers/sleep-as-android.csv");

        assertThat(batch.deviceNights()).containsExactly(
                new DeviceNight(LocalDate.of(2024, 3, 4), "Sleep as Android", LocalDateTime.of(2024, 3, 3, 23, 0),
                        LocalDateTime.of(2024, 3, 4, 6, 30), 450, 425, 25, 340, 85, 0, ZoneId.of("Europe/Berlin")),
                new DeviceNight(LocalDate.of(2024, 3, 6), "Sleep as Android", LocalDateTime.of(2024, 3, 5, 22, 30),
                        LocalDateTime.of(2024, 3, 6, 6, 0), 450, 450, 0, 0, 0, 0, ZoneId.of("America/New_York")));
        assertThat(batch.skipped()).containsEntry(SkipReason.SHORTER_SLEEP_SAME_NIGHT, 1)
                .containsEntry(SkipReason.SLEEP_TOO_SHORT, 1);
    }

    @Test
    void readsTheCsvInsideTheBackupZip() throws Exception {
        ImportBatch batch = parseBytes(parser, zip(Fixtures.bytes("trackers/sleep-as-android.csv")));

        assertThat(batch.deviceNights()).hasSize(2);
    }

    @Test
    void aZipWithoutTheCsvIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("alarms.json"));
            zip.write("[]".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> parseBytes(parser, bytes.toByteArray()))
                .hasMessage("test.csv: the zip file holds no sleep-export.csv: this is not a Sleep as Android export");
    }

    @Test
    void badValuesAreNamedByLineAndColumn() {
        assertThatThrownBy(() -> parseText(parser, HEADER
                + "\"1709503200000\",\"Europe/Nowhere\",\"\",\"\",\"\",\"7.5\",\"0\",\"\",\"1\",\"-1\",\"-1\",\"-1\",\"-1\",\"0\",\"\"\n"))
                .hasMessage("test.csv, line 2, column Tz: 'Europe/Nowhere' is not a time zone like Europe/London");
        assertThatThrownBy(() -> parseText(parser, HEADER
                + "\"1709503200000\",\"Europe/Berlin\",\"\",\"\",\"\",\"seven\",\"0\",\"\",\"1\",\"-1\",\"-1\",\"-1\",\"-1\",\"0\",\"\"\n"))
                .hasMessage("test.csv, line 2, column Hours: 'seven' is not a number");
        assertThatThrownBy(() -> parseText(parser, "Id,From,To\n1,2,3\n"))
                .hasMessageStartingWith("test.csv, line 1: there is no column 'Tz', so this is not a Sleep as Android export");
    }

    @Test
    void entriesInsideAZipAreNamedInMessages() throws Exception {
        byte[] bad = (HEADER + "\"x\",\"Europe/Berlin\",\"\",\"\",\"\",\"7.5\",\"0\",\"\",\"1\",\"-1\",\"-1\",\"-1\",\"-1\",\"0\",\"\"\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parseBytes(parser, zip(bad)))
                .hasMessage("test.csv › backup/sleep-export.csv, line 2, column Id: 'x' is not a record id (the start in milliseconds since 1970)");
    }

    private static byte[] zip(byte[] csv) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("backup/prefs.xml"));
            zip.write("<map/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("backup/sleep-export.csv"));
            zip.write(csv);
        }
        return bytes.toByteArray();
    }
}
