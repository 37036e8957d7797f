package dev.kip.ui.chart;

import dev.kip.insight.DurationFormat;
import dev.kip.insight.SleepPerformancePair;
import dev.kip.style.Role;
import dev.kip.text.DateText;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Sleep before each session (hours, x) against that session's performance (%, y): one dot per session. */
public final class ScatterPlot extends CanvasChart {
    private static final double RIGHT_INSET = 16;
    private List<SleepPerformancePair> pairs = List.of();
    private String xTitle = "Sleep before the session (h)";

    public void show(List<SleepPerformancePair> newPairs, String newXTitle) {
        pairs = List.copyOf(newPairs);
        xTitle = newXTitle;
        changed();
    }

    public List<SleepPerformancePair> pairs() {
        return pairs;
    }

    private Ticks.Scale xScale() {
        return Ticks.nice(pairs.stream().mapToDouble(p -> p.sleepMin() / 60).min().orElse(5),
                pairs.stream().mapToDouble(p -> p.sleepMin() / 60).max().orElse(9), 6);
    }

    private Ticks.Scale yScale() {
        return Ticks.nice(pairs.stream().mapToDouble(SleepPerformancePair::performancePct).min().orElse(90),
                pairs.stream().mapToDouble(SleepPerformancePair::performancePct).max().orElse(105), 5);
    }

    private PixelMap xMap(double width) {
        Ticks.Scale s = xScale();
        return new PixelMap(s.min(), s.max(), plotLeft(), width - RIGHT_INSET);
    }

    private PixelMap yMap(double height) {
        return PixelMap.upwards(yScale(), plotTop(), plotBottom(height) - 12);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        double left = plotLeft();
        double right = w - RIGHT_INSET;
        double top = plotTop();
        double bottom = plotBottom(h) - 12;
        if (pairs.isEmpty()) {
            drawMessage(g, "No sessions with sleep logged before them in this range.", left, right, top, bottom);
            return;
        }
        PixelMap x = xMap(w);
        PixelMap y = yMap(h);
        drawValueTicks(g, y, yScale(), t -> String.format(Locale.ROOT, "%.0f %%", t), left, right, Axis.LEFT, true);
        drawValueTicksAcross(g, x, xScale(), ScatterPlot::trim, top, bottom);
        axisLine(g, left, crisp(bottom), right, crisp(bottom));
        g.setFill(palette.color(Role.MUTED));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        text(g, xTitle, (left + right) / 2, bottom + 18);
        g.setFill(palette.color(Role.STRENGTH));
        double r = pairs.size() > 500 ? 2 : 3.5;
        for (SleepPerformancePair p : pairs) {
            g.fillOval(x.pixel(p.sleepMin() / 60) - r, y.pixel(p.performancePct()) - r, 2 * r, 2 * r);
        }
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    @Override
    protected String describeAt(double px, double py) {
        if (pairs.isEmpty()) {
            return "";
        }
        PixelMap x = xMap(getWidth());
        PixelMap y = yMap(getHeight());
        SleepPerformancePair best = null;
        double bestD = 64; // within 8 px
        for (SleepPerformancePair p : pairs) {
            double dx = x.pixel(p.sleepMin() / 60) - px;
            double dy = y.pixel(p.performancePct()) - py;
            if (dx * dx + dy * dy < bestD) {
                bestD = dx * dx + dy * dy;
                best = p;
            }
        }
        return best == null ? "" : DateText.day(best.date()) + "\nSlept " + DurationFormat.text(best.sleepMin())
                + String.format(Locale.ROOT, "\nPerformance %.1f %% of the 8-week best", best.performancePct());
    }

    /** Every session, from the shortest sleep to the longest. */
    @Override
    protected List<Point2D> keyStops() {
        if (pairs.isEmpty() || getWidth() < 40) {
            return List.of();
        }
        PixelMap x = xMap(getWidth());
        PixelMap y = yMap(getHeight());
        return pairs.stream().sorted(Comparator.comparingDouble(SleepPerformancePair::sleepMin))
                .map(p -> new Point2D(x.pixel(p.sleepMin() / 60), y.pixel(p.performancePct()))).toList();
    }

    /** "Sleep before each session against its performance: 36 sessions, sleep 5 h 00 min to 8 h 50 min, …". */
    @Override
    protected String summary() {
        if (pairs.isEmpty()) {
            return "Sleep before each session against its performance: no sessions with sleep logged before them in this range.";
        }
        DoubleSummaryStatistics sleep = pairs.stream().mapToDouble(SleepPerformancePair::sleepMin).summaryStatistics();
        DoubleSummaryStatistics perf = pairs.stream().mapToDouble(SleepPerformancePair::performancePct).summaryStatistics();
        return "Sleep before each session against its performance: " + pairs.size()
                + (pairs.size() == 1 ? " session" : " sessions") + ", sleep " + DurationFormat.text(sleep.getMin()) + " to "
                + DurationFormat.text(sleep.getMax()) + String.format(Locale.ROOT, ", performance %.1f %% to %.1f %% of the 8-week best",
                perf.getMin(), perf.getMax());
    }
}
