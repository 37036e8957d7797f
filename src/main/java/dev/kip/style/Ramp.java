package dev.kip.style;

/**
 * The two symptom scales' colours, levels 1–10 (0 is "nothing", drawn as the background).
 * Soreness is orange, pain red to magenta (and striped wherever it is drawn as an area), so the
 * two read apart. Each ramp goes from faint to strong against the page: light to dark in the light
 * scheme, dark to bright in the dark one. Faint soreness is faint on purpose; the level is always
 * written beside it (legend numbers, tooltips, tables). Pain is never faint in the dark scheme: every
 * level keeps the 3:1 of a graphic against the dark surfaces, so pain 1–4 shows on the dark figure
 * (light pain levels stand out from white by their hue and stripes).
 */
public enum Ramp {
    SORENESS(new int[] {0xfee4c8, 0xfdd0a2, 0xfdb97a, 0xfb9d52, 0xf7812f, 0xec6518, 0xd34f0c, 0xb13f0a, 0x8d320b, 0x6b260a},
            new int[] {0x4f2710, 0x66310f, 0x7e3c0f, 0x984810, 0xb25512, 0xcb6415, 0xe0761d, 0xf08e32, 0xf9aa52, 0xffc87e}),
    PAIN(new int[] {0xfcc7d2, 0xf9a1b5, 0xf47a98, 0xea557f, 0xdb2f6a, 0xc21a5f, 0xa3125a, 0x840f56, 0x660c4e, 0x4a0842},
            new int[] {0xc42766, 0xd22e6f, 0xdd3a78, 0xe74782, 0xee588e, 0xf4689a, 0xf879a5, 0xfb8bb0, 0xfd9dbc, 0xffaec8});

    /** The highest level of both scales. */
    public static final int MAX_LEVEL = 10;

    private final int[] light;
    private final int[] dark;

    Ramp(int[] light, int[] dark) {
        this.light = light;
        this.dark = dark;
    }

    /** The colour of a level, 1–{@value #MAX_LEVEL}. */
    public Rgb at(int level, ColorScheme scheme) {
        if (level < 1 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("level: expected 1–" + MAX_LEVEL + ", got " + level);
        }
        return Rgb.of((scheme == ColorScheme.DARK ? dark : light)[level - 1]);
    }

    /**
     * How opaque the white band between pain stripes is: strong on a light page, a faint sheen
     * on a dark one, where a bright band would outshine the stripes.
     */
    public static double painBandOpacity(ColorScheme scheme) {
        return scheme == ColorScheme.DARK ? 0.10 : 0.65;
    }
}
