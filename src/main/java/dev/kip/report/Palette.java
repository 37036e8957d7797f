package dev.kip.report;

import dev.kip.style.ColorScheme;
import dev.kip.style.Ramp;
import dev.kip.style.Rgb;
import dev.kip.style.Role;
import java.awt.Color;

/**
 * The report's colours: the light scheme of {@link dev.kip.style} (paper is white) as AWT colours
 * for PDFBox. Soreness and pain use the body map's ramps (solid orange for soreness, striped red
 * to magenta for pain), so the physiotherapist and the lifter see the same picture; changes are
 * green (better) or red (worse) and always carry ▲/▼ text too.
 */
final class Palette {

    static final Color BACKGROUND = of(Role.BACKGROUND);
    static final Color PANEL = of(Role.PANEL);
    static final Color TEXT = of(Role.TEXT);
    static final Color MUTED = of(Role.MUTED);
    static final Color ACCENT = of(Role.ACCENT);
    static final Color BETTER = of(Role.BETTER);
    static final Color WORSE = of(Role.WORSE);
    static final Color WATCH = of(Role.WATCH);
    static final Color GRID = of(Role.GRID);
    static final Color AXIS = of(Role.AXIS);
    static final Color OUTLINE = of(Role.OUTLINE);
    static final Color SLEEP = of(Role.SLEEP);
    static final Color SHORT_NIGHT = of(Role.SHORT_NIGHT);
    static final Color TARGET = of(Role.TARGET);
    static final Color STRENGTH = of(Role.STRENGTH);
    static final Color LOAD = of(Role.LOAD);
    static final Color PAIN = of(Role.PAIN);

    private static final ColorScheme PAPER = ColorScheme.LIGHT;

    private Palette() {
    }

    /** The soreness colour of a level (rounded, 1–10). */
    static Color soreness(double level) {
        return awt(Ramp.SORENESS.at(step(level), PAPER));
    }

    static Color pain(double level) {
        return awt(Ramp.PAIN.at(step(level), PAPER));
    }

    /** The light band between pain stripes: the screen's translucent white band, on paper. */
    static Color painGap(double level) {
        return awt(Ramp.PAIN.at(step(level), PAPER).towardsWhite(Ramp.painBandOpacity(PAPER)));
    }

    static int step(double level) {
        return (int) Math.max(1, Math.min(Ramp.MAX_LEVEL, Math.round(level)));
    }

    private static Color of(Role role) {
        return awt(role.in(PAPER));
    }

    private static Color awt(Rgb c) {
        return new Color(c.value());
    }
}
