package dev.kip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.DeviceNight;
import dev.kip.journal.DeviceNightStore;
import dev.kip.journal.Journal;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code kip import} of every sleep tracker's export: detected, previewed, stored with its source, once. */
class TrackerImportCommandTest {

    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    Path fixture(String name) throws IOException {
        Path file = dir.resolve(Path.of(name).getFileName().toString());
        try (InputStream in = getClass().getResourceAsStream("/dev/kip/exchange/trackers/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @ParameterizedTest
    @CsvSource({"sleep-as-android.csv, Sleep as Android, 2", "garmin-sleepData.json, Garmin, 2",
            "fitbit-sleep-2024-03-04.json, Fitbit, 2", "fitbit-sleep.csv, Fitbit, 2", "whoop-sleeps.csv, Whoop, 2",
            "oura-trends.csv, Oura, 2", "oura-data.json, Oura, 1",
            "com.samsung.shealth.sleep.20240310120000.csv, Samsung Health, 2"})
    void importsTheDeviceNightsWithTheirSource_onlyOnce(String name, String source, int nights) throws IOException {
        Path journal = dir.resolve("journal.db");
        Path file = fixture(name);

        assertThat(run("--journal", journal.toString(), "import", "--dry-run", file.toString())).isZero();
        assertThat(out.toString()).contains(nights + " device night" + (nights == 1 ? "" : "s"));
        assertThat(run("--journal", journal.toString(), "import", file.toString())).as(err.toString()).isZero();
        assertThat(run("--journal", journal.toString(), "import", file.toString())).isZero();
        assertThat(out.toString()).contains("To add: nothing");

        try (Journal j = Journal.open(journal)) {
            List<DeviceNight> stored = new DeviceNightStore(j).between(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 1, 1));
            assertThat(stored).hasSize(nights).allSatisfy(n -> assertThat(n.source()).isEqualTo(source));
        }
    }

    @Test
    void strongLiftsWorkoutsAndBodyWeights() throws IOException {
        Path journal = dir.resolve("journal.db");
        Path file = fixture("stronglifts.csv");

        assertThat(run("--journal", journal.toString(), "import", file.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("(StrongLifts 5×5)").contains("To add: 4 workouts (41 sets), 3 body weights");
        assertThat(run("--journal", journal.toString(), "import", file.toString())).isZero();
        assertThat(out.toString()).contains("To add: nothing");
    }

    @ParameterizedTest
    @CsvSource({"garmin-sleepData.json, '[{\"sleepStartTimestampGMT\":\"2024-03-03T22:10:00.0\",\"sleepEndTimestampGMT\":1}', "
            + "'garmin-sleepData.json, line 1: $[0].sleepEndTimestampGMT: ''1'' is not a time'",
            "x_sleepData.json, '[{\"sleepStartTimestampGMT\":\n', 'x_sleepData.json, line 2: the JSON is broken'",
            "whoop-sleeps.csv, 'Sleep onset,Wake onset,Asleep duration (min)\n2024-03-03 23:00:00,x,450\n', "
            + "'whoop-sleeps.csv, line 2, column Wake onset: ''x'' is not a time'"})
    void aMalformedFileIsRefusedWithItsPlace_theJournalUntouched(String name, String content, String message) throws IOException {
        Path journal = dir.resolve("journal.db");
        assertThat(run("--journal", journal.toString(), "import", fixture("sleep-as-android.csv").toString())).isZero();
        byte[] before = Files.readAllBytes(journal);
        Path file = Files.writeString(dir.resolve(name), content);

        assertThat(run("--journal", journal.toString(), "import", file.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("kip: " + message);
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }
}
