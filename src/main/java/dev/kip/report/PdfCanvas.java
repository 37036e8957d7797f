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
 * body geometry and like reading), with text that is measured so it never leaves its box: it
 * shrinks down to a floor and is then cut with "…".
 */
final class PdfCanvas implements AutoCloseable {

    static final float MIN_TEXT_SIZE = 5.5f;
    private static final String ELLIPSIS = "…";

    private final PDPageContentStream cs;
    private final float pageHeight;
    final ReportFonts fonts;

    PdfCanvas(PDDocument doc, PDPage page, ReportFonts fonts, PDPageContentStream.AppendMode mode) throws IOException {
        this.cs = new PDPageContentStream(doc, page, mode, true, true);
        this.pageHeight = page.getMediaBox().getHeight();
        this.fonts = fonts;
    }

    /** A text style: face, size and colour. */
    record Style(boolean bold, float size, Color color) {
        Style withSize(float newSize) {
            return new Style(bold, newSize, color);
        }

        Style withColor(Color newColor) {
            return new Style(bold, size, newColor);
        }
    }

    enum Align { LEFT, CENTER, RIGHT }

    private PDFont font(Style s) {
        return s.bold() ? fonts.bold : fonts.regular;
    }

    float width(String text, Style s) throws IOException {
        return font(s).getStringWidth(fonts.printable(text)) / 1000f * s.size();
    }

    /** Text whose baseline is at y, unmeasured (for labels known to fit). */
    void text(String text, float x, float y, Style s) throws IOException {
        String printable = fonts.printable(text);
        if (printable.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font(s), s.size());
        cs.setNonStrokingColor(s.color());
        cs.newLineAtOffset(x, pageHeight - y);
        cs.showText(printable);
        cs.endText();
    }

    /**
     * Text fitted into {@code maxWidth} at baseline y: smaller (not below {@value #MIN_TEXT_SIZE} pt)
     * when too wide, then cut with "…". Returns the width drawn.
     */
    float fitted(String text, float x, float y, float maxWidth, Style s, Align align) throws IOException {
        Style style = s;
        float w = width(text, style);
        if (w > maxWidth) {
            float size = Math.max(MIN_TEXT_SIZE, style.size() * maxWidth / w);
            style = style.withSize(size);
            w = width(text, style);
        }
        String shown = text;
        if (w > maxWidth) {
            shown = ellipsized(text, maxWidth, style);
            w = width(shown, style);
        }
        float left = switch (align) {
            case LEFT -> x;
            case CENTER -> x + (maxWidth - w) / 2;
            case RIGHT -> x + maxWidth - w;
        };
        text(shown, left, y, style);
        return w;
    }

    /** The longest prefix of {@code text} that fits with a trailing "…". */
    String ellipsized(String text, float maxWidth, Style s) throws IOException {
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(text.substring(0, mid).stripTrailing() + ELLIPSIS, s) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : text.substring(0, lo).stripTrailing() + ELLIPSIS;
    }

    /** {@code text} broken at spaces into lines no wider than maxWidth; past {@code maxLines} the last line ends with "…". */
    List<String> wrap(String text, float maxWidth, Style s, int maxLines) throws IOException {
        List<String> lines = new ArrayList<>();
        String[] words = fonts.printable(text).strip().split(" +");
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length && lines.size() < maxLines) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (width(candidate, s) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else if (line.isEmpty()) {
                lines.add(ellipsized(words[i], maxWidth, s)); // one word wider than the box
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (!line.isEmpty() && lines.size() < maxLines) {
            lines.add(line.toString());
        }
        if (i < words.length && !lines.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, ellipsized(lines.get(last) + " " + words[i], maxWidth, s));
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
