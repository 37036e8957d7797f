package dev.kip.report;

import dev.kip.report.PdfCanvas.Align;
import dev.kip.report.PdfCanvas.Style;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table laid down the flow: a header row, then rows whose cells wrap to their column's width, so
 * a row is as tall as its tallest cell and no text is ever cut. A cell may draw a picture instead
 * (a sparkline). A row that does not fit on the last page is not drawn; the caller says so.
 */
final class Table {

    private static final float PAD = 2;

    /** A column: its heading, its share of the table's width and how its text sits in it. */
    record Column(String header, float share, Align align) {
    }

    /** Draws a picture in a cell's box (x, y top-left, w × h). */
    interface Picture {
        void draw(PdfCanvas c, float x, float y, float w, float h) throws IOException;
    }

    /** A cell: text in a style (blank for none), or a picture of at least {@code minHeight}. */
    record Cell(String text, Style style, Picture picture, float minHeight) {
        static Cell text(String text, Style style) {
            return new Cell(text, style, null, 0);
        }

        static Cell picture(Picture picture, float minHeight) {
            return new Cell("", Type.SMALL, picture, minHeight);
        }
    }

    private final PageFlow flow;
    private final List<Column> columns;

    Table(PageFlow flow, List<Column> columns) {
        this.flow = flow;
        this.columns = List.copyOf(columns);
    }

    private float x(int column) {
        float x = flow.left();
        for (int i = 0; i < column; i++) {
            x += columns.get(i).share() * flow.width();
        }
        return x + PAD;
    }

    private float width(int column) {
        return columns.get(column).share() * flow.width() - 2 * PAD;
    }

    /** The header row, with a rule under it; false when it (and one row) has no room, and then {@code what} is named as left out. */
    boolean header(String what) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        float height = 0;
        PdfCanvas measure = flow.canvas();
        for (int i = 0; i < columns.size(); i++) {
            List<String> l = measure.wrap(columns.get(i).header(), width(i), Type.SMALL_BOLD);
            lines.add(l);
            height = Math.max(height, l.size() * Type.LINE);
        }
        if (!flow.roomFor(what, height + 3 + 2 * Type.LINE)) {
            return false;
        }
        PdfCanvas c = flow.canvas();
        for (int i = 0; i < columns.size(); i++) {
            drawLines(c, lines.get(i), i, flow.y(), Type.SMALL_BOLD);
        }
        c.line(flow.left(), flow.y() + height + 1.5f, flow.left() + flow.width(), flow.y() + height + 1.5f, Palette.GRID, 0.4f);
        flow.advance(height + 3);
        return true;
    }

    /** One row, shaded or not; false (and nothing drawn) when it has no room left. */
    boolean row(List<Cell> cells, boolean shaded) throws IOException {
        PdfCanvas measure = flow.canvas();
        List<List<String>> lines = new ArrayList<>();
        float height = Type.LINE;
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = cells.get(i);
            List<String> l = cell.picture() != null || cell.text().isBlank() ? List.of() : measure.wrap(cell.text(), width(i), cell.style());
            lines.add(l);
            height = Math.max(height, Math.max(l.size() * Type.LINE, cell.minHeight()));
        }
        height += PAD;
        if (!flow.room(height)) {
            return false;
        }
        PdfCanvas c = flow.canvas();
        float top = flow.y();
        if (shaded) {
            c.fillRect(flow.left(), top, flow.width(), height, Palette.PANEL);
        }
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = cells.get(i);
            if (cell.picture() != null) {
                cell.picture().draw(c, x(i), top + 1, width(i), height - 2);
            } else {
                drawLines(c, lines.get(i), i, top, cell.style());
            }
        }
        flow.advance(height);
        return true;
    }

    private void drawLines(PdfCanvas c, List<String> lines, int column, float top, Style style) throws IOException {
        for (int k = 0; k < lines.size(); k++) {
            float baseline = top + 7 + k * Type.LINE;
            c.fitted(lines.get(k), x(column), baseline, width(column), style, columns.get(column).align());
        }
    }
}
