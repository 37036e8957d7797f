package dev.kip.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Drawing on one PDF page in top-down coordinates (y grows downwards from the top edge, like the
 * body geometry and like reading). Text is always placed in a box: it is measured, never cut; a line
 * too wide for its box is set smaller, down to {@value #MIN_TEXT_SIZE} pt ({@value #MIN_FIGURE_SIZE}
 * pt for key figures), and anything longer is wrapped by the caller ({@link #wrap}). Every string
 * placed is reported to the page's {@link TextLog}, so a test can hold each against its box.
 */
final class PdfCanvas implements AutoCloseable {

    /** The smallest text the summary prints: table text. */
    static final float MIN_TEXT_SIZE = 8f;
    /** Key figures (styles of this size or larger) are never set smaller than this. */
    static final float MIN_FIGURE_SIZE = 10f;

    /** One string as placed: where it was drawn, how wide it came out, and the box it was given. */
    record Placed(String text, float x, float baseline, float width, float boxX, float boxWidth, float size, int page) {
        boolean fits() {
            return x >= boxX - 0.01f && x + width <= boxX + boxWidth + 0.01f;
        }
    }

    /** Where the strings placed are told; {@link #NONE} forgets them. */
    interface TextLog {
        TextLog NONE = p -> { };

        void placed(Placed p);
    }

    private final PDPageContentStream cs;
    private final float pageHeight;
    private final TextLog log;
    private final int page;
    final ReportFonts fonts;

    PdfCanvas(PDDocument doc, PDPage page, ReportFonts fonts, PDPageContentStream.AppendMode mode, TextLog log) throws IOException {
        this.cs = new PDPageContentStream(doc, page, mode, true, true);
        this.pageHeight = page.getMediaBox().getHeight();
        this.fonts = fonts;
        this.log = log;
        this.page = doc.getPages().indexOf(page) + 1;
    }

    /** A text style: face, size and colour. */
    record Style(boolean bold, float size, Color color) {
        Style withSize(float newSize) {
            return new Style(bold, newSize, color);
        }

        Style withColor(Color newColor) {
            return new Style(bold, size, newColor);
        }

        /** The smallest size this style may be set at. */
        float floor() {
            return Math.min(size, size >= MIN_FIGURE_SIZE ? MIN_FIGURE_SIZE : MIN_TEXT_SIZE);
        }
    }

    enum Align { LEFT, CENTER, RIGHT }

    private PDFont font(Style s) {
        return s.bold() ? fonts.bold : fonts.regular;
    }

    float width(String text, Style s) throws IOException {
        return fonts.width(s.bold(), fonts.printable(text)) / 1000f * s.size();
    }

    /** Text at its style's size with its left end at x and baseline at y, in a box {@code boxWidth} wide. */
    void text(String text, float x, float y, float boxWidth, Style s) throws IOException {
        String printable = fonts.printable(text);
        if (printable.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font(s), s.size());
        cs.setNonStrokingColor(s.color());
        cs.newLineAtOffset(x, pageHeight - y);
        cs.showText(ReportFonts.ligated(printable));
        cs.endText();
        log.placed(new Placed(text, x, y, width(text, s), x, boxWidth, s.size(), page));
    }

    /**
     * One line of text in the box {@code maxWidth} wide at x, baseline y, aligned in it: set smaller
     * (not below the style's floor) when too wide. Returns the width drawn. Text that may not fit in
     * one line belongs in {@link #wrap}.
     */
    float fitted(String text, float x, float y, float maxWidth, Style s, Align align) throws IOException {
        Style style = s;
        float w = width(text, style);
        if (w > maxWidth) {
            style = style.withSize(Math.max(style.floor(), style.size() * maxWidth / w));
            w = width(text, style);
        }
        float left = switch (align) {
            case LEFT -> x;
            case CENTER -> x + (maxWidth - w) / 2;
            case RIGHT -> x + maxWidth - w;
        };
        String printable = fonts.printable(text);
        if (!printable.isEmpty()) {
            cs.beginText();
            cs.setFont(font(style), style.size());
            cs.setNonStrokingColor(style.color());
            cs.newLineAtOffset(left, pageHeight - y);
            cs.showText(ReportFonts.ligated(printable));
            cs.endText();
            log.placed(new Placed(text, left, y, w, x, maxWidth, style.size(), page));
        }
        return w;
    }

    /** Draws wrapped lines (from {@link #wrap}) top-down from baseline y, {@code lineHeight} apart, in a box maxWidth wide. */
    void lines(List<String> lines, float x, float y, float maxWidth, float lineHeight, Style s) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            text(lines.get(i), x, y + i * lineHeight, maxWidth, s);
        }
    }

    /**
     * {@code text} broken at spaces into lines no wider than maxWidth, all of it: a word wider than the
     * box is broken between characters. Whitespace runs become single spaces.
     */
    List<String> wrap(String text, float maxWidth, Style s) throws IOException {
        List<String> lines = new ArrayList<>();
        String[] words = fonts.printable(text).strip().split("\\s+");
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, s) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, s) > maxWidth && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), s) > maxWidth) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    void fillRect(float x, float y, float w, float h, Color fill) throws IOException {
        cs.setNonStrokingColor(fill);
        cs.addRect(x, pageHeight - y - h, w, h);
        cs.fill();
    }

    void strokeRect(float x, float y, float w, float h, Color stroke, float lineWidth) throws IOException {
        cs.setStrokingColor(stroke);
        cs.setLineWidth(lineWidth);
        cs.addRect(x, pageHeight - y - h, w, h);
        cs.stroke();
    }

    void line(float x1, float y1, float x2, float y2, Color stroke, float lineWidth) throws IOException {
        cs.setStrokingColor(stroke);
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, pageHeight - y1);
        cs.lineTo(x2, pageHeight - y2);
        cs.stroke();
    }

    void dashed(float x1, float y1, float x2, float y2, Color stroke, float lineWidth, float dash) throws IOException {
        cs.setLineDashPattern(new float[] {dash, dash}, 0);
        line(x1, y1, x2, y2, stroke, lineWidth);
        cs.setLineDashPattern(new float[0], 0);
    }

    /** A polyline through the points (top-down), optionally dashed (dash 0 = solid). */
    void polyline(float[] xs, float[] ys, Color stroke, float lineWidth, float dash) throws IOException {
        if (xs.length == 0) {
            return;
        }
        cs.setLineDashPattern(dash > 0 ? new float[] {dash, dash / 2} : new float[0], 0);
        cs.setStrokingColor(stroke);
        cs.setLineWidth(lineWidth);
        cs.moveTo(xs[0], pageHeight - ys[0]);
        for (int i = 1; i < xs.length; i++) {
            cs.lineTo(xs[i], pageHeight - ys[i]);
        }
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
    }

    void dot(float x, float y, float r, Color fill) throws IOException {
        fillRect(x - r, y - r, 2 * r, 2 * r, fill);
    }

    // Path building for shapes (body regions): top-down coordinates, filled or stroked by the caller.

    void moveTo(double x, double y) throws IOException {
        cs.moveTo((float) x, (float) (pageHeight - y));
    }

    void lineTo(double x, double y) throws IOException {
        cs.lineTo((float) x, (float) (pageHeight - y));
    }

    void curveTo(double x1, double y1, double x2, double y2, double x, double y) throws IOException {
        cs.curveTo((float) x1, (float) (pageHeight - y1), (float) x2, (float) (pageHeight - y2), (float) x,
                (float) (pageHeight - y));
    }

    void closePath() throws IOException {
        cs.closePath();
    }

    void fillAndStroke(Color fill, Color stroke, float lineWidth) throws IOException {
        cs.setNonStrokingColor(fill);
        cs.setStrokingColor(stroke);
        cs.setLineWidth(lineWidth);
        cs.fillAndStroke();
    }

    void stroke(Color stroke, float lineWidth) throws IOException {
        cs.setStrokingColor(stroke);
        cs.setLineWidth(lineWidth);
        cs.stroke();
    }

    /** Saves the graphics state; call before building a path for {@link #clip()}. */
    void save() throws IOException {
        cs.saveGraphicsState();
    }

    /** Uses the current path as the clip until {@link #restore()}. */
    void clip() throws IOException {
        cs.clip();
    }

    void restore() throws IOException {
        cs.restoreGraphicsState();
    }

    @Override
    public void close() throws IOException {
        cs.close();
    }
}
