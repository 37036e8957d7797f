package dev.kip.exchange.strong;

import dev.kip.exchange.parse.ImportException;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static dev.kip.exchange.Fixtures.parseBytes;
import static dev.kip.exchange.Fixtures.parseText;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files that are broken as files, not just in one value: each gets a message, never another exception. */
class MalformedFilesTest {

    private final StrongParser strong = new StrongParser();

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> parseText(strong, "")).isInstanceOf(ImportException.class).hasMessage("test.csv: the file is empty");
        assertThatThrownBy(() -> parseText(strong, "\n\n")).hasMessage("test.csv, line 1: the first line is empty where the header was expected");
    }

    @Test
    void truncatedLine() {
        assertThatThrownBy(() -> parseText(strong, """
                Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE
                2024-03-04 07:01:00,A,1h,Squat,1,100,5,,,
                2024-03-04 07:01:00,A,1h,Squ"""))
                .hasMessage("test.csv, line 3: the line has 4 fields where the header has 10: is it cut short, or is the delimiter not ','?");
    }

    @Test
    void unclosedQuoteAtTheEnd() {
        assertThatThrownBy(() -> parseText(strong, """
                Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE
                2024-03-04 07:01:00,"A,1h,Squat,1,100,5,,,
                """)).isInstanceOf(ImportException.class).hasMessageStartingWith("test.csv, line 2: the file is not valid CSV");
    }

    @Test
    void wrongDelimiterInTheRows() {
        assertThatThrownBy(() -> parseText(strong, """
                Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE
                2024-03-04 07:01:00;A;1h;Squat;1;100;5;;;
                """)).hasMessageContaining("line 2: the line has 1 field where the header has 10");
    }

    @Test
    void binaryGarbage() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        assertThatThrownBy(() -> parseBytes(strong, garbage)).isInstanceOf(ImportException.class);
    }

    @Test
    void aFileOfMoreLinesThanAnImportHoldsIsRefusedAtTheFirstLineTooMany() {
        byte[] header = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n".getBytes(StandardCharsets.UTF_8);
        byte[] line = "2024-03-04 07:01:00,A,Squat,Rest Timer,,\n".getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream() {
            private long at;

            @Override
            public int read() {
                long i = at++;
                return i < header.length ? header[(int) i] : line[(int) ((i - header.length) % line.length)];
            }
        };
        assertThatThrownBy(() -> strong.parse(new java.io.BufferedInputStream(endless), dev.kip.exchange.Fixtures.context("test.csv",
                dev.kip.domain.Settings.MassUnit.KG)))
                .hasMessage("test.csv, line 1200002: the file has more than 1,200,000 lines of data, more than Kip reads in one"
                        + " import (a hundred years of daily training): split it and import the parts");
    }

    @Test
    void aFiftyMegabyteLineFailsFastWithoutFillingTheHeap() {
        byte[] line = new byte[50 << 20];
        Arrays.fill(line, (byte) 'x');
        assertThatThrownBy(() -> parseBytes(strong, line))
                .hasMessage("test.csv, line 1: a line is longer than 1,000,000 characters: this is not a CSV export");
        byte[] header = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n\"".getBytes(StandardCharsets.UTF_8);
        byte[] longField = Arrays.copyOf(header, header.length + (5 << 20));
        Arrays.fill(longField, header.length, longField.length, (byte) 'y');
        assertThatThrownBy(() -> parseBytes(strong, longField)).isInstanceOf(ImportException.class)
                .hasMessageContaining("a line is longer than 1,000,000 characters");
    }
}
