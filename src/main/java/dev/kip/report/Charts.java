package dev.kip.report;

import dev.kip.insight.DayValue;
import dev.kip.report.PdfCanvas.Align;
import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.DoublePredicate;

/** Small vector charts: bars over a value axis with grid lines and an optional reference line, and sparklines. */
final class Charts {

    private static final float AXIS_LABEL_WIDTH = 24;
    private static final float DATE_ROW = 10;

    private Charts() {
    }

    /** Where and how to draw one chart. */
    record Frame(float x, float y, float width, float height, double max, double gridStep, String unit) {
        float plotX() {
            return x + AXIS_LABEL_WIDTH;
        }

        float plotWidth() {
            return width - AXIS_LABEL_WIDTH;
        }

        float plotHeight() {
            return height - DATE_ROW;
        }

        float yOf(double value) {
            return (float) (y + plotHeight() - Math.min(value, max) / max * plotHeight());
        }
    }

    /** Grid lines with their values at the left. */
    static void axis(PdfCanvas c, Frame f) throws IOException {
        for (double v = 0; v <= f.max() + 1e-9; v += f.gridStep()) {
            float gy = f.yOf(v);
            if (v == 0) {
                c.line(f.plotX(), gy, f.x() + f.width(), gy, Palette.AXIS, 0.4f);
            } else { // dotted, so that a grid dark enough to see stays behind the bars
                c.dashed(f.plotX(), gy, f.x() + f.width(), gy, Palette.GRID, 0.3f, 0.8f);
            }
            c.fitted(Formats.whole(v) + f.unit(), f.x(), gy + 2.8f, AXIS_LABEL_WIDTH - 3, Type.SMALL_MUTED, Align.RIGHT);
        }
    }

    /**
     * One bar per day from {@code from} to {@code to} (days without a value stay empty), coloured
     * {@code highlight} where {@code isHighlighted}, and a dashed reference line at {@code reference}.
     */
    static void dailyBars(PdfCanvas c, Frame f, LocalDate from, LocalDate to, List<DayValue> values, Color normal,
            Color highlight, DoublePredicate isHighlighted, double reference, String referenceLabel) throws IOException {
        axis(c, f);
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        float slot = f.plotWidth() / days;
        float bar = Math.max(0.6f, slot * 0.75f);
        for (DayValue v : values) {
            float bx = f.plotX() + (v.date().toEpochDay() - from.toEpochDay()) * slot + (slot - bar) / 2;
            float top = f.yOf(v.value());
            c.fillRect(bx, top, bar, f.yOf(0) - top, isHighlighted.test(v.value()) ? highlight : normal);
        }
        float ry = f.yOf(reference);
        c.dashed(f.plotX(), ry, f.x() + f.width(), ry, Palette.TARGET, 0.9f, 2.5f);
        float lw = c.width(referenceLabel, Type.SMALL_BOLD);
        c.fillRect(f.x() + f.width() - lw - 4, ry - 9.5f, lw + 4, 8.5f, Palette.BACKGROUND);
        c.text(referenceLabel, f.x() + f.width() - lw - 2, ry - 2.5f, lw, Type.SMALL_BOLD.withColor(Palette.TARGET));
        dateTicks(c, f, from, to, slot);
    }

    /** Date labels under the plot at week starts, spaced so they never collide. */
    static void dateTicks(PdfCanvas c, Frame f, LocalDate from, LocalDate to, float slot) throws IOException {
        float labelW = 30;
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        long every = Math.max(7, (long) Math.ceil(labelW / slot / 7.0) * 7);
        for (long i = 0; i < days; i += every) {
            LocalDate d = from.plusDays(i);
            float x = f.plotX() + i * slot;
            c.line(x, f.yOf(0), x, f.yOf(0) + 2, Palette.AXIS, 0.4f);
            if (x + labelW <= f.x() + f.width() + 4) {
                c.fitted(Formats.day(d), x, f.y() + f.height() + 1, labelW, Type.SMALL_MUTED, Align.LEFT);
            }
        }
    }

    /** A thin line through the values scaled to the box, with the first and last points marked. */
    static void sparkline(PdfCanvas c, float x, float y, float w, float h, LocalDate from, LocalDate to,
            List<DayValue> values, Color color) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        double min = values.stream().mapToDouble(DayValue::value).min().orElse(0);
        double max = values.stream().mapToDouble(DayValue::value).max().orElse(1);
        double span = Math.max(max - min, max * 0.02);
        double days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        float[] xs = new float[values.size()];
        float[] ys = new float[values.size()];
        for (int i = 0; i < values.size(); i++) {
            DayValue v = values.get(i);
            xs[i] = (float) (x + (v.date().toEpochDay() - from.toEpochDay()) / days * w);
            ys[i] = (float) (y + h - (v.value() - min + (span - (max - min)) / 2) / span * h);
        }
        c.line(x, y + h + 0.5f, x + w, y + h + 0.5f, Palette.GRID, 0.3f);
        c.polyline(xs, ys, color, 0.8f, 0);
        c.dot(xs[0], ys[0], 1.1f, color);
        c.dot(xs[xs.length - 1], ys[ys.length - 1], 1.1f, color);
    }

    /**
     * A level (0–10) over the days {@code from} … {@code to} in the box: a line through the days marked,
     * a dot on each, the 0 baseline and a faint line at 5.
     */
    static void levelLine(PdfCanvas c, float x, float y, float w, float h, LocalDate from, LocalDate to,
            List<DayValue> levels, Color color) throws IOException {
        double days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        c.line(x, y + h, x + w, y + h, Palette.AXIS, 0.3f);
        c.dashed(x, y + h / 2, x + w, y + h / 2, Palette.GRID, 0.25f, 0.8f);
        if (levels.isEmpty()) {
            return;
        }
        float[] xs = new float[levels.size()];
        float[] ys = new float[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            DayValue v = levels.get(i);
            xs[i] = (float) (x + (v.date().toEpochDay() - from.toEpochDay()) / days * w);
            ys[i] = (float) (y + h - Math.min(10, v.value()) / 10 * h);
        }
        c.polyline(xs, ys, color, 0.7f, 0);
        for (int i = 0; i < xs.length; i++) {
            c.dot(xs[i], ys[i], 0.9f, color);
        }
    }

    /** A grid step that gives about four lines up to {@code max}: 1, 2, 5 × 10ⁿ. */
    static double niceStep(double max) {
        double raw = Math.max(max, 1) / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
