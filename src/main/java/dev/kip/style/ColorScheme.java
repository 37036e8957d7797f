package dev.kip.style;

/** Light or dark: which of each colour's two values to draw with. */
public enum ColorScheme {
    LIGHT, DARK;

    /** The scheme whose background this is: dark below half the luminance of white (as CSS {@code ladder()} picks). */
    public static ColorScheme forBackground(Rgb background) {
        return background.luminance() < 0.5 ? DARK : LIGHT;
    }
}
