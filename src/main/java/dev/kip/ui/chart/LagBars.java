package dev.kip.ui.chart;

import dev.kip.insight.Correlation;
import dev.kip.style.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Spearman's rho for each lag as a bar from 0, with its 95 % interval as a whisker; lags without a
 * rho say why. Only a lag whose interval excludes 0 is drawn in colour: the others, grey, are not
 * told apart from no link.
 */
public final class LagBars extends CanvasChart {
    private static final double LEFT = 44;
    private static final double RIGHT_INSET = 12;
    private static final Ticks.Scale RHO = new Ticks.Scale(-1, 1, 0.5);
    private static final String[] NAMES = {"Night before", "1 night earlier", "2 nights earlier", "3 nights earlier"};
    private SortedMap<Integer, Correlation> byLag = new TreeMap<>();
    private Set<Integer> standOut = Set.of();
    private boolean computing;

    /** Shows "working it out…" until {@link #show} is called. */
    public void showComputing() {
        computing = true;
        byLag = new TreeMap<>();
        changed();
    }

    /** @param standOut the lags whose 95 % interval excludes 0: the only ones drawn in colour */
    public void show(Map<Integer, Correlation> correlations, Collection<Integer> standOut) {
        computing = false;
        byLag = new TreeMap<>(correlations);
        this.standOut = Set.copyOf(standOut);
        changed();
    }

    public Set<Integer> standOut() {
        return standOut;
    }

    public SortedMap<Integer, Correlation> correlations() {
        return byLag;
    }

    public static String lagName(int lag) {
        return lag < NAMES.length ? NAMES[lag] : lag + " nights earlier";
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        double left = LEFT;
        double right = w - RIGHT_INSET;
        double top = plotTop() + 16;
        double bottom = plotBottom(h) - 14;
        if (computing) {
            drawMessage(g, "Working out the correlations…", left, right, top, bottom);
            return;
        }
        PixelMap y = PixelMap.upwards(RHO, top, bottom);
        drawValueTicks(g, y, RHO, t -> String.format(Locale.ROOT, "%+.1f", t).replace("+0.0", "0"),
                left, right, Axis.LEFT, true);
        axisLine(g, left, crisp(y.pixel(0)), right, crisp(y.pixel(0)));
        double slot = (right - left) / Math.max(1, byLag.size());
        int i = 0;
        for (Map.Entry<Integer, Correlation> e : byLag.entrySet()) {
            double cx = left + slot * (i++ + 0.5);
            Correlation c = e.getValue();
            g.setFill(palette.color(Role.MUTED));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            text(g, lagName(e.getKey()), cx, bottom + 4);
            g.setTextBaseline(VPos.CENTER);
            if (!c.hasRho()) {
                text(g, "n = " + c.n() + ", " + Correlation.MIN_PAIRS + " needed", cx, y.pixel(0.25));
                continue;
            }
            double barW = Math.min(48, slot * 0.5);
            double y0 = y.pixel(0);
            double y1 = y.pixel(c.rho());
            g.setFill(palette.color(standOut.contains(e.getKey()) ? Role.SLEEP_MEAN : Role.MUTED));
            g.fillRect(cx - barW / 2, Math.min(y0, y1), barW, Math.abs(y1 - y0));
            if (c.ciLow() != null) {
                g.setStroke(palette.color(Role.TEXT));
                g.setLineWidth(1.5);
                double lo = y.pixel(c.ciLow());
                double hi = y.pixel(c.ciHigh());
                g.strokeLine(cx, lo, cx, hi);
                g.strokeLine(cx - 6, lo, cx + 6, lo);
                g.strokeLine(cx - 6, hi, cx + 6, hi);
            }
            g.setFill(palette.color(Role.TEXT));
            text(g, String.format(Locale.ROOT, "ρ %.2f", c.rho()), cx, top - 8);
        }
    }

    /** The middle of each lag's slot. */
    @Override
    protected List<Point2D> keyStops() {
        if (computing || byLag.isEmpty()) {
            return List.of();
        }
        double slot = (getWidth() - RIGHT_INSET - LEFT) / byLag.size();
        double middle = (plotTop() + 16 + plotBottom(getHeight()) - 14) / 2;
        List<Point2D> stops = new ArrayList<>();
        for (int i = 0; i < byLag.size(); i++) {
            stops.add(new Point2D(LEFT + slot * (i + 0.5), middle));
        }
        return stops;
    }

    @Override
    protected String summary() {
        if (computing) {
            return "Sleep and performance by night before the session: working out the correlations.";
        }
        List<String> parts = new ArrayList<>();
        byLag.forEach((lag, c) -> parts.add(describe(lag, c)));
        return "Sleep and performance by night before the session: " + String.join("; ", parts);
    }

    @Override
    protected String describeAt(double px, double py) {
        if (byLag.isEmpty()) {
            return "";
        }
        double left = LEFT;
        double right = getWidth() - RIGHT_INSET;
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
                + ", n = " + c.n() + (c.ciLow() != null && (c.ciLow() > 0 || c.ciHigh() < 0) ? ", stands out"
                : c.ciLow() != null ? ", interval includes 0" : "");
    }
}
