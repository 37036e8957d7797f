package dev.kip.report;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays blocks down the pages, top to bottom, on at most {@code maxPages} pages: a block asks for
 * room and either gets it (on this page or a new one) or is told there is none, and then leaves
 * itself out or says what it left out. Every page gets a footer with its number and the disclaimer.
 */
final class PageFlow {

    static final float MARGIN = 34;
    private static final float FOOTER = 16;

    private final PDDocument doc;
    private final PDRectangle size;
    private final ReportFonts fonts;
    private final int maxPages;
    private final PdfCanvas.TextLog log;
    private final List<String> leftOut = new java.util.ArrayList<>();
    private PdfCanvas canvas;
    private float y;

    PageFlow(PDDocument doc, PDRectangle size, ReportFonts fonts, int maxPages, PdfCanvas.TextLog log) {
        this.doc = doc;
        this.size = size;
        this.fonts = fonts;
        this.maxPages = maxPages;
        this.log = log;
    }

    /** True while the flow is on its first page. */
    boolean onFirstPage() {
        return doc.getNumberOfPages() <= 1;
    }

    PdfCanvas canvas() {
        return canvas;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    /** The top of the free space on the current page. */
    float y() {
        return y;
    }

    void advance(float height) {
        y += height;
    }

    /** The last page keeps a line above its footer for what was left out. */
    private float bottom() {
        return size.getHeight() - MARGIN - FOOTER - (doc.getNumberOfPages() >= maxPages ? Type.LINE + 2 : 0);
    }

    /** Like {@link #room}, but a block that gets none is named in the last page's "left out" line. */
    boolean roomFor(String what, float height) throws IOException {
        if (room(height)) {
            return true;
        }
        leftOut.add(what);
        return false;
    }

    /** True when {@code height} fits below the cursor, starting a new page if need be and allowed. */
    boolean room(float height) throws IOException {
        if (canvas != null && y + height <= bottom()) {
            return true;
        }
        if (doc.getNumberOfPages() >= maxPages) {
            return false;
        }
        newPage();
        return y + height <= bottom();
    }

    /** True when {@code height} fits below the cursor on this page (no new page is started). */
    boolean fitsHere(float height) {
        return canvas != null && y + height <= bottom();
    }

    /** Moves to a fresh page unless the page limit is reached. */
    void newPageIfAllowed() throws IOException {
        if (doc.getNumberOfPages() < maxPages) {
            newPage();
        }
    }

    void newPage() throws IOException {
        if (canvas != null) {
            canvas.close();
        }
        PDPage page = new PDPage(size);
        doc.addPage(page);
        canvas = new PdfCanvas(doc, page, fonts, AppendMode.OVERWRITE, log);
        y = MARGIN;
    }

    /** Closes the last page and writes every page's footer. */
    void finish() throws IOException {
        if (canvas != null) {
            canvas.close();
        }
        int count = doc.getNumberOfPages();
        if (!leftOut.isEmpty()) {
            try (PdfCanvas c = new PdfCanvas(doc, doc.getPage(count - 1), fonts, AppendMode.APPEND, log)) {
                List<String> lines = c.wrap("Left out for want of room on " + maxPages + " pages: " + String.join(", ", leftOut)
                        + " (all in Kip).", width(), Type.SMALL_MUTED);
                c.lines(lines, left(), size.getHeight() - MARGIN - FOOTER - 4 - (lines.size() - 1) * Type.LINE, width(),
                        Type.LINE, Type.SMALL_MUTED);
            }
        }
        PdfCanvas.Style small = Type.SMALL_MUTED;
        float footerY = size.getHeight() - MARGIN + 4;
        for (int i = 0; i < count; i++) {
            try (PdfCanvas c = new PdfCanvas(doc, doc.getPage(i), fonts, AppendMode.APPEND, log)) {
                c.line(left(), footerY - 9, left() + width(), footerY - 9, Palette.GRID, 0.4f);
                c.fitted("Kip · " + ReportModel.DISCLAIMER + " · soreness and pain are the person's own 0–10 ratings",
                        left(), footerY, width() - 60, small, PdfCanvas.Align.LEFT);
                c.fitted("Page " + (i + 1) + " of " + count, left() + width() - 60, footerY, 60, small,
                        PdfCanvas.Align.RIGHT);
            }
        }
    }
}
