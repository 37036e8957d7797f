package dev.kip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Kip ");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: kip", "--journal", "check");
    }

    @Test
    void onlyTheCommandThatRunsIsBuilt() {
        assertThat(Cli.commandsFor("--journal", "report", "report", "--from", "2026-01-01")).containsExactly(ReportCommand.class);
        assertThat(Cli.commandsFor("--verbose", "export", "sleep", "--help")).containsExactly(ExportCommand.class);
        assertThat(Cli.commandsFor("--version")).isEmpty();
        assertThat(Cli.commandsFor("--help")).isEqualTo(KipCommand.COMMANDS);
        assertThat(Cli.commandsFor("reprot", "--from", "2026-01-01")).as("a typo: said as before").isEqualTo(KipCommand.COMMANDS);
    }

    @Test
    void aCommandBuiltAloneTakesTheJournalBeforeOrAfterItsName() {
        Path j = dir.resolve("j.db");
        String[] demo = {"--journal", j.toString(), "demo", "--years", "1"};
        assertThat(Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Cli.commandsFor(demo)).execute(demo)).isZero();
        String[] check = {"check", "--journal", j.toString()};
        assertThat(Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Cli.commandsFor(check)).execute(check)).isZero();
        assertThat(out.toString()).contains("is sound");
        String[] typo = {"--journal", j.toString(), "chekc"};
        assertThat(Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Cli.commandsFor(typo)).execute(typo)).isEqualTo(2);
        assertThat(err.toString()).startsWith("kip: Unmatched argument at index 2: 'chekc'");
    }

    @Test
    void everyCommandsHelpFormatsWithoutAPicocliWarning() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Deque<CommandLine> todo = new ArrayDeque<>(List.of(Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))));
            int commands = 0;
            while (!todo.isEmpty()) {
                CommandLine command = todo.pop();
                command.usage(new PrintWriter(new StringWriter()));
                todo.addAll(command.getSubcommands().values());
                commands++;
            }
            assertThat(commands).isGreaterThan(10);
        } finally {
            System.setErr(stderr);
        }
        // "95 %" in a description is a format specifier to picocli unless written "95 %%".
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).startsWith("kip: Unmatched argument").contains("kip --help");
        assertThat(err.toString()).doesNotContain("\tat ");
    }

    @Test
    void failuresExitOneWithoutStackTraceUnlessVerbose() throws Exception {
        Path notJournal = Files.writeString(dir.resolve("x.db"), "plain text");
        assertThat(run("check", "--journal", notJournal.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("kip: " + notJournal + " is not a Kip journal (it is not an SQLite database)."
                + System.lineSeparator());
        err.getBuffer().setLength(0);
        assertThat(run("check", "--journal", notJournal.toString(), "--verbose")).isEqualTo(1);
        assertThat(err.toString()).contains("\tat dev.kip.journal.Journal");
    }

    @Test
    void checkOnASoundJournal() {
        Path j = dir.resolve("j.db");
        assertThat(run("--journal", j.toString(), "demo", "--years", "1")).isZero();
        assertThat(run("--journal", j.toString(), "check")).isZero();
        assertThat(out.toString()).contains("is sound");
    }

    @Test
    void checkNeverCreatesAMissingJournal() {
        Path j = dir.resolve("missing.db");
        assertThat(run("check", "--journal", j.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("There is no journal at " + j);
        assertThat(Files.exists(j)).isFalse();
    }

    @Test
    void demoWritesAJournalAndRefusesToWriteTwice() {
        Path j = dir.resolve("demo.db");
        assertThat(run("demo", "--journal", j.toString(), "--years", "1", "--seed", "3")).isZero();
        assertThat(out.toString()).contains("Wrote a 1-year demo journal");
        assertThat(run("demo", "--journal", j.toString(), "--years", "1")).isEqualTo(1);
        assertThat(err.toString()).contains("already holds entries");
        assertThat(run("check", "--journal", j.toString())).isZero();
    }

    @Test
    void demoYearsOutOfRangeFailsBeforeTouchingAnything() {
        Path j = dir.resolve("never.db");
        assertThat(run("demo", "--journal", j.toString(), "--years", "0")).isEqualTo(1);
        assertThat(err.toString()).contains("--years must be between 1 and 100");
        assertThat(Files.exists(j)).isFalse();
    }
}
