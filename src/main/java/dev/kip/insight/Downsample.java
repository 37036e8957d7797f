package dev.kip.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * Thins a long series for a chart a few hundred pixels wide: the x range is cut into equal
 * buckets and each bucket keeps its lowest and highest point (in x order), so peaks and dips
 * survive while ten years of sessions become at most {@code 2 × buckets} points.
 */
public final class Downsample {

    private Downsample() {
    }

    /**
     * The indices to keep of points {@code (xs[i], ys[i])}, sorted by x, ascending. When there are no
     * more than {@code 2 × buckets} points, all are kept.
     */
    public static List<Integer> minMax(double[] xs, double[] ys, int buckets) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("series: " + xs.length + " x values but " + ys.length + " y values");
        }
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets: expected at least 1, got " + buckets);
        }
        int n = xs.length;
        List<Integer> keep = new ArrayList<>();
        if (n <= 2 * buckets) {
            for (int i = 0; i < n; i++) {
                keep.add(i);
            }
            return keep;
        }
        double first = xs[0];
        double width = (xs[n - 1] - first) / buckets;
        int i = 0;
        for (int b = 0; b < buckets && i < n; b++) {
            double end = b == buckets - 1 ? Double.POSITIVE_INFINITY : first + width * (b + 1);
            int lo = -1;
            int hi = -1;
            for (; i < n && xs[i] < end; i++) {
                if (lo < 0 || ys[i] < ys[lo]) {
                    lo = i;
                }
                if (hi < 0 || ys[i] > ys[hi]) {
                    hi = i;
                }
            }
            if (lo >= 0) {
                keep.add(Math.min(lo, hi));
                if (lo != hi) {
                    keep.add(Math.max(lo, hi));
                }
            }
        }
        return keep;
    }
}
