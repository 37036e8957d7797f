package dev.kip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16: the commands that only read the journal, given a mistyped --journal, say there is no
 * journal there (naming the path given and what is expected) and leave the folder as it was: no
 * empty journal, no lock file, no output file.
 */
class MistypedJournalTest {
    @TempDir
    Path dir;

    static Stream<List<String>> readingCommands() {
        return Stream.of(List.of("export", "sleep", "--out", "OUT/sleep.csv"),
                List.of("export", "device-sleep", "--out", "OUT/device.csv"),
                List.of("export", "body", "--out", "OUT/body.csv"),
                List.of("export", "training", "--out", "OUT/training.csv"),
                List.of("export", "all", "--out", "OUT/all"),
                List.of("trends", "--from", "2026-01-01", "--to", "2026-03-01", "--json"),
                List.of("report", "--from", "2026-01-01", "--to", "2026-03-01", "--out", "OUT/summary.pdf"));
    }

    @ParameterizedTest
    @MethodSource("readingCommands")
    void aMistypedJournalIsNamedAndNothingIsCreated(List<String> command) throws Exception {
        Path real = Files.createDirectory(dir.resolve("kip"));
        Path mistyped = real.resolve("jornal.db");
        Path out = Files.createDirectory(dir.resolve("out"));
        List<String> args = new ArrayList<>(List.of("--journal", mistyped.toString()));
        command.forEach(a -> args.add(a.replace("OUT", out.toString())));
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();

        int code = Cli.commandLine(new PrintWriter(stdout, true), new PrintWriter(stderr, true)).execute(args.toArray(String[]::new));

        assertThat(code).isEqualTo(1);
        assertThat(stderr.toString()).isEqualTo("kip: There is no journal at " + mistyped
                + ". Give its path with --journal PATH, or set KIP_JOURNAL." + System.lineSeparator());
        assertThat(stdout.toString()).isEmpty();
        try (Stream<Path> left = Files.list(real); Stream<Path> written = Files.list(out)) {
            assertThat(left).as("beside the mistyped journal").isEmpty();
            assertThat(written).as("output folder").isEmpty();
        }
    }
}
