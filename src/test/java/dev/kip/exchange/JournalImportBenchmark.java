package dev.kip.exchange;

import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportProgress;
import dev.kip.journal.Journal;
import dev.kip.service.Changes;
import dev.kip.service.ImportService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Times a full import (parse + write, one transaction) of a file into a fresh journal, and beside
 * it a yardstick measured in the same run: for a CSV the sqlite3 command line's {@code .import} of
 * the same file into a plain table, for Apple Health XML a bare StAX pass over the same file (the
 * JDK's parser, Woodstox, Aalto). Each line carries the load average, so a slower machine is told
 * apart from a slower Kip: compare the ratios, not the figures of two runs.
 * Then the dry run ({@code kip import --dry-run}, File ▸ Import…'s preview): the same parse and the
 * whole import in a transaction rolled back, into a fresh journal, against the import's time
 * (budget: 1.3 × the import).
 * Usage: {@code JournalImportBenchmark FILE [sqlite3|-]}. The first import and the first dry run warm up the JIT.
 */
public final class JournalImportBenchmark {

    private JournalImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String sqlite3 = args.length > 1 ? args[1] : "sqlite3";
        Path dir = Files.createTempDirectory("kip-import-bench");
        double mb = Files.size(file) / 1e6;
        Timed run = null;
        for (int i = 1; i <= 2; i++) {
            run = importOnce(file, dir.resolve("journal-" + i + ".db"), false);
            System.out.printf("kip import, run %d: %,d sets, %,d workouts, %,d device nights in %.2f s (parse %.2f s, write %.2f s)"
                            + " = %,.0f sets/s, %.0f MB/s; importing thread's CPU %.2f s (parse %.2f, write %.2f) = %,.0f sets/s,"
                            + " %.0f MB/s; %s%n", i, run.sets, run.workouts, run.deviceNights, run.seconds(), run.parse.wallSeconds(),
                    run.write.wallSeconds(), run.sets / run.seconds(), mb / run.seconds(), run.cpuSeconds(), run.parse.cpuSeconds(),
                    run.write.cpuSeconds(), run.sets / run.cpuSeconds(), mb / run.cpuSeconds(), Bench.load());
        }
        for (int i = 1; i <= 2; i++) {
            Timed dry = importOnce(file, dir.resolve("dry-run-" + i + ".db"), true);
            System.out.printf("kip import --dry-run, run %d: %,d sets in %.2f s (parse %.2f s, rehearsal %.2f s); importing thread's CPU"
                            + " %.2f s (parse %.2f, rehearsal %.2f) = %.2f× the import's CPU (wall %.2f×); %s%n", i, dry.sets,
                    dry.seconds(), dry.parse.wallSeconds(), dry.write.wallSeconds(), dry.cpuSeconds(), dry.parse.cpuSeconds(),
                    dry.write.cpuSeconds(), dry.cpuSeconds() / run.cpuSeconds(), dry.seconds() / run.seconds(), Bench.load());
        }
        if (file.toString().endsWith(".xml")) {
            for (String parser : StaxYardstick.PARSERS) {
                Bench.Timing pass = StaxYardstick.pass(parser, file);
                System.out.printf("yardstick, a bare StAX pass (%s): %.2f s = %.0f MB/s, CPU %.2f s = %.0f MB/s;"
                                + " kip import takes %.2f× its time (CPU %.2f×); %s%n", StaxYardstick.shortName(parser),
                        pass.wallSeconds(), mb / pass.wallSeconds(), pass.cpuSeconds(), mb / pass.cpuSeconds(),
                        run.seconds() / pass.wallSeconds(), run.cpuSeconds() / pass.cpuSeconds(), Bench.load());
            }
        } else if (!"-".equals(sqlite3)) {
            double cpu0 = Bench.childrenCpuSeconds();
            Bench.Timing sqlite = Bench.time(() -> sqliteImport(sqlite3, file, dir.resolve("plain.db")));
            double sqliteCpu = Bench.childrenCpuSeconds() - cpu0;
            System.out.printf("yardstick, sqlite3 .import of the same file: %.2f s = %,.0f rows/s, CPU %.2f s;"
                            + " kip import takes %.2f× as long (CPU %.2f×); %s%n", sqlite.wallSeconds(), run.sets / sqlite.wallSeconds(),
                    sqliteCpu, run.seconds() / sqlite.wallSeconds(), run.cpuSeconds() / sqliteCpu, Bench.load());
        }
        delete(dir);
    }

    /** Removes the benchmark's journals: a run leaves hundreds of MB otherwise. */
    private static void delete(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    private record Timed(long sets, long workouts, long deviceNights, Bench.Timing parse, Bench.Timing write) {
        double seconds() {
            return parse.wallSeconds() + write.wallSeconds();
        }

        double cpuSeconds() {
            return parse.cpuSeconds() + write.cpuSeconds();
        }
    }

    /** Parses {@code file} and imports it into a fresh journal, or with {@code dryRun} rehearses the import and rolls it back. */
    private static Timed importOnce(Path file, Path journalFile, boolean dryRun) throws Exception {
        Bench.Timing parse = Bench.time(() -> Importer.parse(file, null, MassUnit.KG, ImportProgress.NONE));
        Bench.Timing write = Bench.time(() -> {
            try (Journal journal = Journal.open(journalFile)) {
                ImportService service = new ImportService(journal, Changes.direct(), Clock.systemUTC());
                ImportBatch batch = (ImportBatch) parse.result();
                return dryRun ? service.dryRun(batch, ImportProgress.NONE) : service.write(batch, ImportProgress.NONE);
            }
        });
        ImportResult result = (ImportResult) write.result();
        // Keep the figures, not the batch: the next run must not find the last one's sets still in the heap.
        return new Timed(result.sets(), result.workouts(), result.deviceNights(),
                new Bench.Timing(parse.wallSeconds(), parse.cpuSeconds(), null), write);
    }

    private static Object sqliteImport(String sqlite3, Path csv, Path db) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(sqlite3, db.toString(), ".mode csv", ".import " + csv + " plain"))
                .inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("sqlite3 failed with exit code " + p.exitValue());
        }
        return db;
    }
}
