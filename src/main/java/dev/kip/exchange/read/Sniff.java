package dev.kip.exchange.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Looks at the first bytes of an export without consuming them (the stream is reset), so a
 * parser can take a vendor's zip, its JSON or its CSV, whichever the person picked.
 */
public final class Sniff {

    private static final int HEAD = 256;

    private Sniff() {
    }

    public static boolean isZip(BufferedInputStream in) throws IOException {
        byte[] magic = peek(in, 4);
        return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }

    /** True when the first character (after a BOM and blanks) opens a JSON array or object. */
    public static boolean isJson(BufferedInputStream in) throws IOException {
        String head = text(in).replace("\uFEFF", "").stripLeading();
        return head.startsWith("[") || head.startsWith("{");
    }

    /** The first line (BOM and line break removed, at most 256 bytes), or "" for an empty stream. */
    public static String firstLine(BufferedInputStream in) throws IOException {
        String head = text(in).replace("\uFEFF", "");
        int end = head.indexOf('\n');
        return (end < 0 ? head : head.substring(0, end)).strip();
    }

    private static String text(BufferedInputStream in) throws IOException {
        return new String(peek(in, HEAD), StandardCharsets.UTF_8);
    }

    private static byte[] peek(BufferedInputStream in, int bytes) throws IOException {
        in.mark(bytes);
        byte[] head = in.readNBytes(bytes);
        in.reset();
        return head;
    }
}
