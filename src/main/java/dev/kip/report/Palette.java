package dev.kip.report;

import java.awt.Color;

/**
 * The report's colours. Soreness and pain use the on-screen body map's light-theme ramps (solid
 * orange for soreness, striped red-to-magenta for pain), so the physiotherapist and the lifter
 * see the same picture; changes are green (better) or red (worse) and always carry ▲/▼ text too.
 */
final class Palette {

    static final Color TEXT = new Color(0x1f2328);
    static final Color MUTED = new Color(0x59636e);
    static final Color RULE = new Color(0xd1d9e0);
    static final Color GRID = new Color(0xe6e9ec);
    static final Color FIGURE_FILL = new Color(0xf3f4f6);
    static final Color FIGURE_LINE = new Color(0xa0a8b0);
    static final Color REGION_FILL = Color.WHITE;
    static final Color REGION_LINE = new Color(0xc4cad0);
    static final Color BETTER = new Color(0x1a7f37);
    static final Color WORSE = new Color(0xcf222e);
    static final Color WATCH = new Color(0x9a6700);
    static final Color SLEEP_BAR = new Color(0x8fb0d6);
    static final Color SHORT_BAR = new Color(0xb9470f);
    static final Color LOAD_BAR = new Color(0x6e7f91);
    static final Color PARTIAL_BAR = new Color(0xc3cbd3);
    static final Color TARGET = new Color(0x1f6feb);
    static final Color ACCENT = new Color(0x0b5cad);

    private static final int[] SORENESS = {0xfee4c8, 0xfdd0a2, 0xfdb97a, 0xfb9d52, 0xf7812f, 0xec6518, 0xd34f0c,
        0xb13f0a, 0x8d320b, 0x6b260a};
    private static final int[] PAIN = {0xfcc7d2, 0xf9a1b5, 0xf47a98, 0xea557f, 0xdb2f6a, 0xc21a5f, 0xa3125a, 0x840f56,
        0x660c4e, 0x4a0842};
    /** How far the pain stripes' gaps move towards white (the screen's 65 % white band). */
    private static final double STRIPE_WHITE = 0.65;

    private Palette() {
    }

    /** The soreness colour of a level (rounded, 1–10). */
    static Color soreness(double level) {
        return new Color(SORENESS[step(level) - 1]);
    }

    static Color pain(double level) {
        return new Color(PAIN[step(level) - 1]);
    }

    /** The light band between pain stripes. */
    static Color painGap(double level) {
        Color c = pain(level);
        return new Color(towardsWhite(c.getRed()), towardsWhite(c.getGreen()), towardsWhite(c.getBlue()));
    }

    static int step(double level) {
        return (int) Math.max(1, Math.min(10, Math.round(level)));
    }

    private static int towardsWhite(int channel) {
        return (int) Math.round(channel + (255 - channel) * STRIPE_WHITE);
    }
}
