package dev.kip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.ScreenTime;
import dev.kip.journal.FactorsStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SleepCliTest {
    /** Dates well in the past, so "today" never matters except for the future-date case. */
    static final String DATE = "2024-03-10";

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    Path journal() {
        return dir.resolve("j.db");
    }

    int kip(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    /** A valid night, with {@code replace} pairs (option, value) swapped in; a null value adds a bare flag. */
    int addNight(String... replace) {
        List<String> args = new ArrayList<>(List.of("sleep", "add", "--journal", journal().toString(), "--date", DATE,
                "--bed", "23:15", "--try", "2330", "--sol", "10", "--awakenings", "2", "--waso", "15",
                "--final-wake", "6:45am", "--out-of-bed", "7", "--quality", "4", "--rested", "3", "--note", "ok",
                "--zone", "Europe/Berlin"));
        for (int i = 0; i < replace.length; i += 2) {
            int at = args.indexOf(replace[i]);
            if (at < 0) {
                args.add(replace[i]);
                if (replace[i + 1] != null) {
                    args.add(replace[i + 1]);
                }
            } else {
                args.set(at + 1, replace[i + 1]);
            }
        }
        return kip(args.toArray(String[]::new));
    }

    List<Night> storedNights() {
        try (Journal j = Journal.open(journal())) {
            return new NightStore(j).between(LocalDate.MIN.plusYears(1), LocalDate.of(9999, 1, 1));
        }
    }

    @Test
    void aValidNightIsStoredAndSummed() {
        assertThat(addNight()).isZero();
        // TIB 23:15 → 07:00 = 465; TST = (23:30 → 06:45 = 435) − 10 − 15 = 410 = 6 h 50; SE = 410/465 = 88.17 %.
        assertThat(out.toString()).contains("Saved the night of 2024-03-10: 6 h 50 min asleep of 7 h 45 min in bed, 88.2 % efficiency.");
        assertThat(storedNights()).containsExactly(new Night(LocalDate.parse(DATE), LocalTime.of(23, 15), LocalTime.of(23, 30),
                10, 2, 15, LocalTime.of(6, 45), LocalTime.of(7, 0), 4, 3, false, "ok", ZoneId.of("Europe/Berlin")));
    }

    @Test
    void extrasAreStoredAsFactors() {
        assertThat(addNight("--caffeine", "2", "--last-caffeine", "3pm", "--screens", "30-60", "--late-training", null,
                "--room-temp", "21", "--nap-start", "13:30", "--nap-min", "20", "--woke-early", null)).isZero();
        try (Journal j = Journal.open(journal())) {
            Factors f = new FactorsStore(j).find(LocalDate.parse(DATE)).orElseThrow();
            assertThat(f).isEqualTo(new Factors(LocalDate.parse(DATE), 2, LocalTime.of(15, 0), null, ScreenTime.FROM_30_TO_60,
                    true, null, 21.0, LocalTime.of(13, 30), 20));
            assertThat(new NightStore(j).find(LocalDate.parse(DATE)).orElseThrow().wokeEarly()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "--out-of-bed|22:00|--out-of-bed: Out of bed must be at or after the final awakening",
            "--try|23:00|--try: Tried to sleep must be between into bed and the final awakening",
            "--sol|430|--waso: Minutes to fall asleep plus minutes awake (445) exceed",
            "--sol|-5|--sol: Minutes to fall asleep must not be negative (was -5)",
            "--final-wake|23:20|--out-of-bed: More than 24 h in bed",
            "--date|2999-01-01|--date: The date is in the future",
            "--bed|25:00|--bed: Into bed: \"25:00\" is not a clock time",
            "--quality|6|--quality: Quality must be from 1 to 5 (was 6)",
            "--nap-start|13:00|--nap-min: A nap start was entered"})
    void anInvalidNightIsRefusedWithItsMessageAndNothingIsSaved(String option, String value, String message) {
        assertThat(addNight(option, value)).isEqualTo(1);
        assertThat(err.toString()).contains("was not saved").contains(message);
        assertThat(storedNights()).isEmpty();
    }

    @Test
    void aSecondNightForTheSameDateIsRefused() {
        assertThat(addNight()).isZero();
        assertThat(addNight("--out-of-bed", "9:00")).isEqualTo(1);
        assertThat(err.toString()).contains("kip: There is already a night for 2024-03-10; edit that night instead.");
        assertThat(storedNights()).extracting(Night::outOfBed).containsExactly(LocalTime.of(7, 0));
    }

    @Test
    void exportWritesTheDesignHeaderAndOneRowPerNightOldestFirst() throws IOException {
        assertThat(addNight()).isZero();
        assertThat(addNight("--date", "2024-03-09", "--bed", "22:00", "--try", "22:00", "--sol", "0", "--awakenings", "0",
                "--waso", "0", "--final-wake", "6:00", "--out-of-bed", "6:00", "--note", "quiet, \"cool\" room")).isZero();
        Path csv = dir.resolve("out/sleep.csv");

        assertThat(kip("export", "sleep", "--journal", journal().toString(), "--out", csv.toString())).isZero();

        // 2024-03-09: 22:00 → 06:00, nothing awake: 480 / 480 = 100.0 %.
        // 2024-03-10: TIB 465, TST 410, SE 88.17 → 88.2. After DESIGN.md's columns: woke_early, zone.
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(
                "date,into_bed,tried_to_sleep,sol_min,awakenings,waso_min,final_wake,out_of_bed,quality,rested,tib_min,tst_min,se_pct,note,"
                        + "woke_early,zone",
                "2024-03-09,22:00,22:00,0,0,0,06:00,06:00,4,3,480,480,100.0,\"quiet, \"\"cool\"\" room\",0,Europe/Berlin",
                "2024-03-10,23:15,23:30,10,2,15,06:45,07:00,4,3,465,410,88.2,ok,0,Europe/Berlin");
        assertThat(out.toString()).contains("Wrote 2 night(s)");
        try (var files = Files.list(csv.getParent())) {
            assertThat(files).containsExactly(csv); // no temporary file left behind
        }
    }

    @Test
    void aNightKeepsTheZoneItWasSleptInWhereverItIsExported() throws IOException {
        // Berlin's clocks went from 02:00 to 03:00 on 31 March 2024: 23:00 → 07:00 on the clock is 7 h in bed.
        assertThat(addNight("--date", "2024-03-31", "--bed", "23:00", "--try", "23:00", "--sol", "15", "--awakenings", "1",
                "--waso", "5", "--final-wake", "7:00", "--out-of-bed", "7:00")).isZero();
        Path csv = dir.resolve("sleep.csv");

        // The export names no zone: it computes in the night's own, so a machine in UTC (or anywhere) gets the same figures.
        assertThat(kip("export", "sleep", "--journal", journal().toString(), "--out", csv.toString())).isZero();

        // TIB 420; TST = 420 − 15 − 5 = 400; SE = 400 / 420 = 95.24 → 95.2.
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8).get(1))
                .isEqualTo("2024-03-31,23:00,23:00,15,1,5,07:00,07:00,4,3,420,400,95.2,ok,0,Europe/Berlin");
    }

    @Test
    void anEmptyDiaryExportsTheHeaderOnly() throws IOException {
        Journal.open(journal()).close();
        Path csv = dir.resolve("sleep.csv");
        assertThat(kip("export", "sleep", "--journal", journal().toString(), "--out", csv.toString())).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(1);
    }

    @Test
    void anExportThatCannotBeWrittenFailsWithAMessage() throws IOException {
        Journal.open(journal()).close();
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        assertThat(kip("export", "sleep", "--journal", journal().toString(), "--out", blocker.resolve("sleep.csv").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).startsWith("kip: Cannot write " + blocker.resolve("sleep.csv") + ": " + blocker + " is a file where a folder should be.");
    }
}
