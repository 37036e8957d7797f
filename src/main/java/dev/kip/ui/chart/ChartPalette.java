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

    /** The colours a chart draws with, and the looked-up colour each one follows. */
    public enum Role {
        TEXT("-color-fg-default"), MUTED("-color-fg-muted"), GRID("-color-border-muted"), BACKGROUND("-color-bg-default"),
        SLEEP("-color-accent-muted"), SLEEP_MEAN("-color-accent-emphasis"), TARGET("-color-success-fg"),
        STRENGTH("-color-chart-6"), WAKE("-color-chart-3"), SORENESS("-color-warning-emphasis"), PAIN("-color-danger-emphasis"),
        NEUTRAL("-color-fg-subtle");

        private final String lookedUp;

        Role(String lookedUp) {
            this.lookedUp = lookedUp;
        }
    }

    private final Map<Role, Region> probes = new EnumMap<>(Role.class);

    /** Probe regions to add, unmanaged and invisible, to the chart's children. */
    ChartPalette() {
        for (Role role : Role.values()) {
            Region probe = new Region();
            probe.setManaged(false);
            probe.setVisible(false);
            probe.setStyle("-fx-background-color: " + role.lookedUp + ";");
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
