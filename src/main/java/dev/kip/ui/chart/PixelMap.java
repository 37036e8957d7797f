package dev.kip.ui.chart;

/**
 * A linear map from values to pixels along one direction of a plot: {@code min} lands on
 * {@code minPixel}, {@code max} on {@code maxPixel}. A vertical axis has its larger pixel at the
 * bottom, so its {@code minPixel} is the greater of the two.
 */
public record PixelMap(double min, double max, double minPixel, double maxPixel) {

    public PixelMap {
        if (!(max > min)) {
            throw new IllegalArgumentException("range: expected max > min, got " + min + " to " + max);
        }
    }

    /** A value axis drawn upwards: the scale's minimum at {@code bottom}, its maximum at {@code top}. */
    public static PixelMap upwards(Ticks.Scale scale, double top, double bottom) {
        return new PixelMap(scale.min(), scale.max(), bottom, top);
    }

    public double pixel(double value) {
        return minPixel + (value - min) / (max - min) * (maxPixel - minPixel);
    }

    public double value(double pixel) {
        return min + (pixel - minPixel) / (maxPixel - minPixel) * (max - min);
    }

    /** Pixels per unit of value (negative upwards). */
    public double pixelsPerUnit() {
        return (maxPixel - minPixel) / (max - min);
    }
}
