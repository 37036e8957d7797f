package dev.kip.bench;

import dev.kip.body.BodyGeometry;

/**
 * The body-map geometry's cold read (Today's path, every {@code kip report}): the time
 * {@link BodyGeometry#load()} takes as the first thing a fresh JVM does. bench.sh runs it in
 * several JVMs and prints the median.
 */
public final class GeometryColdBench {
    private GeometryColdBench() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        BodyGeometry.load();
        System.out.printf("%.1f%n", (System.nanoTime() - start) / 1e6);
    }
}
