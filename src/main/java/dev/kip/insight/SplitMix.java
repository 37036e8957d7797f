package dev.kip.insight;

/**
 * The bootstrap's draws: SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014), giving the very numbers {@code new java.util.SplittableRandom(seed).nextInt(bound)}
 * gives (checked against it in a test). Spelled out here because the draws are most of a ten-year
 * bootstrap's time, and the window's JIT (C1 only) does not inline the JDK's calls through its
 * random-generator interface; owning the generator also keeps every interval the same on any JDK.
 */
final class SplitMix {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private long seed;

    SplitMix(long seed) {
        this.seed = seed;
    }

    /**
     * Fills {@code into} with uniform ints in [0, bound), bound > 0, one after another; a draw is rejected and
     * made again where the remainder would be biased. A resample's draws in one call, the state in a local
     * variable: C1 inlines neither a call per draw nor keeps a field in a register across the loop (a fifth
     * of a bootstrap's time went on that).
     */
    void nextInts(int bound, int[] into) {
        long s = seed;
        int m = bound - 1;
        boolean powerOfTwo = (bound & m) == 0;
        for (int k = 0; k < into.length; k++) {
            int r = mix32(s += GOLDEN_GAMMA);
            if (powerOfTwo) {
                r &= m;
            } else {
                for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = mix32(s += GOLDEN_GAMMA) >>> 1) {
                    // rejected: draw again
                }
            }
            into[k] = r;
        }
        seed = s;
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }
}
