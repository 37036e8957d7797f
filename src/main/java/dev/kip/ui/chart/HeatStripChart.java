package dev.kip.ui.chart;

import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.RegionDay;
import dev.kip.insight.HeatStrip;
import dev.kip.style.Ramp;
import dev.kip.style.Role;
import dev.kip.text.DateText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.TextAlignment;

/**
 * Soreness and pain over time: a row per region marked at least once, each split in two: the
 * upper half soreness, the lower half pain, in the body map's ramps (deeper for higher levels), pain
 * striped as on the body map so that the two read apart without colour.
 * Columns are pixel-wide spans of days holding the highest level of each.
 */
public final class HeatStripChart extends CanvasChart {
    private static final double ROW = 16;
    private static final double NAMES_WIDTH = 150;
    private static final double RIGHT_INSET = 12;
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
        changed();
    }

    /** The rows shown: region ids, top to bottom. */
    public List<String> regionIds() {
        return strip(getWidth()).regionIds();
    }

    private HeatStrip strip(double width) {
        int columns = (int) Math.max(1, width - NAMES_WIDTH - RIGHT_INSET);
        if (strip == null || strip.columns() != Math.min(columns, to.toEpochDay() - from.toEpochDay() + 1)) {
            strip = HeatStrip.of(marks, from, to, columns);
        }
        return strip;
    }

    private PixelMap days(double width) {
        return new PixelMap(from.toEpochDay(), to.toEpochDay() + 1.0, NAMES_WIDTH, Math.max(NAMES_WIDTH + 1, width - RIGHT_INSET));
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        HeatStrip s = strip(w);
        double left = NAMES_WIDTH;
        double right = w - RIGHT_INSET;
        double top = plotTop();
        if (s.regionIds().isEmpty()) {
            drawMessage(g, "No soreness or pain marked in this range.", left, right, 0, h);
            return;
        }
        double cell = (right - left) / s.columns();
        double half = (ROW - 2) / 2;
        Paint[] painAt = new Paint[11]; // one striped paint per level, not one per cell
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < s.regionIds().size(); r++) {
            double y = top + r * ROW;
            g.setFill(palette.color(Role.TEXT));
            text(g, name(s.regionIds().get(r)), left - 8, y + ROW / 2);
            g.setFill(palette.color(Role.PANEL));
            g.fillRect(left, y + 1, right - left, ROW - 2);
            int row = r;
            fillRuns(g, s.columns(), c -> s.soreness(row, c), level -> palette.level(Ramp.SORENESS, level), left, cell, y + 1, half);
            fillRuns(g, s.columns(), c -> s.pain(row, c), level -> {
                if (painAt[level] == null) {
                    painAt[level] = palette.painStripes(palette.level(Ramp.PAIN, level));
                }
                return painAt[level];
            }, left, cell, y + 1 + half, half);
        }
        double bottom = top + s.regionIds().size() * ROW;
        PixelMap days = days(w);
        drawDateTicks(g, from, to, d -> days.pixel(d.toEpochDay()), bottom);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(palette.color(Role.SORENESS));
        g.fillRect(8, bottom + 5, 12, 8);
        g.setFill(palette.color(Role.MUTED));
        text(g, "soreness (upper, solid)", 24, bottom + 3);
        g.setFill(palette.painStripes(palette.color(Role.PAIN)));
        g.fillRect(8, bottom + 19, 12, 8);
        g.setFill(palette.color(Role.MUTED));
        text(g, "pain (lower, striped)", 24, bottom + 17);
    }

    /**
     * One band of a row: each run of cells at one level above 0 as one rectangle in its level's paint (forty years hold
     * tens of thousands of marked cells, and a run drawn cell by cell showed seams at the cells' fractional edges).
     */
    private static void fillRuns(GraphicsContext g, int columns, IntUnaryOperator levelAt, IntFunction<Paint> paint,
                                 double left, double cell, double top, double height) {
        for (int c = 0, end; c < columns; c = end) {
            int level = levelAt.applyAsInt(c);
            end = c + 1;
            while (end < columns && levelAt.applyAsInt(end) == level) {
                end++;
            }
            if (level > 0) {
                g.setFill(paint.apply(level));
                g.fillRect(left + c * cell, top, (end - 1 - c) * cell + Math.max(1, cell), height);
            }
        }
    }

    private static String name(String regionId) {
        return BodyRegions.byId(regionId).map(BodyRegion::name).orElse(regionId);
    }

    @Override
    protected String describeAt(double px, double py) {
        HeatStrip s = strip(getWidth());
        double left = NAMES_WIDTH;
        double right = getWidth() - RIGHT_INSET;
        int row = (int) Math.floor((py - plotTop()) / ROW);
        if (px < left || px >= right || row < 0 || row >= s.regionIds().size()) {
            return "";
        }
        int c = (int) Math.min(s.columns() - 1, Math.floor((px - left) / ((right - left) / s.columns())));
        LocalDate start = s.columnStart(c);
        LocalDate end = s.columnEnd(c);
        String when = start.equals(end) ? DateText.dayMonthYear(start) : DateText.dayMonthYear(start) + " – " + DateText.dayMonthYear(end);
        return name(s.regionIds().get(row)) + ", " + when + "\nSoreness " + s.soreness(row, c) + " · pain " + s.pain(row, c)
                + (start.equals(end) ? "" : " (highest)");
    }

    /** Each marked cell, row by row. */
    @Override
    protected List<Point2D> keyStops() {
        if (getWidth() < 40) {
            return List.of();
        }
        HeatStrip s = strip(getWidth());
        double left = NAMES_WIDTH;
        double cell = (getWidth() - RIGHT_INSET - left) / s.columns();
        List<Point2D> stops = new ArrayList<>();
        for (int r = 0; r < s.regionIds().size(); r++) {
            for (int c = 0; c < s.columns(); c++) {
                if (s.soreness(r, c) > 0 || s.pain(r, c) > 0) {
                    stops.add(new Point2D(left + (c + 0.5) * cell, plotTop() + (r + 0.5) * ROW));
                }
            }
        }
        return stops;
    }

    /** "Soreness and pain: 12 regions marked; highest soreness 6 (Left quadriceps), highest pain 4 (Left knee)". */
    @Override
    protected String summary() {
        long regions = marks.stream().map(RegionDay::regionId).distinct().count();
        if (regions == 0) {
            return "Soreness and pain: none marked in this range.";
        }
        return "Soreness and pain: " + regions + (regions == 1 ? " region" : " regions") + " marked; "
                + highest("soreness", RegionDay::soreness) + ", " + highest("pain", RegionDay::pain);
    }

    private String highest(String kind, ToIntFunction<RegionDay> level) {
        return marks.stream().filter(m -> level.applyAsInt(m) > 0).max(Comparator.comparingInt(level))
                .map(m -> "highest " + kind + " " + level.applyAsInt(m) + " (" + name(m.regionId()) + ")")
                .orElse("no " + kind);
    }
}
