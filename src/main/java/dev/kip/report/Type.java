package dev.kip.report;

import dev.kip.report.PdfCanvas.Style;

/**
 * The report's type scale, readable at a glance: key figures 11 pt, running text 9 pt, and nothing
 * smaller than 8 pt (table text, labels, the footer).
 */
final class Type {
    static final Style TITLE = new Style(true, 16, Palette.TEXT);
    static final Style HEADING = new Style(true, 11, Palette.ACCENT);
    static final Style TEXT = new Style(false, 9, Palette.TEXT);
    static final Style BOLD = new Style(true, 9, Palette.TEXT);
    static final Style SMALL = new Style(false, 8, Palette.TEXT);
    static final Style SMALL_MUTED = new Style(false, 8, Palette.MUTED);
    static final Style SMALL_BOLD = new Style(true, 8, Palette.TEXT);
    static final Style VALUE = new Style(true, 11, Palette.TEXT);

    /** Height of a heading with the space around it. */
    static final float HEADING_HEIGHT = 18;
    /** Height of a row of label-over-value cells whose labels fit on one line. */
    static final float CELL_HEIGHT = 27;
    /** Baseline-to-baseline distance of 8 pt table text. */
    static final float LINE = 9.5f;

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

    /** A row of label-over-value cells across the flow's width; a label too long for its cell wraps. */
    static void cells(PageFlow flow, String[][] labelValue) throws java.io.IOException {
        PdfCanvas c = flow.canvas();
        float w = flow.width() / labelValue.length;
        java.util.List<java.util.List<String>> labels = new java.util.ArrayList<>();
        int lines = 1;
        for (String[] cell : labelValue) {
            java.util.List<String> l = c.wrap(cell[0], w - 6, SMALL_MUTED);
            labels.add(l);
            lines = Math.max(lines, l.size());
        }
        float valueBaseline = 8 + (lines - 1) * LINE + 13;
        for (int i = 0; i < labelValue.length; i++) {
            float x = flow.left() + i * w;
            c.lines(labels.get(i), x, flow.y() + 8, w - 6, LINE, SMALL_MUTED);
            c.fitted(labelValue[i][1], x, flow.y() + valueBaseline, w - 6, VALUE, PdfCanvas.Align.LEFT);
        }
        flow.advance(valueBaseline + 6);
    }
}
