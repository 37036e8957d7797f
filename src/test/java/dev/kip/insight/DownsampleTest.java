package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DownsampleTest {

    @Test
    void aShortSeriesIsKeptWhole() {
        assertThat(Downsample.minMax(new double[] {1, 2, 3}, new double[] {5, 4, 6}, 2)).containsExactly(0, 1, 2);
    }

    @Test
    void eachBucketKeepsItsLowAndHighInXOrder() {
        // x 0..7 in 2 buckets of width 3.5: [0, 3.5) holds x 0–3, [3.5, 7] holds x 4–7.
        // Bucket 1 y = 5, 9, 1, 4: high at x=1, low at x=2 → indices 1, 2.
        // Bucket 2 y = 3, 3, 8, 2: high at x=6, low at x=7 → indices 6, 7.
        double[] xs = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] ys = {5, 9, 1, 4, 3, 3, 8, 2};
        assertThat(Downsample.minMax(xs, ys, 2)).containsExactly(1, 2, 6, 7);
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> Downsample.minMax(new double[2], new double[3], 5)).hasMessageContaining("2 x values but 3 y values");
        assertThatThrownBy(() -> Downsample.minMax(new double[2], new double[2], 0)).hasMessageContaining("buckets");
    }

    @Property
    void keepsAtMostTwoPerBucketTheExtremesAndIncreasingIndices(@ForAll @Size(min = 1, max = 400) List<@IntRange(min = 0, max = 500) Integer> values,
                                                                @ForAll @IntRange(min = 1, max = 50) int buckets) {
        double[] xs = new double[values.size()];
        double[] ys = new double[values.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i;
            ys[i] = values.get(i);
        }
        List<Integer> kept = Downsample.minMax(xs, ys, buckets);
        assertThat(kept.size()).isLessThanOrEqualTo(Math.max(xs.length <= 2 * buckets ? xs.length : 0, 2 * buckets));
        assertThat(kept).isSorted().doesNotHaveDuplicates();
        double max = values.stream().mapToInt(Integer::intValue).max().orElseThrow();
        double min = values.stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertThat(kept.stream().mapToDouble(i -> ys[i]).max().orElseThrow()).isEqualTo(max);
        assertThat(kept.stream().mapToDouble(i -> ys[i]).min().orElseThrow()).isEqualTo(min);
    }
}
