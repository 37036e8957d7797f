package dev.kip.exchange.apple;

import java.util.Arrays;

/** Time intervals in epoch seconds, kept as a compact array; {@link #unionSeconds} never counts an overlap twice. */
final class Intervals {

    private long[] bounds = new long[16];
    private int size;

    void add(long start, long end) {
        if (size + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[size++] = start;
        bounds[size++] = end;
    }

    void addAll(Intervals other) {
        for (int i = 0; i < other.size; i += 2) {
            add(other.bounds[i], other.bounds[i + 1]);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Seconds covered by at least one interval. */
    long unionSeconds() {
        int n = size / 2;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(bounds[2 * a], bounds[2 * b]));
        long total = 0;
        long curStart = Long.MIN_VALUE;
        long curEnd = Long.MIN_VALUE;
        for (int k = 0; k < n; k++) {
            long s = bounds[2 * order[k]];
            long e = bounds[2 * order[k] + 1];
            if (s > curEnd) {
                total += curEnd - curStart;
                curStart = s;
                curEnd = e;
            } else if (e > curEnd) {
                curEnd = e;
            }
        }
        return n == 0 ? 0 : total + curEnd - curStart;
    }
}
