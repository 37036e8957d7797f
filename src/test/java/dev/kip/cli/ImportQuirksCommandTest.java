package dev.kip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.exchange.Quirk;
import dev.kip.journal.DeviceNightStore;
import dev.kip.journal.Journal;
import dev.kip.journal.WorkoutStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every quirk of real exports through the real {@code kip import}: the preview says it, the import adds every set. */
class ImportQuirksCommandTest {
    @TempDir
    Path dir;

    static Stream<Quirk> quirks() {
        return Quirk.all();
    }

    @ParameterizedTest
    @MethodSource("quirks")
    void importsWholeAndSaysWhatItDecided(Quirk quirk) throws Exception {
        Path file = quirk.copyTo(dir);
        Path journal = dir.resolve("journal.db");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("--journal", journal.toString(), "import", file.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines()).containsAll(quirk.preview());
        assertThat(out.toString()).contains("Added " + quirk.added().describe() + ";");
        try (Journal j = Journal.open(journal)) {
            assertThat(new WorkoutStore(j).between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)))
                    .hasSize(quirk.added().workouts())
                    .allSatisfy(w -> assertThat(w.durationMin() == null || w.durationMin() <= 1440).isTrue())
                    .flatExtracting(w -> w.sets()).hasSize(quirk.added().sets());
            assertThat(new DeviceNightStore(j).between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)))
                    .hasSize(quirk.added().deviceNights())
                    .allSatisfy(n -> assertThat(n.asleepMin() == null || n.asleepMin() > 0).as("asleep unknown, never 0").isTrue());
        }
        assertThat(Files.exists(journal)).isTrue();
    }
}
