package dev.kip.exchange.apple;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Makes Apple Health's export.xml digestible for a strict XML parser: drops the internal DTD
 * (some iOS versions write an ATTLIST that never closes, and a DTD-less parse needs none of
 * it) and replaces the control characters XML forbids (such as {@code \x0b} in device names)
 * with spaces. It also bounds what the parser must hold at once: a tag (its attributes) or a
 * run of text longer than {@link #MAX_RUN_CHARS} is refused with its line, so a hostile file (a
 * 1.5 GB attribute in a 1.5 MB zip) cannot run the import out of memory.
 */
final class AppleXmlReader extends FilterReader {

    /** The prolog before {@code <HealthData} is a few kilobytes; more means this is not Apple's file. */
    static final int MAX_PROLOG_CHARS = 4 << 20;

    static final class NotHealthDataException extends IOException {
        NotHealthDataException(String message) {
            super(message);
        }
    }

    /**
     * The longest run of characters between two {@code <} or {@code >}: Apple's records are a few
     * hundred characters (a device description is the longest attribute), so a million is no export.
     */
    static final int MAX_RUN_CHARS = 1_000_000;

    /** A tag or text run over {@link #MAX_RUN_CHARS}, with the line it started on. */
    static final class TooLongException extends IOException {
        private final long line;

        TooLongException(long line) {
            super(String.format("a tag or text runs over %,d characters (Apple's records are a few hundred): the file is damaged "
                    + "or not an Apple Health export", MAX_RUN_CHARS));
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private char[] pending;
    /** Characters since the last {@code <} or {@code >}, and the line they started on. */
    private int run;
    private long runLine = 1;
    private long line = 1;
    private int pendingPos;

    AppleXmlReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (pending == null) {
            pending = prologWithoutDoctype();
        }
        int n;
        if (pendingPos < pending.length) {
            n = Math.min(len, pending.length - pendingPos);
            System.arraycopy(pending, pendingPos, buf, off, n);
            pendingPos += n;
        } else {
            n = in.read(buf, off, len);
        }
        int r = run;
        for (int i = off, end = off + n; i < end; i++) {
            char c = buf[i];
            if (c > '>') { // letters and most text: the common case first
                r++;
                if (c >= 0xFFFE) {
                    buf[i] = ' ';
                }
            } else if (c == '<' || c == '>') {
                r = 0;
                runLine = line;
            } else {
                r++;
                if (c == '\n') {
                    line++;
                } else if (c < 0x20 && c != '\t' && c != '\r') {
                    buf[i] = ' ';
                }
            }
        }
        // Checked once per chunk: a run may pass the limit by one chunk (a few kB), which bounds memory all the same.
        run = r;
        if (r > MAX_RUN_CHARS) {
            throw new TooLongException(runLine);
        }
        return n;
    }

    /** Reads up to and including the start of the root element and cuts out any DOCTYPE before it. */
    private char[] prologWithoutDoctype() throws IOException {
        StringBuilder prolog = new StringBuilder(16384);
        char[] chunk = new char[8192];
        int root = -1;
        while (root < 0) {
            int n = in.read(chunk, 0, chunk.length);
            if (n < 0) {
                throw new NotHealthDataException(prolog.length() == 0 ? "the file is empty"
                        : "there is no <HealthData> element: this is not an Apple Health export");
            }
            int searchFrom = Math.max(0, prolog.length() - 16);
            prolog.append(chunk, 0, n);
            root = rootStart(prolog, searchFrom);
            if (root < 0 && prolog.length() > MAX_PROLOG_CHARS) {
                throw new NotHealthDataException("no <HealthData> element in the first "
                        + MAX_PROLOG_CHARS / (1 << 20) + " MB: this is not an Apple Health export");
            }
        }
        int doctype = prolog.indexOf("<!DOCTYPE");
        if (doctype >= 0 && doctype < root) {
            prolog.delete(doctype, root);
        }
        if (prolog.length() > 0 && prolog.charAt(0) == '\uFEFF') {
            prolog.deleteCharAt(0);
        }
        char[] out = new char[prolog.length()];
        prolog.getChars(0, out.length, out, 0);
        return out;
    }

    private static int rootStart(StringBuilder s, int from) {
        for (int i = s.indexOf("<HealthData", from); i >= 0; i = s.indexOf("<HealthData", i + 1)) {
            int after = i + "<HealthData".length();
            if (after < s.length()) {
                char c = s.charAt(after);
                if (c == '>' || c == '/' || Character.isWhitespace(c)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
