package dev.kip.exchange.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text export whatever the encoding it was saved in, and says which one: UTF-8 (with or
 * without its byte order mark), UTF-16 when a byte order mark says so (a spreadsheet's "Unicode
 * text"), else Windows-1252 (Latin-1 and Western European, what Excel on Windows writes) when the
 * bytes are not UTF-8. The decision is made at the first byte that is not UTF-8: if every
 * character before it was ASCII, the whole file is Windows-1252; if UTF-8 letters came before it,
 * the file mixes encodings and is refused with the line, never read as {@code D�velopp�}.
 */
final class TextReader extends Reader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A file that is UTF-8 up to a line and something else after it. */
    static final class MixedEncodingException extends IOException {
        private final long line;

        MixedEncodingException(long line, int b) {
            super(String.format("byte 0x%02X is not UTF-8, though the lines before it are: the file mixes encodings "
                    + "(save it again as UTF-8)", b));
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private CharsetDecoder decoder;
    private Charset charset = StandardCharsets.UTF_8;
    private boolean started;
    private boolean eof;
    private boolean flushed;
    /** True once a UTF-8 character beyond ASCII was read: from then on, a byte that is not UTF-8 is no Windows-1252 file. */
    private boolean nonAscii;
    private long line = 1;

    TextReader(InputStream in) {
        this.in = in;
        this.decoder = strict(StandardCharsets.UTF_8);
    }

    /** The encoding the text was read in (so far: UTF-8 until a byte says otherwise). */
    Charset charset() {
        return charset;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (!started) {
            started = true;
            fillBytes();
            unicodeByteOrderMark();
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (out.position() == off) {
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                if (charset != StandardCharsets.UTF_8 || nonAscii || beyondAscii(buf, off, out.position())) {
                    throw new MixedEncodingException(line + lines(buf, off, out.position()), bytes.get(bytes.position()) & 0xFF);
                }
                charset = WINDOWS_1252;
                decoder = WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE);
            } else if (r.isUnderflow()) {
                if (eof) {
                    decoder.flush(out);
                    flushed = true;
                    break;
                }
                fillBytes();
            } else {
                break;
            }
        }
        int n = out.position() - off;
        if (n == 0) {
            return -1;
        }
        if (charset == StandardCharsets.UTF_8) {
            seen(buf, off, off + n);
        }
        return n;
    }

    /** Counts the lines of UTF-8 text read and notes a character beyond ASCII in it. */
    private void seen(char[] buf, int from, int to) {
        line += lines(buf, from, to);
        nonAscii = nonAscii || beyondAscii(buf, from, to);
    }

    private static int lines(char[] buf, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** True when {@code buf[from, to)} holds a character beyond ASCII (a byte order mark aside). */
    private static boolean beyondAscii(char[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] > 0x7F && buf[i] != '\uFEFF') {
                return true;
            }
        }
        return false;
    }

    /** A UTF-16 byte order mark switches to UTF-16 (the decoder takes the mark itself); a UTF-8 one is left to the caller. */
    private void unicodeByteOrderMark() {
        if (bytes.remaining() >= 2) {
            int a = bytes.get(0) & 0xFF;
            int b = bytes.get(1) & 0xFF;
            if (a == 0xFF && b == 0xFE || a == 0xFE && b == 0xFF) {
                charset = StandardCharsets.UTF_16;
                decoder = StandardCharsets.UTF_16.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE);
            }
        }
    }

    private void fillBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
