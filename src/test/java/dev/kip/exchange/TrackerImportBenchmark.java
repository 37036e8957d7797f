package dev.kip.exchange;

import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportProgress;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;

/**
 * Parse-only import of tracker exports (nothing stored): {@code TrackerImportBenchmark RUNS FILE…}.
 * Ten years of nights make files of a few MB at most, so one run measures mostly a cold JVM: each
 * file is parsed RUNS times and the median run is reported, by the parsing thread's CPU time (the
 * wall clock moves with the machine's load, printed beside it) and by the wall time of the first,
 * cold run. MB/s counts the bytes parsed: a zip's entries uncompressed.
 */
public final class TrackerImportBenchmark {

    private TrackerImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int a = 1; a < args.length; a++) {
            Path file = Path.of(args[a]);
            double mb = parsedBytes(file) / 1e6;
            double[] cpu = new double[runs];
            double[] wall = new double[runs];
            ImportBatch batch = null;
            for (int run = 0; run < runs; run++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                batch = Importer.parse(file, null, MassUnit.KG, ImportProgress.NONE);
                wall[run] = (System.nanoTime() - t0) / 1e9;
                cpu[run] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            }
            double first = wall[0];
            Arrays.sort(cpu);
            Arrays.sort(wall);
            double medianCpu = cpu[runs / 2];
            System.out.printf("%-28s %-16s %6.1f MB: median %.1f ms CPU = %,5.0f MB/s (wall %.1f ms); first, cold run %.2f s wall;"
                            + " %,d nights, %,d workouts%n", file.getFileName(), batch.format().cliName(), mb, medianCpu * 1e3,
                    mb / medianCpu, wall[runs / 2] * 1e3, first, batch.deviceNights().size(), batch.workouts().size());
        }
    }

    private static long parsedBytes(Path file) throws IOException {
        if (!file.toString().endsWith(".zip")) {
            return Files.size(file);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().mapToLong(e -> Math.max(0, e.getSize())).sum();
        }
    }
}
