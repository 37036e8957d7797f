package dev.kip.ui.chart;

import dev.kip.insight.Correlation;
import dev.kip.ui.chart.ChartPalette.Role;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Spearman's rho for each lag as a bar from 0, with its 95 % interval as a whisker; lags without a rho say why. */
public final class LagBars extends CanvasChart {
    private static final String[] NAMES = {"Night before", "1 night earlier", "2 nights earlier", "3 nights earlier"};
    private SortedMap<Integer, Correlation> byLag = new TreeMap<>();
    private boolean computing;

    /** Shows "working it out…" until {@link #show} is called. */
    public void showComputing() {
        computing = true;
        byLag = new TreeMap<>();
        redraw();
    }

    public void show(Map<Integer, Correlation> correlations) {
        computing = false;
        byLag = new TreeMap<>(correlations);
        redraw();
    }

    public SortedMap<Integer, Correlation> correlations() {
        return byLag;
    }

    public static String lagName(int lag) {
        return lag < NAMES.length ? NAMES[lag] : lag + " nights earlier";
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        double left = 44;
        double right = w - 12;
        double top = plotTop() + 16;
        double bottom = plotBottom(h) - 14;
        g.setTextBaseline(VPos.CENTER);
        if (computing) {
            g.setFill(palette.color(Role.MUTED));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("Working out the correlations…", (left + right) / 2, (top + bottom) / 2);
            return;
        }
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double t = -1; t <= 1.001; t += 0.5) {
            double y = y(t, top, bottom);
            g.setStroke(t == 0 ? palette.color(Role.NEUTRAL) : palette.color(Role.GRID));
            g.strokeLine(left, Math.round(y) + 0.5, right, Math.round(y) + 0.5);
            g.setFill(palette.color(Role.MUTED));
            g.fillText(String.format(Locale.ROOT, "%+.1f", t).replace("+0.0", "0"), left - 6, y);
        }
        int lags = Math.max(1, byLag.size());
        double slot = (right - left) / lags;
        int i = 0;
        for (Map.Entry<Integer, Correlation> e : byLag.entrySet()) {
            double cx = left + slot * (i++ + 0.5);
            Correlation c = e.getValue();
            g.setFill(palette.color(Role.MUTED));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(lagName(e.getKey()), cx, bottom + 4);
            g.setTextBaseline(VPos.CENTER);
            if (!c.hasRho()) {
                g.fillText("n = " + c.n() + ", " + Correlation.MIN_PAIRS + " needed", cx, y(0.25, top, bottom));
                continue;
            }
            double barW = Math.min(48, slot * 0.5);
            double y0 = y(0, top, bottom);
            double y1 = y(c.rho(), top, bottom);
            g.setFill(palette.color(Role.SLEEP_MEAN).deriveColor(0, 1, 1, 0.8));
            g.fillRect(cx - barW / 2, Math.min(y0, y1), barW, Math.abs(y1 - y0));
            if (c.ciLow() != null) {
                g.setStroke(palette.color(Role.TEXT));
                g.setLineWidth(1.5);
                double lo = y(c.ciLow(), top, bottom);
                double hi = y(c.ciHigh(), top, bottom);
                g.strokeLine(cx, lo, cx, hi);
                g.strokeLine(cx - 6, lo, cx + 6, lo);
                g.strokeLine(cx - 6, hi, cx + 6, hi);
            }
            g.setFill(palette.color(Role.TEXT));
            g.fillText(String.format(Locale.ROOT, "ρ %.2f", c.rho()), cx, top + 6);
        }
    }

    private static double y(double rho, double top, double bottom) {
        return top + (1 - rho) / 2 * (bottom - top);
    }

    @Override
    protected String describeAt(double px, double py) {
        if (byLag.isEmpty()) {
            return "";
        }
        double left = 44;
        double right = getWidth() - 12;
        int index = (int) Math.floor((px - left) / ((right - left) / byLag.size()));
        if (index < 0 || index >= byLag.size()) {
            return "";
        }
        int lag = byLag.keySet().stream().skip(index).findFirst().orElseThrow();
        return describe(lag, byLag.get(lag));
    }

    /** "Night before: ρ 0.31 (95 % CI 0.12 to 0.48), n = 140" or why there is no number. */
    public static String describe(int lag, Correlation c) {
        if (!c.hasRho()) {
            return lagName(lag) + ": n = " + c.n() + (c.pairsNeeded() > 0 ? ", " + c.pairsNeeded()
                    + " more sessions needed" : ", no variation to rank");
        }
        return lagName(lag) + String.format(Locale.ROOT, ": ρ %.2f", c.rho())
                + (c.ciLow() == null ? "" : String.format(Locale.ROOT, " (95 %% CI %.2f to %.2f)", c.ciLow(), c.ciHigh()))
                + ", n = " + c.n();
    }
}
