package dev.kip.report;

import dev.kip.domain.FigureSide;
import dev.kip.domain.SymptomKind;
import dev.kip.report.PdfCanvas.Align;
import dev.kip.report.ReportModel.BodySection;
import dev.kip.report.ReportModel.Change;
import dev.kip.report.ReportModel.Days;
import dev.kip.report.ReportModel.LevelMap;
import dev.kip.report.ReportModel.RegionRow;
import dev.kip.report.Table.Cell;
import dev.kip.report.Table.Column;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;

/**
 * After pain: the body maps (front and back × first week, last week, whole range; pain striped,
 * soreness solid) and soreness, shorter: its worst regions and how they changed, with what each
 * marker means.
 */
final class BodyBlock {

    static final float MAP_HEIGHT = 118;
    static final int MAX_SORENESS_ROWS = 8;
    private static final List<Column> COLUMNS = List.of(
            new Column("Region", 0.28f, Align.LEFT),
            new Column("First week", 0.12f, Align.RIGHT),
            new Column("Last week", 0.12f, Align.RIGHT),
            new Column("Change", 0.26f, Align.RIGHT),
            new Column("Peak", 0.09f, Align.RIGHT),
            new Column("Days marked", 0.13f, Align.RIGHT));

    private BodyBlock() {
    }

    static void draw(PageFlow flow, BodySection body) throws IOException {
        if (body.rows().isEmpty() || !flow.roomFor("the body maps and soreness", MAP_HEIGHT + 40)) {
            return;
        }
        maps(flow, body);
        soreness(flow, body.rows().stream().filter(r -> r.kind() == SymptomKind.SORENESS).toList());
    }

    private static void maps(PageFlow flow, BodySection body) throws IOException {
        PdfCanvas c = flow.canvas();
        BodyMapDrawing drawing = new BodyMapDrawing(c);
        float figW = BodyMapDrawing.widthFor(FigureSide.FRONT, MAP_HEIGHT);
        float gap = 10;
        float groupW = 2 * figW + gap;
        float between = (flow.width() - 3 * groupW) / 3;
        String[] titles = {"First week · " + days(body.firstWeek()), "Last week · " + days(body.lastWeek()),
            "Whole range · mean of days marked"};
        LevelMap[] maps = {body.firstWeekLevels(), body.lastWeekLevels(), body.averageLevels()};
        float top = flow.y() + 12;
        for (int g = 0; g < 3; g++) {
            float gx = flow.left() + between / 2 + g * (groupW + between);
            c.fitted(titles[g], gx - between / 2 + 2, flow.y() + 8, groupW + between - 4, Type.SMALL_BOLD, Align.CENTER);
            for (FigureSide side : FigureSide.values()) {
                float fx = gx + (side == FigureSide.FRONT ? 0 : figW + gap);
                drawing.draw(side, maps[g], fx, top, MAP_HEIGHT);
                c.fitted(side == FigureSide.FRONT ? "Front" : "Back", fx, top + MAP_HEIGHT + 8, figW, Type.SMALL_MUTED,
                        Align.CENTER);
            }
        }
        flow.advance(MAP_HEIGHT + 24);
        legend(flow, drawing);
    }

    private static void legend(PageFlow flow, BodyMapDrawing drawing) throws IOException {
        PdfCanvas c = flow.canvas();
        float x = flow.left();
        float y = flow.y();
        x += c.fitted("Soreness", x, y + 7, c.width("Soreness", Type.SMALL), Type.SMALL, Align.LEFT) + 4;
        for (int level : new int[] {2, 5, 8}) {
            drawing.swatch(false, level, x, y, 12, 8);
            x += 14;
        }
        x += 6;
        x += c.fitted("Pain (striped)", x, y + 7, c.width("Pain (striped)", Type.SMALL), Type.SMALL, Align.LEFT) + 4;
        for (int level : new int[] {2, 5, 8}) {
            drawing.swatch(true, level, x, y, 12, 8);
            x += 14;
        }
        flow.advance(11);
        Paragraphs.draw(flow, "Light to dark = 1 to 10; both in one region: stripes with a thick orange outline; each map"
                + " shows the mean of the days marked.", Type.SMALL_MUTED);
        flow.advance(2);
    }

    private static void soreness(PageFlow flow, List<RegionRow> rows) throws IOException {
        if (rows.isEmpty() || !flow.roomFor("soreness", Type.HEADING_HEIGHT + 3 * Type.LINE)) {
            return;
        }
        Type.heading(flow, "Soreness: " + rows.size() + (rows.size() == 1 ? " region" : " regions") + ", the worst "
                + Math.min(rows.size(), MAX_SORENESS_ROWS) + " here");
        Table table = new Table(flow, COLUMNS);
        if (!table.header("soreness")) {
            return;
        }
        int shown = 0;
        for (RegionRow r : rows.subList(0, Math.min(rows.size(), MAX_SORENESS_ROWS))) {
            if (!table.row(cells(r), shown % 2 == 1)) {
                break;
            }
            shown++;
        }
        Paragraphs.leftOut(flow, rows.size() - shown, "sore region with lower or shorter-lived levels",
                "sore regions with lower or shorter-lived levels");
        Paragraphs.draw(flow, LEGEND, Type.SMALL_MUTED);
        flow.advance(4);
    }

    /** What each change marker means. */
    static final String LEGEND = "▲ new: not marked in the " + ReportModel.NEW_AFTER_DAYS + " days before the range · "
            + "▲ worse / ▼ better: the last week's mean at least 1 point above / below the first week's · = same · "
            + "▲ back in the last week: marked before the range, not in its first week · ▼ not marked in the last week · "
            + "– only in between.";

    private static List<Cell> cells(RegionRow r) {
        Color mark = r.change().isWorse() ? Palette.WORSE : r.change().isBetter() ? Palette.BETTER : Palette.MUTED;
        return List.of(Cell.text(r.regionName(), Type.SMALL), Cell.text(level(r.firstWeek()), Type.SMALL),
                Cell.text(level(r.lastWeek()), Type.SMALL), Cell.text(changeText(r), Type.SMALL_BOLD.withColor(mark)),
                Cell.text(Integer.toString(r.peak()), Type.SMALL), Cell.text(Integer.toString(r.daysMarked()), Type.SMALL));
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
}
