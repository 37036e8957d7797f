package dev.kip.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo's only source of chance: a {@link SplittableRandom} with the draws the simulation needs.
 * Gaussians use Box–Muller over {@link StrictMath}, so a seed gives the same journal on every JDK.
 */
final class Dice {
    private final SplittableRandom random;

    Dice(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream: one per part of the simulation, so changing one part leaves the others' draws alone. */
    Dice split() {
        return new Dice(random.split());
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number in [lo, hi], both included. */
    int between(int lo, int hi) {
        return random.nextInt(lo, hi + 1);
    }

    /** A real number in [lo, hi). */
    double between(double lo, double hi) {
        return random.nextDouble(lo, hi);
    }

    /** A normal draw with mean 0 and the given standard deviation. */
    double gauss(double sd) {
        double u = 1.0 - random.nextDouble(); // (0, 1]: log stays finite
        double v = random.nextDouble();
        return sd * StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }

    /** An index drawn with the given relative weights. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length - 1; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
