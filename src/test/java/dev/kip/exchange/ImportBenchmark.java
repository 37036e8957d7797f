package dev.kip.exchange;

import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportProgress;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times a parse-only import of a file (nothing stored): {@code ImportBenchmark FILE [RUNS]}.
 * Prints MB/s and sets/s per run, by the wall clock and by the parsing thread's CPU time (steadier on a
 * busy machine); the first runs include JIT warm-up.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double mb = Files.size(file) / 1e6;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= runs; run++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ImportBatch batch = Importer.parse(file, null, MassUnit.KG, ImportProgress.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("run %d: %s %.1f MB in %.2f s wall = %.0f MB/s (%.2f s on the parsing thread's CPU = %.0f MB/s); "
                            + "%,d sets = %,.0f sets/s wall, %,.0f sets/s CPU; %,d workouts, %,d device nights, %,d body weights%n",
                    run, batch.format().cliName(), mb, seconds, mb / seconds, cpuSeconds, mb / cpuSeconds, batch.setCount(),
                    batch.setCount() / seconds, batch.setCount() / cpuSeconds, batch.workouts().size(),
                    batch.deviceNights().size(), batch.bodyWeights().size());
        }
    }
}
