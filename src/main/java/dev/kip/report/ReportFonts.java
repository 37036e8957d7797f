package dev.kip.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's two faces, DejaVu Sans Condensed regular and bold (bundled with their licence),
 * embedded as subsets so names such as Łukasz, Zoë or Ørjan print on any machine. The font files are
 * read from the classpath and parsed once per JVM (parsing was a fifth of a report's PDF time); each
 * document embeds its own subset. PDFBox shares a parsed font between documents and threads itself
 * (its font cache does): reads of the font data are synchronised, and a document only reads it.
 */
final class ReportFonts {

    static final String REGULAR = "fonts/DejaVuSansCondensed.ttf";
    static final String BOLD = "fonts/DejaVuSansCondensed-Bold.ttf";
    private static final Map<String, TrueTypeFont> PARSED = new ConcurrentHashMap<>();

    final PDType0Font regular;
    final PDType0Font bold;
    /** Code point → whether the regular face draws it; text is cleaned once per character, not per string. */
    private final Map<Integer, Boolean> drawable = new ConcurrentHashMap<>();
    /** Code point → its advance in each face, as PDFBox measures it (a document is laid out on one thread). */
    private final Map<Integer, Float> regularAdvances = new HashMap<>();
    private final Map<Integer, Float> boldAdvances = new HashMap<>();

    private ReportFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Parses both faces now (once per JVM; a thread asking meanwhile waits for the parse under way). */
    static void parseBoth() {
        PARSED.computeIfAbsent(REGULAR, ReportFonts::parse);
        PARSED.computeIfAbsent(BOLD, ReportFonts::parse);
    }

    static ReportFonts embedIn(PDDocument doc) throws IOException {
        return new ReportFonts(load(doc, REGULAR), load(doc, BOLD));
    }

    private static PDType0Font load(PDDocument doc, String resource) throws IOException {
        // The parsed font stays open with the JVM: PDType0Font.load(doc, TrueTypeFont, …) never closes it.
        return PDType0Font.load(doc, PARSED.computeIfAbsent(resource, ReportFonts::parse), true);
    }

    private static TrueTypeFont parse(String resource) {
        try {
            return parse(bytes(resource), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report font " + resource, e);
        }
    }

    static byte[] bytes(String resource) throws IOException {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("report font dev/kip/report/" + resource + " is missing from the build");
            }
            return in.readAllBytes();
        }
    }

    /**
     * The face in {@code font}, without its glyph substitution table unless {@code withSubstitutions}
     * (the tests compare both). With the table, PDFBox applies the faces' Latin ligatures itself, compiling
     * a regular expression for every word it draws: a seventh of a cold report's main thread. The faces
     * have five (see {@link #ligated}), which the report puts in as characters instead. The table is only
     * renamed in the font's directory, which PDFBox then skips; it never reaches the PDF's subsets either.
     */
    static TrueTypeFont parse(byte[] font, boolean withSubstitutions) throws IOException {
        if (!withSubstitutions) {
            int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
            for (int record = 12; record < 12 + 16 * tables; record += 16) {
                if (font[record] == 'G' && font[record + 1] == 'S' && font[record + 2] == 'U' && font[record + 3] == 'B') {
                    font[record] = 'g';
                }
            }
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    /**
     * {@code printable} with the faces' five Latin ligatures (ff, fi, fl, ffi, ffl) as the characters the
     * faces map to the same glyphs (U+FB00 to U+FB04), the longest first from the left: the glyphs PDFBox
     * drew from the substitution table (ReportFontsTest compares). Widths are measured without them, as
     * before, so nothing moves on the page.
     */
    static String ligated(String printable) {
        int i = printable.indexOf('f');
        if (i < 0) {
            return printable;
        }
        StringBuilder out = new StringBuilder(printable.length()).append(printable, 0, i);
        while (i < printable.length()) {
            char c = printable.charAt(i);
            char next = i + 1 < printable.length() ? printable.charAt(i + 1) : 0;
            char after = i + 2 < printable.length() ? printable.charAt(i + 2) : 0;
            if (c == 'f' && next == 'f' && (after == 'i' || after == 'l')) {
                out.append(after == 'i' ? '\uFB03' : '\uFB04');
                i += 3;
            } else if (c == 'f' && (next == 'f' || next == 'i' || next == 'l')) {
                out.append(next == 'f' ? '\uFB00' : next == 'i' ? '\uFB01' : '\uFB02');
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * The width of {@code printable} text in thousandths of the font size: what PDFBox's getStringWidth
     * returns (the same float: each character's advance added in order, as it adds them), with each
     * character's advance looked up once per document. Measuring re-encoded the same characters for
     * every fitted and wrapped string, a quarter of laying out the PDF.
     */
    float width(boolean inBold, String printable) throws IOException {
        PDType0Font face = inBold ? bold : regular;
        Map<Integer, Float> advances = inBold ? boldAdvances : regularAdvances;
        float width = 0;
        for (int i = 0; i < printable.length(); ) {
            int codePoint = printable.codePointAt(i);
            Float advance = advances.get(codePoint);
            if (advance == null) {
                advance = face.getStringWidth(new String(Character.toChars(codePoint)));
                advances.put(codePoint, advance);
            }
            width += advance;
            i += Character.charCount(codePoint);
        }
        return width;
    }

    /** {@code text} with control characters as spaces and any character the fonts cannot draw as "?". */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (drawable.computeIfAbsent(cp, this::canDraw)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean canDraw(int codePoint) {
        String ch = new String(Character.toChars(codePoint));
        try {
            regular.encode(ch);
            bold.encode(ch);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false; // PDFBox reports a missing glyph as IllegalArgumentException
        }
    }
}
