package dev.kip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.kip.demo.DemoJournal;
import dev.kip.domain.Night;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.WorkoutStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImportExportCommandTest {
    private static final String STRONG_HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n";

    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    Path journal() {
        return dir.resolve("journal.db");
    }

    Path fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/dev/kip/exchange/" + name)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** A journal holding strong-a.csv, closed, and its bytes. */
    byte[] journalWithStrongA() throws IOException {
        assertThat(run("--journal", journal().toString(), "import", fixture("strong-a.csv").toString())).isZero();
        return Files.readAllBytes(journal());
    }

    @Test
    void importPrintsThePreviewThenWhatWasAdded() throws IOException {
        assertThat(run("--journal", journal().toString(), "import", fixture("strong-a.csv").toString())).isZero();
        assertThat(out.toString()).contains("strong-a.csv (Strong)",
                "Found: 2 workouts (9 sets), from 2024-03-04 to 2024-03-06",
                "  Bench Press (Barbell) → Bench Press (close match)", "  Pull Up → Pull-up (built-in rule)",
                "Noted: 1 set of time or distance (holds, cardio): kept with their seconds and distance.",
                "Not imported: 1 line: rest timers, not sets",
                "Added 2 workouts (9 sets); created 1 exercise. Not imported: 1 line: rest timers, not sets.");
        assertThat(run("--journal", journal().toString(), "import", fixture("strong-a.csv").toString())).isZero();
        assertThat(out.toString()).contains("Already in the journal, left as they are: 2 workouts (9 sets)", "To add: nothing",
                "Added nothing; created 0 exercises. Already in the journal, left as they were: 2 workouts (9 sets).");
    }

    @Test
    void dryRunLeavesTheJournalByteIdentical() throws IOException {
        byte[] before = journalWithStrongA();
        assertThat(run("--journal", journal().toString(), "import", "--dry-run", "--unit", "lb",
                fixture("strong-b.csv").toString())).isZero();
        assertThat(out.toString()).contains("assumed lb", "To add: 2 workouts (3 sets)",
                "  Bench Press (Barbell) → Bench Press (stored alias)", "  Squat (Barbell) → Back Squat (built-in rule)",
                "Dry run (imported and rolled back): it would add 2 workouts (3 sets) and create 1 exercise.",
                "Dry run: nothing was written");
        assertThat(Files.readAllBytes(journal())).isEqualTo(before);
    }

    static Stream<Arguments> malformedRows() {
        return Stream.of(
                Arguments.of("2024-03-04 07:01:00,A,1h,Squat,1,\"12,5,0\",5,,,\n",
                        "kip: bad.csv, line 2, column Weight: '12,5,0' is not a number"),
                Arguments.of("2024-03-04 07:01:00,A,1h,Squ", "kip: bad.csv, line 2: the line has 4 fields where the header has 10"),
                Arguments.of("2024-13-04 07:01:00,A,1h,Squat,1,100,5,,,\n", "kip: bad.csv, line 2, column Date:"),
                Arguments.of("2024-03-04 07:01:00,A,1h,Squat,1,-100,5,,,\n", "kip: bad.csv, line 2, column Weight:"));
    }

    @ParameterizedTest
    @MethodSource("malformedRows")
    void malformedFilesExitOneWithFileLineAndColumn_andChangeNothing(String row, String message) throws IOException {
        byte[] before = journalWithStrongA();
        Path bad = Files.writeString(dir.resolve("bad.csv"), STRONG_HEADER + row);
        assertThat(run("--journal", journal().toString(), "import", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith(message);
        assertThat(err.toString()).doesNotContain("\tat ");
        assertThat(Files.readAllBytes(journal())).isEqualTo(before);
    }

    @Test
    void emptyGarbageAndUnknownFilesExitOne() throws IOException {
        byte[] before = journalWithStrongA();
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertThat(run("--journal", journal().toString(), "import", empty.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("kip: empty.csv: the file is empty" + System.lineSeparator());
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Path binary = Files.write(dir.resolve("garbage.bin"), garbage);
        assertThat(run("--journal", journal().toString(), "import", "--format", "strong", binary.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("kip: garbage.bin");
        Path other = Files.writeString(dir.resolve("other.csv"), "workout_id,workout_title,workout_date\n1,A,2024-01-01\n");
        assertThat(run("--journal", journal().toString(), "import", other.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not a Strong, Hevy, FitNotes, Apple Health, Kip sleep").contains("matches none of them");
        assertThat(Files.readAllBytes(journal())).isEqualTo(before);
    }

    @Test
    void unknownFormatOrUnitIsAUsageError() throws IOException {
        Path file = fixture("strong-a.csv");
        assertThat(run("--journal", journal().toString(), "import", "--format", "myfitnesspal", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown import format 'myfitnesspal' (expected strong|hevy|fitnotes|apple-health|kip-sleep|",
                "kip import --help");
        assertThat(run("--journal", journal().toString(), "import", "--unit", "stone", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown unit 'stone' (expected kg or lb)");
        assertThat(run("--journal", journal().toString(), "import")).isEqualTo(2);
    }

    private int schemaVersion() {
        try (Journal j = Journal.open(journal())) {
            return j.schemaVersion();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportAll_writesEveryFileAndAManifest_andRefusesAFolderWithFiles() throws Exception {
        journalWithStrongA();
        assertThat(run("--journal", journal().toString(), "import", fixture("apple-health.xml").toString())).isZero();
        Path exported = dir.resolve("export");
        assertThat(run("--journal", journal().toString(), "export", "all", "--out", exported.toString())).isZero();

        try (var files = Files.list(exported)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("sleep.csv", "device_sleep.csv",
                    "body.csv", "training.csv", "body_weight.csv", "factors.csv", "manifest.json");
        }
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".export"));
        }
        Map<String, Object> manifest = JSON.std.mapFrom(Files.readString(exported.resolve("manifest.json")));
        assertThat(manifest).containsEntry("app", "Kip").containsKeys("app_version", "exported_at").containsEntry("schema_version", schemaVersion());
        assertThat((Map<Object, Object>) manifest.get("rows")).containsEntry("training.csv", 9).containsEntry("device_sleep.csv", 3)
                .containsEntry("body_weight.csv", 2).containsEntry("sleep.csv", 0);
        assertThat(Files.readAllLines(exported.resolve("device_sleep.csv"))).hasSize(4).first()
                .isEqualTo("date,source,start,end,in_bed_min,asleep_min,awake_min,core_min,deep_min,rem_min,zone");
        // The watch's night of 2024-03-04, as AppleHealthParserTest works it out, in the offset the export gave.
        assertThat(Files.readAllLines(exported.resolve("device_sleep.csv")))
                .contains("2024-03-04,Ann’s Apple Watch,2024-03-03T23:40:00,2024-03-04T06:30:00,410,400,10,235,45,120,Europe/Berlin");
        assertThat(Files.readAllLines(exported.resolve("body_weight.csv"))).containsExactly("date,weight_kg,source",
                "2024-03-04,81.2,apple-health", "2024-03-05,81.65,apple-health");

        assertThat(run("--journal", journal().toString(), "export", "all", "--out", exported.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already exists and is not an empty folder");
    }

    @Test
    void exportDeviceSleep() throws IOException {
        assertThat(run("--journal", journal().toString(), "import", fixture("apple-health.xml").toString())).isZero();
        Path csv = dir.resolve("device.csv");
        assertThat(run("--journal", journal().toString(), "export", "device-sleep", "--out", csv.toString())).isZero();
        assertThat(out.toString()).startsWith("Wrote 3 device night(s)");
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(4);
    }

    @Test
    void exportThenImportOfADemoJournal_givesIdenticalNights() throws IOException {
        Path demo = dir.resolve("demo.db");
        List<Night> nights;
        try (Journal j = Journal.open(demo)) {
            DemoJournal.write(j, 1, 7, LocalDate.of(2024, 6, 30));
            nights = new NightStore(j).between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
        }
        assertThat(nights).hasSizeGreaterThan(300);
        Path exported = dir.resolve("all");
        assertThat(run("--journal", demo.toString(), "export", "all", "--out", exported.toString())).isZero();

        Path fresh = dir.resolve("fresh.db");
        assertThat(run("--journal", fresh.toString(), "import", exported.resolve("sleep.csv").toString())).isZero();
        assertThat(out.toString()).contains("sleep.csv (Kip sleep)");
        try (Journal j = Journal.open(fresh)) {
            assertThat(new NightStore(j).between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))).isEqualTo(nights);
            assertThat(new WorkoutStore(j).count()).isZero();
        }
    }
}
