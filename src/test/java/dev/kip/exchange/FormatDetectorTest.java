package dev.kip.exchange;

import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ImportProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatDetectorTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "strong-a.csv, STRONG", "strong-b.csv, STRONG", "strong-c.csv, STRONG", "strong-d.csv, STRONG",
            "strong-d-comma.csv, STRONG", "hevy.csv, HEVY", "hevy-lbs-iso.csv, HEVY", "fitnotes-old.csv, FITNOTES",
            "fitnotes-new.csv, FITNOTES", "kip-sleep.csv, KIP_SLEEP", "apple-health.xml, APPLE_HEALTH",
            "trackers/sleep-as-android.csv, SLEEP_AS_ANDROID", "trackers/garmin-sleepData.json, GARMIN",
            "trackers/fitbit-sleep-2024-03-04.json, FITBIT", "trackers/fitbit-sleep.csv, FITBIT",
            "trackers/whoop-sleeps.csv, WHOOP", "trackers/oura-trends.csv, OURA", "trackers/oura-data.json, OURA",
            "trackers/com.samsung.shealth.sleep.20240310120000.csv, SAMSUNG_HEALTH",
            "trackers/com.samsung.health.sleep_stage.20240310120000.csv, SAMSUNG_HEALTH", "trackers/stronglifts.csv, STRONGLIFTS"})
    void detectsEveryFixture(String name, ImportFormat expected) throws Exception {
        Path file = dir.resolve(Path.of(name).getFileName().toString());
        Files.write(file, Fixtures.bytes(name));

        assertThat(FormatDetector.detect(file)).isEqualTo(expected);
    }

    @Test
    void detectedFormatParsesThroughTheImporter() throws Exception {
        Path file = dir.resolve("strong-a.csv");
        Files.write(file, Fixtures.bytes("strong-a.csv"));

        ImportBatch batch = Importer.parse(file, null, dev.kip.domain.Settings.MassUnit.KG, ImportProgress.NONE);

        assertThat(batch.format()).isEqualTo(ImportFormat.STRONG);
        assertThat(batch.fileName()).isEqualTo("strong-a.csv");
        assertThat(batch.setCount()).isEqualTo(9);
    }

    @Test
    void unknownHeaderSaysWhatWasExpected() throws Exception {
        Path file = dir.resolve("other.csv");
        Files.writeString(file, "workout_id,workout_title,workout_date\n1,A,2024-03-04\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FormatDetector.detect(file)).isInstanceOf(ImportException.class).hasMessageStartingWith(
                "other.csv, line 1: not a Strong, Hevy, FitNotes, Apple Health, Kip sleep")
                .hasMessageEndingWith(" export: the header 'workout_id,workout_title,workout_date' matches none of them");
    }

    @Test
    void emptyFilesZipsWithoutExportAndOtherXmlAreRefused() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertThatThrownBy(() -> FormatDetector.detect(empty)).hasMessage("empty.csv: the file is empty");
        Path svg = dir.resolve("a.xml");
        Files.writeString(svg, "<svg/>");
        assertThatThrownBy(() -> FormatDetector.detect(svg)).hasMessage("a.xml: an XML file without <HealthData>: not an Apple Health export");
        Path zip = dir.resolve("bad.zip");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        assertThatThrownBy(() -> FormatDetector.detect(zip)).hasMessageStartingWith("bad.zip: the zip file could not be read");
    }

    @Test
    void aZipIsToldByTheFilesItHolds() throws Exception {
        Path zip = dir.resolve("sleep-export.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("prefs.xml"));
            out.putNextEntry(new java.util.zip.ZipEntry("sleep-export.csv"));
        }
        assertThat(FormatDetector.detect(zip)).isEqualTo(ImportFormat.SLEEP_AS_ANDROID);

        Path other = dir.resolve("other.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(other))) {
            out.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
        }
        assertThatThrownBy(() -> FormatDetector.detect(other))
                .hasMessageStartingWith("other.zip: the zip file holds none of the files Kip imports (export.xml of Apple Health, ");
    }

    @Test
    void cliNames() {
        assertThat(ImportFormat.fromCliName("apple-health")).isEqualTo(ImportFormat.APPLE_HEALTH);
        assertThat(ImportFormat.KIP_SLEEP.cliName()).isEqualTo("kip-sleep");
        assertThatThrownBy(() -> ImportFormat.fromCliName("polar"))
                .hasMessageStartingWith("unknown import format 'polar' (expected strong|hevy|fitnotes|apple-health|kip-sleep|");
    }
}
