package dev.kip.ui.chart;

import dev.kip.insight.DurationFormat;
import dev.kip.insight.SleepPerformancePair;
import dev.kip.ui.chart.ChartPalette.Role;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Sleep before each session (hours, x) against that session's performance (%, y): one dot per session. */
public final class ScatterPlot extends CanvasChart {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private List<SleepPerformancePair> pairs = List.of();
    private String xTitle = "Sleep before the session (h)";

    public void show(List<SleepPerformancePair> newPairs, String newXTitle) {
        pairs = List.copyOf(newPairs);
        xTitle = newXTitle;
        redraw();
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

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        double left = plotLeft();
        double right = w - 16;
        double top = plotTop();
        double bottom = plotBottom(h) - 12;
        if (pairs.isEmpty()) {
            g.setFill(palette.color(Role.MUTED));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("No sessions with sleep logged before them in this range.", (left + right) / 2, (top + bottom) / 2);
            return;
        }
        Ticks.Scale xs = xScale();
        Ticks.Scale ys = yScale();
        g.setLineWidth(1);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double t : ys.ticks()) {
            double y = sy(t, ys, top, bottom);
            g.setStroke(palette.color(Role.GRID));
            g.strokeLine(left, Math.round(y) + 0.5, right, Math.round(y) + 0.5);
            g.setFill(palette.color(Role.MUTED));
            g.fillText(String.format(Locale.ROOT, "%.0f %%", t), left - 6, y);
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double t : xs.ticks()) {
            double x = sx(t, xs, left, right);
            g.setStroke(palette.color(Role.GRID));
            g.strokeLine(Math.round(x) + 0.5, top, Math.round(x) + 0.5, bottom);
            g.setFill(palette.color(Role.MUTED));
            g.fillText(String.format(Locale.ROOT, "%s", trim(t)), x, bottom + 4);
        }
        g.fillText(xTitle, (left + right) / 2, bottom + 18);
        g.setFill(palette.color(Role.STRENGTH).deriveColor(0, 1, 1, 0.55));
        double r = pairs.size() > 500 ? 2 : 3.5;
        for (SleepPerformancePair p : pairs) {
            g.fillOval(sx(p.sleepMin() / 60, xs, left, right) - r, sy(p.performancePct(), ys, top, bottom) - r, 2 * r, 2 * r);
        }
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static double sx(double v, Ticks.Scale s, double left, double right) {
        return left + (v - s.min()) / (s.max() - s.min()) * (right - left);
    }

    private static double sy(double v, Ticks.Scale s, double top, double bottom) {
        return bottom - (v - s.min()) / (s.max() - s.min()) * (bottom - top);
    }

    @Override
    protected String describeAt(double px, double py) {
        if (pairs.isEmpty()) {
            return "";
        }
        Ticks.Scale xs = xScale();
        Ticks.Scale ys = yScale();
        double left = plotLeft();
        double right = getWidth() - 16;
        double top = plotTop();
        double bottom = plotBottom(getHeight()) - 12;
        SleepPerformancePair best = null;
        double bestD = 64; // within 8 px
        for (SleepPerformancePair p : pairs) {
            double dx = sx(p.sleepMin() / 60, xs, left, right) - px;
            double dy = sy(p.performancePct(), ys, top, bottom) - py;
            if (dx * dx + dy * dy < bestD) {
                bestD = dx * dx + dy * dy;
                best = p;
            }
        }
        return best == null ? "" : DATE.format(best.date()) + "\nSlept " + DurationFormat.text(best.sleepMin())
                + String.format(Locale.ROOT, "\nPerformance %.1f %% of the 8-week best", best.performancePct());
    }
}
