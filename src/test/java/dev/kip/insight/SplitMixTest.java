package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitMixTest {

    @Test
    void drawsTheSameNumbersAsTheJdksSplittableRandom() {
        // Small bounds as the bootstrap uses them, powers of two (masked, never redrawn) and bounds just
        // above 2^30, where about half the draws are rejected and drawn again; one draw per call and many.
        int[] bounds = {1, 2, 14, 40, 1_245, 4_096, 65_537, (1 << 30) + 1, Integer.MAX_VALUE};
        for (long seed : new long[]{Spearman.BOOTSTRAP_SEED, 0, -1, 42}) {
            SplittableRandom jdk = new SplittableRandom(seed);
            SplitMix ours = new SplitMix(seed);
            int[] one = new int[1];
            for (int i = 0; i < 200_000; i++) {
                int bound = bounds[i % bounds.length];
                ours.nextInts(bound, one);
                assertThat(one[0]).as("draw %d, bound %d, seed %d", i, bound, seed).isEqualTo(jdk.nextInt(bound));
            }
            for (int i = 0; i < 300; i++) {
                int bound = bounds[i % bounds.length];
                int[] draws = new int[1 + i % 97];
                ours.nextInts(bound, draws);
                for (int k = 0; k < draws.length; k++) {
                    assertThat(draws[k]).as("call %d, draw %d, bound %d, seed %d", i, k, bound, seed).isEqualTo(jdk.nextInt(bound));
                }
            }
        }
    }
}
