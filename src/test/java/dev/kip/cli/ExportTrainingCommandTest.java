package dev.kip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Workout;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.WorkoutStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kip export training} as the CLI runs it. */
class ExportTrainingCommandTest {
    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void writesOneRowPerSetWithE1rmEmptyForWarmUps() throws Exception {
        Path journalFile = dir.resolve("journal.db");
        try (Journal journal = Journal.open(journalFile)) {
            ExerciseStore exercises = new ExerciseStore(journal);
            long bench = exercises.byName("Bench Press").orElseThrow().id();
            long pullUp = exercises.byName("Pull-up").orElseThrow().id();
            WorkoutStore workouts = new WorkoutStore(journal);
            long plank = exercises.byName("Plank").orElseThrow().id();
            workouts.insert(new Workout(null, LocalDate.of(2025, 5, 12), LocalTime.of(18, 0), 60, 8.0, false, "Push, heavy", "", null,
                    null, List.of(
                    new LiftSet(bench, 1, SetType.WARM_UP, 60.0, 8, null, null),
                    new LiftSet(bench, 2, SetType.WORKING, 100.0, 5, 8.5, null),
                    new LiftSet(bench, 3, SetType.WORKING, 102.0582, 1, null, null),
                    new LiftSet(pullUp, 1, SetType.FAILURE, null, 12, null, 0),
                    new LiftSet(plank, 1, SetType.WORKING, null, null, null, null, null, 90))));
        }
        Path csv = dir.resolve("out").resolve("training.csv");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = run(out, err, "--journal", journalFile.toString(), "export", "training", "--out", csv.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Wrote 5 sets of 1 workouts");
        // e1RM: 100 × (1 + 5/30) = 116.666… → 116.67; a single is its own 1RM; a set without weight has none.
        // The workout's name, then after the documented columns its id and a hold's distance and time.
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(
                "date,workout,exercise,set_index,set_type,weight_kg,reps,rpe,e1rm_kg,workout_id,distance_m,seconds",
                "2025-05-12,\"Push, heavy\",Bench Press,1,warm-up,60,8,,,1,,",
                "2025-05-12,\"Push, heavy\",Bench Press,2,working,100,5,8.5,116.67,1,,",
                "2025-05-12,\"Push, heavy\",Bench Press,3,working,102.0582,1,,102.06,1,,",
                "2025-05-12,\"Push, heavy\",Pull-up,1,failure,,12,,,1,,",
                "2025-05-12,\"Push, heavy\",Plank,1,working,,,,,1,,90");
        try (var files = Files.list(csv.getParent())) {
            assertThat(files).containsExactly(csv);
        }
    }

    @Test
    void anEmptyJournalGivesTheHeaderOnly() throws Exception {
        Path journalFile = dir.resolve("empty.db");
        Journal.open(journalFile).close();
        Path csv = dir.resolve("training.csv");
        assertThat(run(new StringWriter(), new StringWriter(), "--journal", journalFile.toString(), "export", "training", "--out", csv.toString())).isZero();
        assertThat(Files.readAllLines(csv)).containsExactly(
                "date,workout,exercise,set_index,set_type,weight_kg,reps,rpe,e1rm_kg,workout_id,distance_m,seconds");
    }

    @Test
    void aMissingOutIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "--journal", dir.resolve("j.db").toString(), "export", "training")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--out=FILE'");
    }
}
