package dev.kip.demo;

/** Clamping and the roundings people use when they write numbers down. */
final class Numbers {
    private Numbers() {
    }

    static int clamp(int value, int lo, int hi) {
        return Math.max(lo, Math.min(hi, value));
    }

    static double clamp(double value, double lo, double hi) {
        return Math.max(lo, Math.min(hi, value));
    }

    /** Rounded to the nearest multiple of {@code step}, a step exact in binary (RPE in halves, plates in 2.5 kg). */
    static double toStep(double value, double step) {
        return Math.round(value / step) * step;
    }

    /** Rounded to 0.1, as a scale shows it (78.3, never 78.30000000000001). */
    static double toTenth(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
