package dev.kip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.PainCharacter;
import dev.kip.domain.PainDetails;
import dev.kip.domain.PainTiming;
import dev.kip.domain.TrainingEffect;
import dev.kip.domain.SymptomKind;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.Journal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class BodyCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    Path journal() {
        return dir.resolve("j.db");
    }

    List<BodyMark> stored() {
        try (Journal j = Journal.open(journal())) {
            return new BodyMarkStore(j).all();
        }
    }

    @Test
    void regionsPrintsEveryIdAndNameInCatalogOrder() {
        assertThat(run("body", "regions")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(BodyRegions.ALL.size());
        assertThat(lines.get(0)).isEqualTo("FRONT.NECK\tNeck (front)");
        assertThat(lines).contains("FRONT.KNEE.L\tLeft knee", "BACK.LOWER_BACK.R\tRight lower back");
        assertThat(lines).allSatisfy(l -> assertThat(l.split("\t")).hasSize(2));
        assertThat(Files.exists(journal())).as("listing regions needs no journal").isFalse();
    }

    @Test
    void markAddsThenReplacesTheDaysMarkForRegionAndKind() {
        String j = journal().toString();
        assertThat(run("--journal", j, "body", "mark", "--date", "2024-03-04", "--region", "FRONT.KNEE.L", "--kind", "pain", "--level", "5",
                "--note", "stairs hurt")).isZero();
        assertThat(out.toString()).contains("Saved pain 5 for left knee on 2024-03-04.");
        assertThat(run("--journal", j, "body", "mark", "--date", "2024-03-04", "--region", "FRONT.KNEE.L", "--kind", "PAIN", "--level", "3",
                "--next-morning")).isZero();
        assertThat(run("--journal", j, "body", "mark", "--date", "2024-03-04", "--region", "FRONT.KNEE.L", "--kind", "soreness", "--level", "0"))
                .isZero();
        assertThat(stored()).containsExactly(
                new BodyMark(LocalDate.of(2024, 3, 4), "FRONT.KNEE.L", SymptomKind.PAIN, 3, "", true),
                new BodyMark(LocalDate.of(2024, 3, 4), "FRONT.KNEE.L", SymptomKind.SORENESS, 0, "", false));
    }

    @Test
    void painDetailsAreGivenByWordAndKeptWhenTheLevelIsMarkedAgain() {
        String j = journal().toString();
        assertThat(run("--journal", j, "body", "mark", "--date", "2024-03-04", "--region", "BACK.LUMBAR_SPINE", "--kind", "pain",
                "--level", "5", "--character", "sharp", "--when", "during-training", "--effect", "modified")).isZero();
        assertThat(run("--journal", j, "body", "mark", "--date", "2024-03-04", "--region", "BACK.LUMBAR_SPINE", "--kind", "pain",
                "--level", "4", "--when", "on-waking")).isZero();
        assertThat(stored()).containsExactly(new BodyMark(LocalDate.of(2024, 3, 4), "BACK.LUMBAR_SPINE", SymptomKind.PAIN, 4, "",
                false, new PainDetails(PainCharacter.SHARP, PainTiming.ON_WAKING, TrainingEffect.MODIFIED)));

        assertThat(run("--journal", j, "body", "mark", "--date", "2024-03-04", "--region", "BACK.SACRUM", "--kind", "pain",
                "--level", "4", "--character", "stabbing")).isEqualTo(1);
        assertThat(err.toString()).contains("--character: 'stabbing' is not one of aching, sharp, burning, stiff, tingling-numb.");
        assertThat(run("--journal", j, "body", "mark", "--date", "2024-03-04", "--region", "BACK.SACRUM", "--kind", "soreness",
                "--level", "4", "--effect", "none")).isEqualTo(1);
        assertThat(err.toString()).contains("describe pain; this is a soreness mark");
        assertThat(stored()).hasSize(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "--region, FRONT.KNEE, --region: unknown region 'FRONT.KNEE'",
        "--kind, ache, --kind: unknown kind 'ache' (expected soreness or pain).",
        "--level, 11, --level: 11 is outside 0 to 10.",
        "--level, -1, --level: -1 is outside 0 to 10.",
        "--level, four, --level: 'four' is not a whole number",
        "--date, 2024-02-30, --date: '2024-02-30' is not a date (expected YYYY-MM-DD",
        "--date, 23/11/2026, --date: '23/11/2026' is not a date",
    })
    void badFieldsExitOneNamingTheFieldAndSaveNothing(String field, String value, String message) {
        assertThat(run(markArgs(field, value))).isEqualTo(1);
        assertThat(err.toString()).startsWith("kip: " + message).doesNotContain("\tat ");
        assertThat(Files.exists(journal())).as("nothing saved: the journal is not even created").isFalse();
    }

    @Test
    void aFutureDateIsRefused() {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        assertThat(run(markArgs("--date", tomorrow))).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("kip: --date: " + tomorrow + " is in the future (marks are for today or earlier)." + System.lineSeparator());
    }

    @Test
    void aMissingOptionIsAUsageError() {
        assertThat(run("--journal", journal().toString(), "body", "mark", "--date", "2024-03-04", "--region", "FRONT.KNEE.L", "--kind", "pain"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--level");
    }

    /** A valid mark command with one field replaced. */
    private String[] markArgs(String field, String value) {
        List<String> args = new java.util.ArrayList<>(List.of("--journal", journal().toString(), "body", "mark",
                "--date", "2024-03-04", "--region", "FRONT.KNEE.L", "--kind", "pain", "--level", "5"));
        args.set(args.indexOf(field) + 1, value);
        return args.toArray(String[]::new);
    }

    @Test
    void exportWritesTheDesignColumnsOldestFirstWithQuotingWhereNeeded() throws Exception {
        try (Journal j = Journal.open(journal())) {
            new BodyMarkStore(j).putAll(List.of(
                    new BodyMark(LocalDate.of(2024, 3, 5), "BACK.LOWER_BACK.R", SymptomKind.PAIN, 6, "deadlift, \"pop\"", false),
                    new BodyMark(LocalDate.of(2024, 3, 4), "FRONT.QUADRICEPS.L", SymptomKind.SORENESS, 4, "", true),
                    new BodyMark(LocalDate.of(2024, 3, 4), "FRONT.NECK", SymptomKind.SORENESS, 2, "Nacken — steif", false)));
        }
        Path csv = dir.resolve("out").resolve("body.csv");
        assertThat(run("--journal", journal().toString(), "export", "body", "--out", csv.toString())).isZero();
        assertThat(out.toString()).contains("Wrote 3 body marks to " + csv);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo("""
                date,region_id,region_name,kind,level,note
                2024-03-04,FRONT.NECK,Neck (front),soreness,2,Nacken — steif
                2024-03-04,FRONT.QUADRICEPS.L,Left quadriceps,soreness,4,
                2024-03-05,BACK.LOWER_BACK.R,Right lower back,pain,6,"deadlift, ""pop\""\"
                """);
        try (var files = Files.list(csv.getParent())) {
            assertThat(files).as("no temporary file left behind").containsExactly(csv);
        }
    }

    @Test
    void exportOfAnEmptyJournalIsJustTheHeader() throws Exception {
        Journal.open(journal()).close();
        Path csv = dir.resolve("body.csv");
        assertThat(run("--journal", journal().toString(), "export", "body", "--out", csv.toString())).isZero();
        assertThat(Files.readString(csv)).isEqualTo("date,region_id,region_name,kind,level,note\n");
    }

    @Test
    void exportIntoAFolderThatIsAFileFailsWithExitOne() throws Exception {
        Journal.open(journal()).close();
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        assertThat(run("--journal", journal().toString(), "export", "body", "--out", blocker.resolve("body.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("kip: Cannot write ");
    }
}
