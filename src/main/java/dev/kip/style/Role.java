package dev.kip.style;

/**
 * What a colour is for, with its light and dark value. Surfaces are what everything else is drawn
 * on; text must keep a contrast of at least 4.5:1 against every surface and graphics (lines, dots,
 * bars, outlines) at least 3:1 (WCAG 2.1, 1.4.3 and 1.4.11), in both schemes; {@code RoleContrastTest}
 * holds every role to it. The surfaces and the two text colours are AtlantaFX Primer's own, so a
 * chart sits on the window's background and labels it like the controls around it.
 */
public enum Role {
    /** The page or window. */
    BACKGROUND(Use.SURFACE, 0xffffff, 0x0d1117),
    /** A slightly set-off area: the rows of the soreness strip, the body figure in the PDF. */
    PANEL(Use.SURFACE, 0xf6f8fa, 0x161b22),

    TEXT(Use.TEXT, 0x24292f, 0xc9d1d9),
    /** Axis labels, captions, legends. */
    MUTED(Use.TEXT, 0x57606a, 0x8b949e),
    /** Headings in the PDF. */
    ACCENT(Use.TEXT, 0x0b5cad, 0x58a6ff),
    /** A change for the better (always with ▲/▼ text too). */
    BETTER(Use.TEXT, 0x1a7f37, 0x3fb950),
    /** A change for the worse, a warning sign that calls for action. */
    WORSE(Use.TEXT, 0xcf222e, 0xf85149),
    /** Something to watch. */
    WATCH(Use.TEXT, 0x9a6700, 0xd29922),

    /** Grid lines and rules, drawn thin or dotted so that they stay behind the data. */
    GRID(Use.GRAPHIC, 0x848d97, 0x636c76),
    /** The zero line and tick marks of an axis. */
    AXIS(Use.GRAPHIC, 0x6e7781, 0x8b949e),
    /** The outlines of the body figure and its regions. */
    OUTLINE(Use.GRAPHIC, 0x848d97, 0x636c76),
    /** Nightly sleep: dots on screen, bars in the PDF. */
    SLEEP(Use.GRAPHIC, 0x4a90d9, 0x2f81f7),
    /** Sleep's rolling mean and sleep debt: the stronger blue. */
    SLEEP_MEAN(Use.GRAPHIC, 0x0550ae, 0x79c0ff),
    /** A night shorter than the short-night line. */
    SHORT_NIGHT(Use.GRAPHIC, 0xb9470f, 0xe0761d),
    /** A target line (the sleep target). */
    TARGET(Use.GRAPHIC, 0x1a7f37, 0x3fb950),
    /** Strength: e1RM and the strength index. */
    STRENGTH(Use.GRAPHIC, 0x8250df, 0xbc8cff),
    /** Wake-time regularity. */
    WAKE(Use.GRAPHIC, 0x1b7c83, 0x39c5cf),
    /** Training load. */
    LOAD(Use.GRAPHIC, 0x6e7f91, 0x8b9bb0),
    /** A soreness line: the soreness ramp's strong end. */
    SORENESS(Use.GRAPHIC, Ramp.SORENESS, 7, 8),
    /** A pain line: the pain ramp's strong end. */
    PAIN(Use.GRAPHIC, Ramp.PAIN, 7, 8);

    /** What a role is for, and the contrast it must keep against every surface. */
    public enum Use {
        SURFACE(1), TEXT(4.5), GRAPHIC(3);

        private final double minimumContrast;

        Use(double minimumContrast) {
            this.minimumContrast = minimumContrast;
        }

        public double minimumContrast() {
            return minimumContrast;
        }
    }

    private final Use use;
    private final Rgb light;
    private final Rgb dark;

    Role(Use use, int light, int dark) {
        this.use = use;
        this.light = Rgb.of(light);
        this.dark = Rgb.of(dark);
    }

    Role(Use use, Ramp ramp, int lightLevel, int darkLevel) {
        this.use = use;
        this.light = ramp.at(lightLevel, ColorScheme.LIGHT);
        this.dark = ramp.at(darkLevel, ColorScheme.DARK);
    }

    public Use use() {
        return use;
    }

    public Rgb in(ColorScheme scheme) {
        return scheme == ColorScheme.DARK ? dark : light;
    }
}
