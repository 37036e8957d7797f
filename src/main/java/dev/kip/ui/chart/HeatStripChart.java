package dev.kip.ui.chart;

import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.insight.HeatStrip;
import dev.kip.insight.RegionDay;
import dev.kip.ui.chart.ChartPalette.Role;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Soreness and pain over time: a row per region marked at least once, each split in two: the
 * upper half soreness (orange), the lower half pain (red), deeper for higher levels. Columns are
 * pixel-wide spans of days holding the highest level of each.
 */
public final class HeatStripChart extends CanvasChart {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final double ROW = 16;
    private static final double NAMES_WIDTH = 150;
    private List<RegionDay> marks = List.of();
    private LocalDate from = LocalDate.now();
    private LocalDate to = LocalDate.now();
    private HeatStrip strip;

    public void show(List<RegionDay> newMarks, LocalDate newFrom, LocalDate newTo) {
        marks = List.copyOf(newMarks);
        from = newFrom;
        to = newTo;
        strip = null;
        int rows = (int) marks.stream().map(RegionDay::regionId).distinct().count();
        setPrefHeight(Math.max(90, plotTop() + rows * ROW + PLOT_INSETS.getBottom() + 8));
        requestLayout();
        redraw();
    }

    /** The rows shown: region ids, top to bottom. */
    public List<String> regionIds() {
        return strip(getWidth()).regionIds();
    }

    private HeatStrip strip(double width) {
        int columns = (int) Math.max(1, width - NAMES_WIDTH - 12);
        if (strip == null || strip.columns() != Math.min(columns, to.toEpochDay() - from.toEpochDay() + 1)) {
            strip = HeatStrip.of(marks, from, to, columns);
        }
        return strip;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        HeatStrip s = strip(w);
        double left = NAMES_WIDTH;
        double right = w - 12;
        double top = plotTop();
        if (s.regionIds().isEmpty()) {
            g.setFill(palette.color(Role.MUTED));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("No soreness or pain marked in this range.", (left + right) / 2, h / 2);
            return;
        }
        double cell = (right - left) / s.columns();
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < s.regionIds().size(); r++) {
            double y = top + r * ROW;
            g.setFill(palette.color(Role.TEXT));
            g.fillText(BodyRegions.byId(s.regionIds().get(r)).map(BodyRegion::name).orElse(s.regionIds().get(r)),
                    left - 8, y + ROW / 2);
            g.setFill(palette.color(Role.GRID));
            g.fillRect(left, y + 1, right - left, ROW - 2);
            for (int c = 0; c < s.columns(); c++) {
                int sore = s.soreness(r, c);
                int pain = s.pain(r, c);
                if (sore > 0) {
                    g.setFill(palette.color(Role.SORENESS).deriveColor(0, 1, 1, 0.25 + 0.075 * sore));
                    g.fillRect(left + c * cell, y + 1, Math.max(1, cell), (ROW - 2) / 2);
                }
                if (pain > 0) {
                    g.setFill(palette.color(Role.PAIN).deriveColor(0, 1, 1, 0.25 + 0.075 * pain));
                    g.fillRect(left + c * cell, y + 1 + (ROW - 2) / 2, Math.max(1, cell), (ROW - 2) / 2);
                }
            }
        }
        double bottom = top + s.regionIds().size() * ROW;
        g.setFill(palette.color(Role.MUTED));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double span = Math.max(1, to.toEpochDay() - from.toEpochDay() + 1);
        for (Ticks.DateTick t : Ticks.dates(from, to)) {
            g.fillText(t.label(), left + (t.date().toEpochDay() - from.toEpochDay()) / span * (right - left), bottom + 4);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(palette.color(Role.SORENESS));
        g.fillRect(8, bottom + 6, 10, 6);
        g.setFill(palette.color(Role.MUTED));
        g.fillText("soreness (upper)", 22, bottom + 3);
        g.setFill(palette.color(Role.PAIN));
        g.fillRect(8, bottom + 20, 10, 6);
        g.setFill(palette.color(Role.MUTED));
        g.fillText("pain (lower)", 22, bottom + 17);
    }

    @Override
    protected String describeAt(double px, double py) {
        HeatStrip s = strip(getWidth());
        double left = NAMES_WIDTH;
        double right = getWidth() - 12;
        int row = (int) Math.floor((py - plotTop()) / ROW);
        if (px < left || px >= right || row < 0 || row >= s.regionIds().size()) {
            return "";
        }
        int c = (int) Math.min(s.columns() - 1, Math.floor((px - left) / ((right - left) / s.columns())));
        String name = BodyRegions.byId(s.regionIds().get(row)).map(BodyRegion::name).orElse(s.regionIds().get(row));
        LocalDate start = s.columnStart(c);
        LocalDate end = s.columnEnd(c);
        String when = start.equals(end) ? DATE.format(start) : DATE.format(start) + " – " + DATE.format(end);
        return name + ", " + when + "\nSoreness " + s.soreness(row, c) + " · pain " + s.pain(row, c)
                + (start.equals(end) ? "" : " (highest)");
    }
}
