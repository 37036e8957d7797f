package dev.kip.ui.chart;

import dev.kip.style.ColorScheme;
import dev.kip.style.Ramp;
import dev.kip.style.Rgb;
import dev.kip.style.Role;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;

/**
 * The colours a chart draws with: {@link dev.kip.style}'s, in the scheme of the theme in use. A
 * canvas cannot use CSS, so a hidden probe region whose background is the theme's
 * {@code -color-bg-default} (chart.css) tells light from dark, as {@code ladder()} does for the
 * body map; when the theme changes, CSS restyles the probe and the chart redraws.
 */
public final class ChartPalette {
    /** The stripes' period along each axis, in pixels, as on the body map. */
    private static final double STRIPE = 6;
    private final Region probe = new Region();
    private ColorScheme scheme = ColorScheme.LIGHT;
    private final Color[] roles = new Color[Role.values().length];
    private final Color[][] ramps = new Color[Ramp.values().length][Ramp.MAX_LEVEL];

    ChartPalette() {
        probe.setManaged(false);
        probe.setVisible(false);
        probe.getStyleClass().add("chart-background-probe");
        use(scheme);
    }

    /** The probe to add to the chart's children. */
    Region probe() {
        return probe;
    }

    /** Reads the theme again: called before each drawing. */
    void refresh() {
        Background bg = probe.getBackground();
        ColorScheme now = bg != null && !bg.getFills().isEmpty() && bg.getFills().get(0).getFill() instanceof Color c
                ? ColorScheme.forBackground(rgb(c)) : ColorScheme.LIGHT;
        if (now != scheme) {
            use(now);
        }
    }

    private void use(ColorScheme s) {
        scheme = s;
        for (Role r : Role.values()) {
            roles[r.ordinal()] = fx(r.in(s));
        }
        for (Ramp r : Ramp.values()) {
            for (int level = 1; level <= Ramp.MAX_LEVEL; level++) {
                ramps[r.ordinal()][level - 1] = fx(r.at(level, s));
            }
        }
    }

    public Color color(Role role) {
        return roles[role.ordinal()];
    }

    /** A symptom level's colour, 1–10, as the body map fills it. */
    public Color level(Ramp ramp, int level) {
        return ramps[ramp.ordinal()][level - 1];
    }

    /**
     * Pain as the body map fills an area: diagonal stripes of {@code pain} with see-through white
     * bands between them, so that pain reads apart from soreness without its colour.
     */
    public Paint painStripes(Color pain) {
        Color band = Color.color(1, 1, 1, Ramp.painBandOpacity(scheme));
        return new LinearGradient(0, 0, STRIPE, STRIPE, false, CycleMethod.REPEAT,
                new Stop(0, pain), new Stop(0.55, pain), new Stop(0.55, band), new Stop(1, band));
    }

    static Color fx(Rgb c) {
        return Color.rgb(c.red(), c.green(), c.blue());
    }

    private static Rgb rgb(Color c) {
        return new Rgb((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }
}
