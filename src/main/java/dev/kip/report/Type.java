package dev.kip.report;

import dev.kip.report.PdfCanvas.Style;

/** The report's type scale. */
final class Type {
    static final Style TITLE = new Style(true, 15, Palette.TEXT);
    static final Style HEADING = new Style(true, 10.5f, Palette.ACCENT);
    static final Style TEXT = new Style(false, 8, Palette.TEXT);
    static final Style BOLD = new Style(true, 8, Palette.TEXT);
    static final Style SMALL = new Style(false, 7, Palette.TEXT);
    static final Style SMALL_MUTED = new Style(false, 6.5f, Palette.MUTED);
    static final Style SMALL_BOLD = new Style(true, 7, Palette.TEXT);
    static final Style VALUE = new Style(true, 10, Palette.TEXT);

    /** Height of a heading with the space around it. */
    static final float HEADING_HEIGHT = 17;

    private Type() {
    }

    /** A section heading with a thin rule under it, at the flow's cursor. */
    static void heading(PageFlow flow, String text) throws java.io.IOException {
        PdfCanvas c = flow.canvas();
        float y = flow.y() + 11;
        c.fitted(text, flow.left(), y, flow.width(), HEADING, PdfCanvas.Align.LEFT);
        c.line(flow.left(), y + 3, flow.left() + flow.width(), y + 3, Palette.GRID, 0.5f);
        flow.advance(HEADING_HEIGHT);
    }

    /** A row of label-over-value cells across the flow's width. */
    static void cells(PageFlow flow, String[][] labelValue) throws java.io.IOException {
        PdfCanvas c = flow.canvas();
        float w = flow.width() / labelValue.length;
        for (int i = 0; i < labelValue.length; i++) {
            float x = flow.left() + i * w;
            c.fitted(labelValue[i][0], x, flow.y() + 7, w - 6, SMALL_MUTED, PdfCanvas.Align.LEFT);
            c.fitted(labelValue[i][1], x, flow.y() + 19, w - 6, VALUE, PdfCanvas.Align.LEFT);
        }
        flow.advance(CELL_HEIGHT);
    }

    static final float CELL_HEIGHT = 25;
}
