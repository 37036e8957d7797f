package dev.kip.report;

import dev.kip.domain.FigureSide;
import dev.kip.domain.SymptomKind;
import dev.kip.report.PdfCanvas.Align;
import dev.kip.report.ReportModel.BodySection;
import dev.kip.report.ReportModel.Change;
import dev.kip.report.ReportModel.Days;
import dev.kip.report.ReportModel.LevelMap;
import dev.kip.report.ReportModel.RegionRow;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;

/** Where it hurts and how that changed: six small maps (front and back × first week, last week, whole range) and a table. */
final class BodyBlock {

    static final float MAP_HEIGHT = 148;
    static final int MAX_ROWS = 16;
    private static final float ROW = 10.5f;
    /** Column widths as shares of the table width. */
    private static final float[] COLUMNS = {0.27f, 0.09f, 0.1f, 0.1f, 0.22f, 0.08f, 0.14f};
    private static final String[] HEADERS = {"Region", "Kind", "First week", "Last week", "Change", "Peak", "Days marked"};

    private BodyBlock() {
    }

    static void draw(PageFlow flow, BodySection body) throws IOException {
        if (!flow.room(Type.HEADING_HEIGHT + 30)) {
            return;
        }
        Type.heading(flow, "Body: where it hurts and how that changed");
        if (body.rows().isEmpty()) {
            flow.canvas().text("No soreness or pain marked in this range.", flow.left(), flow.y() + 8, Type.TEXT);
            flow.advance(14);
            return;
        }
        if (flow.room(MAP_HEIGHT + 34)) {
            maps(flow, body);
        }
        table(flow, body.rows());
    }

    private static void maps(PageFlow flow, BodySection body) throws IOException {
        PdfCanvas c = flow.canvas();
        BodyMapDrawing drawing = new BodyMapDrawing(c);
        float figW = BodyMapDrawing.widthFor(FigureSide.FRONT, MAP_HEIGHT);
        float gap = 12;
        float groupW = 2 * figW + gap;
        float between = (flow.width() - 3 * groupW) / 3;
        String[] titles = {"First week · " + days(body.firstWeek()), "Last week · " + days(body.lastWeek()),
            "Whole range · mean of days marked"};
        LevelMap[] maps = {body.firstWeekLevels(), body.lastWeekLevels(), body.averageLevels()};
        float top = flow.y() + 11;
        for (int g = 0; g < 3; g++) {
            float gx = flow.left() + between / 2 + g * (groupW + between);
            c.fitted(titles[g], gx - between / 2 + 2, flow.y() + 7, groupW + between - 4, Type.SMALL_BOLD, Align.CENTER);
            for (FigureSide side : FigureSide.values()) {
                float fx = gx + (side == FigureSide.FRONT ? 0 : figW + gap);
                drawing.draw(side, maps[g], fx, top, MAP_HEIGHT);
                c.fitted(side == FigureSide.FRONT ? "Front" : "Back", fx, top + MAP_HEIGHT + 7, figW, Type.SMALL_MUTED,
                        Align.CENTER);
            }
        }
        flow.advance(MAP_HEIGHT + 22);
        legend(flow, drawing);
    }

    private static void legend(PageFlow flow, BodyMapDrawing drawing) throws IOException {
        PdfCanvas c = flow.canvas();
        float x = flow.left();
        float y = flow.y();
        c.text("Soreness", x, y + 6, Type.SMALL);
        x += c.width("Soreness", Type.SMALL) + 4;
        for (int level : new int[] {2, 5, 8}) {
            drawing.swatch(false, level, x, y, 12, 7);
            x += 14;
        }
        x += 4;
        c.text("Pain (striped)", x, y + 6, Type.SMALL);
        x += c.width("Pain (striped)", Type.SMALL) + 4;
        for (int level : new int[] {2, 5, 8}) {
            drawing.swatch(true, level, x, y, 12, 7);
            x += 14;
        }
        x += 6;
        c.fitted("light to dark = 1 to 10 · both: stripes with a thick orange outline · levels are the mean of the days"
                + " marked", x, y + 6, flow.left() + flow.width() - x, Type.SMALL_MUTED, Align.LEFT);
        flow.advance(13);
    }

    private static void table(PageFlow flow, List<RegionRow> rows) throws IOException {
        if (!flow.room(2 * ROW)) {
            return;
        }
        float[] xs = columnStarts(flow);
        PdfCanvas c = flow.canvas();
        for (int i = 0; i < HEADERS.length; i++) {
            c.fitted(HEADERS[i], xs[i], flow.y() + 7.5f, width(flow, i) - 4, Type.SMALL_BOLD, i < 2 ? Align.LEFT : Align.RIGHT);
        }
        c.line(flow.left(), flow.y() + ROW, flow.left() + flow.width(), flow.y() + ROW, Palette.GRID, 0.4f);
        flow.advance(ROW + 1);
        int shown = 0;
        for (RegionRow r : rows) {
            if (shown == MAX_ROWS || !flow.room(ROW * (shown + 1 < rows.size() ? 2 : 1))) {
                break;
            }
            row(flow, xs, r, shown % 2 == 1);
            shown++;
        }
        if (shown < rows.size()) {
            flow.canvas().text("+ " + (rows.size() - shown) + " more region rows with lower or shorter-lived levels"
                    + " (all in Kip)", flow.left(), flow.y() + 7.5f, Type.SMALL_MUTED);
            flow.advance(ROW);
        }
        flow.advance(3);
    }

    private static void row(PageFlow flow, float[] xs, RegionRow r, boolean shaded) throws IOException {
        PdfCanvas c = flow.canvas();
        float y = flow.y();
        if (shaded) {
            c.fillRect(flow.left(), y, flow.width(), ROW, Palette.PANEL);
        }
        float base = y + 7.5f;
        Style textStyle = r.kind() == SymptomKind.PAIN ? Style.PAIN : Style.SORE;
        c.fitted(r.regionName(), xs[0], base, width(flow, 0) - 4, textStyle.style, Align.LEFT);
        c.fitted(r.kind().label(), xs[1], base, width(flow, 1) - 4, Type.SMALL, Align.LEFT);
        c.fitted(level(r.firstWeek()), xs[2], base, width(flow, 2) - 4, Type.SMALL, Align.RIGHT);
        c.fitted(level(r.lastWeek()), xs[3], base, width(flow, 3) - 4, Type.SMALL, Align.RIGHT);
        Color mark = r.change().isWorse() ? Palette.WORSE : r.change().isBetter() ? Palette.BETTER : Palette.MUTED;
        c.fitted(changeText(r), xs[4], base, width(flow, 4) - 4, Type.SMALL_BOLD.withColor(mark), Align.RIGHT);
        c.fitted(Integer.toString(r.peak()), xs[5], base, width(flow, 5) - 4, Type.SMALL, Align.RIGHT);
        c.fitted(Integer.toString(r.daysMarked()), xs[6], base, width(flow, 6) - 4, Type.SMALL, Align.RIGHT);
        flow.advance(ROW);
    }

    /** Region names in bold for pain, so the rows that matter most stand out in greyscale too. */
    private enum Style {
        PAIN(Type.SMALL_BOLD), SORE(Type.SMALL);

        final PdfCanvas.Style style;

        Style(PdfCanvas.Style style) {
            this.style = style;
        }
    }

    static String changeText(RegionRow r) {
        Change ch = r.change();
        return switch (ch) {
            case WORSE, BETTER -> ch.symbol() + " "
                    + Formats.signedOneDecimal(r.lastWeek().getAsDouble() - r.firstWeek().getAsDouble()) + " " + ch.label();
            default -> ch.symbol() + " " + ch.label();
        };
    }

    private static String level(OptionalDouble level) {
        return level.isPresent() ? Formats.oneDecimal(level.getAsDouble()) : "–";
    }

    private static String days(Days d) {
        return d.from().equals(d.to()) ? Formats.day(d.from()) : Formats.day(d.from()) + " – " + Formats.day(d.to());
    }

    private static float[] columnStarts(PageFlow flow) {
        float[] xs = new float[COLUMNS.length];
        float x = flow.left();
        for (int i = 0; i < COLUMNS.length; i++) {
            xs[i] = x + 2;
            x += COLUMNS[i] * flow.width();
        }
        return xs;
    }

    private static float width(PageFlow flow, int column) {
        return COLUMNS[column] * flow.width();
    }
}
