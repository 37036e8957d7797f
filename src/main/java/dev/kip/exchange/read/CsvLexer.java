package dev.kip.exchange.read;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits CSV text (RFC 4180: quoted fields with doubled quotes, CRLF, LF or CR line ends,
 * quoted line breaks) into records, one at a time, in a buffer of its own. Fields stay
 * characters in that buffer until {@link #field} is asked for, and a record may be at most
 * {@link #MAX_RECORD_CHARS} long, so a file of any size is read in bounded memory and a quote
 * never closed fails at the line where its field began.
 *
 * <p>Why not Commons CSV, which Kip used before: it was a third of a large import's time (a
 * String and a token object per field, a comment check per token), and it cannot bound a
 * quoted field, which let a 200 MB note through. Empty lines are skipped; a quote is special
 * only as a field's first character, as in Commons CSV's default format.
 *
 * <p>Why not FastCSV 4.1.0 (measured on the 1,000,000-set Strong import, {@code bench.sh import strong}):
 * it is as fast over the whole import (3.25 against 3.30 CPU-s; its parse alone is about a tenth
 * slower by the thread's CPU and a fifth by the process's, its Strings per field feeding the
 * collector), but it takes a quote never closed as a field running to the end of the file and passes
 * NUL characters, both of which this lexer refuses with the line; wrapping it to say so would keep a
 * hand-written scanner beside it.
 */
final class CsvLexer {

    /** The longest record (or line before the header) read: no export has one near it. */
    static final int MAX_RECORD_CHARS = 1_000_000;

    /** The file breaks the CSV rules; the message says how, {@link #line} says where. */
    static final class SyntaxException extends IOException {
        private final long line;
        private final int field;

        SyntaxException(long line, String message) {
            this(line, -1, message);
        }

        SyntaxException(long line, int field, String message) {
            super(message);
            this.line = line;
            this.field = field;
        }

        long line() {
            return line;
        }

        /** The field (from 0) where the trouble is, or -1. */
        int field() {
            return field;
        }
    }

    private final Reader in;
    private char delimiter = ',';
    private char[] buf = new char[1 << 16];
    /** The buffer holds characters {@code [pos, limit)} still to read; the current record starts at {@code start}. */
    private int pos;
    private int limit;
    private int start;
    private boolean eof;
    /** The physical line of the character at {@code pos}, from 1. */
    private long line = 1;
    private long recordLine;
    /** Per field of the current record: its characters, relative to {@code start}, and whether it holds doubled quotes. */
    private int[] from = new int[32];
    private int[] to = new int[32];
    private boolean[] escaped = new boolean[32];
    private int count;

    CsvLexer(Reader in) {
        this.in = in;
    }

    void delimiter(char delimiter) {
        this.delimiter = delimiter;
    }

    /** The physical line the current record (or the line last read) began on. */
    long line() {
        return recordLine;
    }

    /** The next physical line as written (for lines before and at the header), or null at the end of the text. */
    String rawLine() throws IOException {
        start = pos;
        recordLine = line;
        int i = 0;
        while (true) {
            if (start + i == limit && !fill(i)) {
                if (i == 0) {
                    return null;
                }
                pos = limit;
                return new String(buf, start, i);
            }
            char c = buf[start + i];
            if (c == '\n' || c == '\r') {
                String text = new String(buf, start, i);
                pos = start + i + 1;
                if (c == '\r' && (pos < limit || fill(i + 1)) && buf[pos] == '\n') {
                    pos++;
                }
                line++;
                return text;
            }
            i++;
        }
    }

    /** Reads the next record that is not an empty line; false at the end of the text. */
    boolean next() throws IOException {
        while (true) {
            start = pos;
            recordLine = line;
            count = 0;
            if (pos == limit && !fill(0)) {
                return false;
            }
            char c = buf[pos];
            if (c == '\n' || c == '\r') {
                skipLineEnd(0);
                continue;
            }
            readRecord();
            return true;
        }
    }

    /** Fields in the current record. */
    int size() {
        return count;
    }

    String field(int index) {
        int a = start + from[index];
        int n = to[index] - from[index];
        if (n == 0) {
            return "";
        }
        if (!escaped[index]) {
            return new String(buf, a, n);
        }
        StringBuilder b = new StringBuilder(n);
        for (int i = a; i < a + n; i++) {
            b.append(buf[i]);
            if (buf[i] == '"') {
                i++; // the second quote of a doubled pair
            }
        }
        return b.toString();
    }

    /** True when the field is empty or only whitespace (as {@link String#isBlank}), read in place. */
    boolean isBlank(int index) {
        for (int i = start + from[index], end = start + to[index]; i < end; i++) {
            if (!Character.isWhitespace(buf[i])) {
                return false;
            }
        }
        return true;
    }

    /** The field as a number ({@link Decimals#parse}), read in place; NaN when it is not one. */
    double decimal(int index, boolean commaDecimal) {
        return escaped[index] ? Decimals.parse(field(index), commaDecimal)
                : Decimals.parse(buf, start + from[index], start + to[index], commaDecimal);
    }

    /** True when the field is exactly {@code text}, compared in place. */
    boolean fieldEquals(int index, String text) {
        if (escaped[index]) {
            return field(index).equals(text);
        }
        if (to[index] - from[index] != text.length()) {
            return false;
        }
        for (int i = 0, a = start + from[index]; i < text.length(); i++) {
            if (buf[a + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Reads the record that starts at {@code start}, ending after its line break (or at the end of the text). */
    private void readRecord() throws IOException {
        int i = 0; // relative to start
        while (true) {
            // one field per turn
            if (start + i == limit && !fill(i)) {
                add(i, i, false); // a delimiter was the last character: an empty last field
                pos = limit;
                return;
            }
            if (buf[start + i] == '"') {
                i = quoted(i + 1);
            } else {
                int f = i;
                while (true) {
                    i = plainRun(i);
                    if (start + i == limit) {
                        if (!fill(i)) {
                            add(f, i, false);
                            pos = limit;
                            return;
                        }
                        continue;
                    }
                    char c = buf[start + i];
                    if (c == delimiter || c == '\n' || c == '\r') {
                        break;
                    }
                    if (c == 0) {
                        throw nul();
                    }
                    i++; // another control character (a tab) is part of the field
                }
                add(f, i, false);
            }
            if (start + i == limit && !fill(i)) {
                pos = limit;
                return;
            }
            char c = buf[start + i];
            if (c == delimiter) {
                i++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                skipLineEnd(i);
                return;
            }
            throw new SyntaxException(line, "the file is not valid CSV: a quoted field is followed by '" + c
                    + "' where a '" + (delimiter == '\t' ? "tab" : String.valueOf(delimiter))
                    + "' or the end of the line should be (a quote inside a field is written twice)");
        }
    }

    /**
     * Passes the characters of an unquoted field from {@code i} (relative to start) up to the
     * delimiter, a control character or the end of the buffer, and returns where it stopped. The
     * hot loop of a large import: it reads only locals, so the JIT keeps them in registers (with
     * the buffer's refill inside the loop, it re-read the fields at every character).
     */
    private int plainRun(int i) {
        char[] b = buf;
        char d = delimiter;
        int at = start + i;
        int end = limit;
        while (at < end) {
            char c = b[at];
            if (c == d || c <= '\r') {
                break;
            }
            at++;
        }
        return at - start;
    }

    /** Reads a quoted field whose text begins at {@code i}; returns the position after its closing quote. */
    private int quoted(int i) throws IOException {
        int f = i;
        boolean doubled = false;
        long opened = line;
        while (true) {
            if (start + i == limit && !fill(i)) {
                throw new SyntaxException(opened, "the file is not valid CSV: a quoted field that begins on line " + opened
                        + " is never closed");
            }
            char c = buf[start + i];
            if (c <= '"') {
                if (c == '"') {
                    if ((start + i + 1 < limit || fill(i + 1)) && buf[start + i + 1] == '"') {
                        doubled = true;
                        i += 2;
                        continue;
                    }
                    add(f, i, doubled);
                    return i + 1;
                }
                if (c == '\n' || (c == '\r' && !((start + i + 1 < limit || fill(i + 1)) && buf[start + i + 1] == '\n'))) {
                    line++;
                } else if (c == 0) {
                    throw nul();
                }
            }
            i++;
        }
    }

    /** A NUL in the text: no export writes one, so the file is damaged, binary, or UTF-16 read as bytes. */
    private SyntaxException nul() {
        return new SyntaxException(line, count, "the field holds a NUL character (byte 0), which no export writes: the file is "
                + "damaged or not text");
    }

    /** Passes the line break at {@code i} (relative to start): CRLF, LF or CR. */
    private void skipLineEnd(int i) throws IOException {
        int at = start + i;
        char c = buf[at];
        pos = at + 1;
        if (c == '\r' && (pos < limit || fill(i + 1)) && buf[start + i + 1] == '\n') {
            pos = start + i + 2;
        }
        line++;
    }

    private void add(int f, int t, boolean doubled) {
        if (count == from.length) {
            from = Arrays.copyOf(from, count * 2);
            to = Arrays.copyOf(to, count * 2);
            escaped = Arrays.copyOf(escaped, count * 2);
        }
        from[count] = f;
        to[count] = t;
        escaped[count] = doubled;
        count++;
    }

    /**
     * Reads more text, keeping the current record (its first {@code kept} characters read so far)
     * at the buffer's start; false at the end of the text. A record over {@link #MAX_RECORD_CHARS}
     * is refused here, before the buffer would grow past it.
     */
    private boolean fill(int kept) throws IOException {
        if (eof) {
            return false;
        }
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, limit - start);
            limit -= start;
            pos -= start;
            start = 0;
        }
        if (limit == buf.length) {
            if (buf.length > MAX_RECORD_CHARS) {
                throw new SyntaxException(recordLine, line == recordLine
                        ? String.format("a line is longer than %,d characters: this is not a CSV export", MAX_RECORD_CHARS)
                        : String.format("the record that begins on this line runs over %,d characters and %,d lines: is a quote"
                                + " never closed?", MAX_RECORD_CHARS, line - recordLine + 1));
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }
}
