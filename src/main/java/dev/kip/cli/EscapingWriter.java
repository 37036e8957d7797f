package dev.kip.cli;

import dev.kip.text.ControlChars;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the command line prints passes through here, so no value it echoes (a file name, a
 * field of an imported file, a mistyped option) can send a terminal escape: {@link ControlChars}
 * writes each control character as {@code \}{@code uXXXX}.
 */
final class EscapingWriter extends FilterWriter {

    EscapingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        out.write(ControlChars.escape(s.substring(off, off + len)));
    }
}
