package dev.kip.exchange;

import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportProgress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;

/**
 * Parse-only import of tracker exports (nothing stored): {@code TrackerImportBenchmark RUNS FILE…}.
 * Ten years of nights make files of a few MB at most (StrongLifts' 0.2 MB parses in a few
 * milliseconds), so a count of runs from a cold start measures mostly the JIT compiling the parser:
 * with 100 runs from cold, StrongLifts' median was 6 ms against 3 ms once compiled. So each file
 * is first parsed, untimed, until {@link #WARM_UP_CPU_SECONDS} of CPU and at least 20 runs have
 * gone by, then RUNS times, and the median of those is reported by the parsing thread's CPU time
 * (the wall clock moves with the machine's load, printed beside it); the first, cold run's wall
 * time is printed too, as a person importing once would see it. MB/s counts the bytes parsed: a
 * zip's entries uncompressed.
 */
public final class TrackerImportBenchmark {

    /** Enough for C2 to compile every parser's hot loop (StrongLifts' median stops falling after about 0.5 s). */
    private static final double WARM_UP_CPU_SECONDS = 1.5;
    private static final int WARM_UP_MIN_RUNS = 20;

    private TrackerImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        System.out.printf("parse only, -Xmx from the command line; per file: warm-up runs (>= %.1f s CPU, >= %d runs) untimed,"
                + " then the median of %d runs by the parsing thread's CPU; %s%n", WARM_UP_CPU_SECONDS, WARM_UP_MIN_RUNS, runs,
                Bench.load());
        for (int a = 1; a < args.length; a++) {
            Path file = Path.of(args[a]);
            double mb = parsedBytes(file) / 1e6;
            double first = parse(file).wallSeconds();
            int warmUps = 1;
            for (double spent = 0; spent < WARM_UP_CPU_SECONDS || warmUps < WARM_UP_MIN_RUNS; warmUps++) {
                spent += parse(file).cpuSeconds();
            }
            double[] cpu = new double[runs];
            double[] wall = new double[runs];
            ImportBatch batch = null;
            for (int run = 0; run < runs; run++) {
                Bench.Timing t = parse(file);
                cpu[run] = t.cpuSeconds();
                wall[run] = t.wallSeconds();
                batch = (ImportBatch) t.result();
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            double medianCpu = cpu[runs / 2];
            System.out.printf("%-28s %-16s %6.1f MB: median %.2f ms CPU = %,5.0f MB/s (wall %.2f ms) after %d warm-up runs;"
                            + " first, cold run %.2f s wall; %,d nights, %,d workouts; %s%n", file.getFileName(),
                    batch.format().cliName(), mb, medianCpu * 1e3, mb / medianCpu, wall[runs / 2] * 1e3, warmUps, first,
                    batch.deviceNights().size(), batch.workouts().size(), Bench.load());
        }
    }

    private static Bench.Timing parse(Path file) throws Exception {
        return Bench.time(() -> Importer.parse(file, null, MassUnit.KG, ImportProgress.NONE));
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
