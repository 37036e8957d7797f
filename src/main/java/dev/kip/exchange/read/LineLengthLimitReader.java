package dev.kip.exchange.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses physical lines longer than a limit, so a binary file or a 50 MB line without a
 * line break fails fast instead of filling the heap inside the CSV parser.
 */
final class LineLengthLimitReader extends FilterReader {

    static final class LineTooLongException extends IOException {
        LineTooLongException(int limit) {
            super(String.format("a line is longer than %,d characters: this is not a CSV export", limit));
        }
    }

    private final int limit;
    private int sinceBreak;

    LineLengthLimitReader(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        int run = sinceBreak;
        for (int i = off; i < off + n; i++) {
            run = buf[i] == '\n' ? 0 : run + 1;
        }
        sinceBreak = run;
        if (run > limit) {
            throw new LineTooLongException(limit);
        }
        return n;
    }

    private void count(char c) throws LineTooLongException {
        sinceBreak = c == '\n' ? 0 : sinceBreak + 1;
        if (sinceBreak > limit) {
            throw new LineTooLongException(limit);
        }
    }
}
