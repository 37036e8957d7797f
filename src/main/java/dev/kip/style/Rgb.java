package dev.kip.style;

import java.util.Locale;

/** An opaque sRGB colour, 8 bits a channel, with the WCAG 2 relative luminance and contrast ratio. */
public record Rgb(int red, int green, int blue) {

    public Rgb {
        for (int channel : new int[] {red, green, blue}) {
            if (channel < 0 || channel > 255) {
                throw new IllegalArgumentException("channel: expected 0–255, got " + channel);
            }
        }
    }

    /** 0x1f2328 → (31, 35, 40). */
    public static Rgb of(int rgb) {
        return new Rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    /** The packed value, 0xRRGGBB. */
    public int value() {
        return red << 16 | green << 8 | blue;
    }

    /** "#1f2328", as CSS writes it. */
    public String hex() {
        return String.format(Locale.ROOT, "#%06x", value());
    }

    /**
     * WCAG 2 relative luminance: 0 for black, 1 for white. Each channel is linearised
     * (c ≤ 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055)^2.4), then weighted 0.2126 R + 0.7152 G + 0.0722 B.
     */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** WCAG 2 contrast ratio, (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1 (same) to 21 (black on white). */
    public double contrast(Rgb other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** This colour moved a {@code fraction} (0–1) of the way towards white, as a white layer of that opacity would show it. */
    public Rgb towardsWhite(double fraction) {
        return new Rgb(towardsWhite(red, fraction), towardsWhite(green, fraction), towardsWhite(blue, fraction));
    }

    private static int towardsWhite(int channel, double fraction) {
        return (int) Math.round(channel + (255 - channel) * fraction);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
