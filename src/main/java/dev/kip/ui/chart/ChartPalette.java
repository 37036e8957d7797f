package dev.kip.ui.chart;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The theme's colours for canvas drawing. A canvas cannot use CSS, so each colour is read from a
 * hidden probe region whose background is an AtlantaFX looked-up colour: when the theme changes,
 * CSS restyles the probes and the chart redraws in the new colours.
 */
public final class ChartPalette {

    /** The colours a chart draws with; chart.css maps each to a looked-up colour ({@code .chart-probe-sleep-mean}…). */
    public enum Role {
        TEXT, MUTED, GRID, BACKGROUND, SLEEP, SLEEP_MEAN, TARGET, STRENGTH, WAKE, SORENESS, PAIN, NEUTRAL;

        String styleClass() {
            return "chart-probe-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Map<Role, Region> probes = new EnumMap<>(Role.class);

    /** Probe regions to add, unmanaged and invisible, to the chart's children. */
    ChartPalette() {
        for (Role role : Role.values()) {
            Region probe = new Region();
            probe.setManaged(false);
            probe.setVisible(false);
            probe.getStyleClass().add(role.styleClass()); // a class, not an inline style: parsed once per app
            probes.put(role, probe);
        }
    }

    Iterable<Region> probes() {
        return probes.values();
    }

    /** The colour of a role once CSS has run; grey before. */
    public Color color(Role role) {
        Background bg = probes.get(role).getBackground();
        if (bg == null || bg.getFills().isEmpty()) {
            return Color.GRAY;
        }
        Paint fill = bg.getFills().get(0).getFill();
        return fill instanceof Color c ? c : Color.GRAY;
    }
}
