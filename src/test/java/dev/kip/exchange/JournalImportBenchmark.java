package dev.kip.exchange;

import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportProgress;
import dev.kip.journal.Journal;
import dev.kip.service.Changes;
import dev.kip.service.ImportService;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Times a full import (parse + write, one transaction) of a file into a fresh journal and, for a
 * CSV, the sqlite3 command line's {@code .import} of the same file into a plain table in the same
 * run, and prints the ratio. Usage: {@code JournalImportBenchmark FILE [sqlite3|-]}.
 * The first import warms up the JIT; the second is the one reported.
 */
public final class JournalImportBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private JournalImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String sqlite3 = args.length > 1 ? args[1] : "sqlite3";
        Path dir = Files.createTempDirectory("kip-import-bench");
        double mb = Files.size(file) / 1e6;
        Timed run = null;
        for (int i = 1; i <= 2; i++) {
            run = importOnce(file, dir.resolve("journal-" + i + ".db"));
            System.out.printf("kip import, run %d: %,d sets, %,d workouts, %,d device nights in %.2f s (parse %.2f s, write %.2f s)"
                            + " = %,.0f sets/s, %.0f MB/s; importing thread's CPU %.2f s = %,.0f sets/s%n", i, run.sets, run.workouts,
                    run.deviceNights, run.seconds(), run.parseSeconds, run.writeSeconds, run.sets / run.seconds(), mb / run.seconds(),
                    run.cpuSeconds, run.sets / run.cpuSeconds);
        }
        if (!"-".equals(sqlite3) && file.toString().endsWith(".csv")) {
            double sqliteSeconds = sqliteImport(sqlite3, file, dir.resolve("plain.db"));
            long rows = run.sets;
            System.out.printf("sqlite3 .import: %.2f s = %,.0f rows/s; kip import takes %.2f× as long as sqlite3 .import%n",
                    sqliteSeconds, rows / sqliteSeconds, run.seconds() / sqliteSeconds);
        }
    }

    private record Timed(long sets, long workouts, long deviceNights, double parseSeconds, double writeSeconds,
                         double cpuSeconds) {
        double seconds() {
            return parseSeconds + writeSeconds;
        }
    }

    private static Timed importOnce(Path file, Path journalFile) throws Exception {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ImportBatch batch = Importer.parse(file, null, MassUnit.KG, ImportProgress.NONE);
        long t1 = System.nanoTime();
        ImportResult result;
        try (Journal journal = Journal.open(journalFile)) {
            result = new ImportService(journal, Changes.direct(), Clock.systemUTC()).write(batch, ImportProgress.NONE);
        }
        long t2 = System.nanoTime();
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        return new Timed(result.sets(), result.workouts(), result.deviceNights(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, cpu);
    }

    private static double sqliteImport(String sqlite3, Path csv, Path db) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(List.of(sqlite3, db.toString(), ".mode csv", ".import " + csv + " plain"))
                .inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("sqlite3 failed with exit code " + p.exitValue());
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
