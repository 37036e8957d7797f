package dev.kip.exchange.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLexerTest {

    /** Each record as "line: field|field|…". */
    private static List<String> records(Reader text, char delimiter) throws IOException {
        CsvLexer lexer = new CsvLexer(text);
        lexer.delimiter(delimiter);
        List<String> out = new ArrayList<>();
        while (lexer.next()) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < lexer.size(); i++) {
                fields.add(lexer.field(i));
            }
            out.add(lexer.line() + ": " + String.join("|", fields));
        }
        return out;
    }

    private static List<String> records(String text) throws IOException {
        return records(new StringReader(text), ',');
    }

    @Test
    void quotesDoubledQuotesLineEndsAndEmptyLines() throws IOException {
        assertThat(records("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\r\n\"two\nlines\",x\rlast,,\n,"))
                .containsExactly("1: a|b,c|say \"hi\"", "3: two\nlines|x", "5: last||", "6: |");
        assertThat(records("a,b\n")).containsExactly("1: a|b");
        assertThat(records("x\"y,z")).as("a quote inside an unquoted field is text").containsExactly("1: x\"y|z");
        assertThat(records(new StringReader("a;\"1,5\";c"), ';')).containsExactly("1: a|1,5|c");
    }

    @Test
    void recordsLongerThanTheBufferAreReadWhole() throws IOException {
        String longNote = "n".repeat(200_000);
        assertThat(records("a,\"" + longNote + "\"\nb,c\n")).containsExactly("1: a|" + longNote, "2: b|c");
    }

    /** A reader that hands out one character at a time, so every refill lands inside a token. */
    @Test
    void refillsInTheMiddleOfEveryToken() throws IOException {
        Reader trickle = new StringReader("a,\"b\"\"c\"\r\n\"d\r\ne\",f\r") {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                return super.read(buf, off, Math.min(len, 1));
            }
        };
        assertThat(records(trickle, ',')).containsExactly("1: a|b\"c", "2: d\r\ne|f");
    }

    @Test
    void brokenFilesAreNamedByTheLineWhereTheTroubleBegins() {
        assertThatThrownBy(() -> records("a,b\nc,\"open\n\nstill open"))
                .isInstanceOf(CsvLexer.SyntaxException.class)
                .hasMessage("the file is not valid CSV: a quoted field that begins on line 2 is never closed")
                .satisfies(e -> assertThat(((CsvLexer.SyntaxException) e).line()).isEqualTo(2));
        assertThatThrownBy(() -> records("a,b\n\"c\"d,e"))
                .hasMessage("the file is not valid CSV: a quoted field is followed by 'd' where a ',' or the end of the line"
                        + " should be (a quote inside a field is written twice)");
        String note = "x\n".repeat(600_000);
        assertThatThrownBy(() -> records("a,b\nc,\"" + note + "\"\n"))
                .hasMessage("the record that begins on this line runs over 1,000,000 characters and 524,287 lines: is a quote never closed?")
                .satisfies(e -> assertThat(((CsvLexer.SyntaxException) e).line()).isEqualTo(2));
    }
}
