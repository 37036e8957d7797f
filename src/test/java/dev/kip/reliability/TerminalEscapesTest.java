package dev.kip.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.cli.Cli;
import dev.kip.ui.common.Dialogs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: a value echoed in a message must not reach the terminal (or a window's label) as a control sequence. */
class TerminalEscapesTest {
    private static final String TITLE = "\033]0;PWNED\007";

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int kip(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aMistypedOptionValueIsEchoedEscaped() {
        int code = kip("--journal", dir.resolve("j.db").toString(), "sleep", "add", "--date", TITLE, "--bed", "23:00",
                "--try", "23:10", "--sol", "10", "--awakenings", "1", "--waso", "5", "--final-wake", "06:30",
                "--out-of-bed", "06:40", "--quality", "3", "--rested", "3");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("\033", "\007").contains("\\u001b]0;PWNED\\u0007");
    }

    @Test
    void aFieldOfAnImportedFileIsEchoedEscaped() throws IOException {
        Path csv = dir.resolve("strong.csv");
        Files.writeString(csv, "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n"
                + "2024-03-04 18:00:00,Push,1h,Bench,1,100" + TITLE + ",5,0,0,\n");
        assertThat(kip("--journal", dir.resolve("j.db").toString(), "import", "--dry-run", csv.toString())).isEqualTo(1);
        assertThat(err.toString()).doesNotContain("\033", "\007").contains("'100\\u001b]0;PWNED\\u0007' is not a number");
    }

    @Test
    void aFileNameIsEchoedEscaped() {
        Path missing = dir.resolve("missing" + TITLE + ".csv");
        assertThat(kip("--journal", dir.resolve("j.db").toString(), "import", missing.toString())).isEqualTo(1);
        assertThat(err.toString()).doesNotContain("\033", "\007").contains("missing\\u001b]0;PWNED\\u0007.csv");
    }

    @Test
    void theWindowShowsAMessageEscaped() {
        assertThat(Dialogs.messageOf(new IllegalArgumentException("'" + TITLE + "' is not a date")))
                .isEqualTo("'\\u001b]0;PWNED\\u0007' is not a date");
    }
}
