package dev.kip.bench;

import dev.kip.demo.DemoJournal;
import dev.kip.domain.Workout;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.WorkoutStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code kip demo}'s budget: a 10-year journal in well under 10 s. Wall time swings with whatever else
 * the machine runs, so the verdict is on the writing thread's CPU time (JDBC and SQLite run on it),
 * under 5 s; both are printed, with the sizes DESIGN.md's 10-year journal should have (about 3,650
 * nights, 2,000 workouts, 60,000 sets, 20,000 body marks). Exits 1 when a figure is out of bounds.
 * <pre>
 * src/test/bench/bench.sh demo [YEARS [SEED]]
 * </pre>
 */
public final class DemoBench {
    private static final LocalDate END = LocalDate.of(2025, 3, 14);
    private static final LocalDate EARLIEST = LocalDate.of(0, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final long CPU_BUDGET_MS = 5_000;

    private DemoBench() {
    }

    public static void main(String[] args) throws Exception {
        int years = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Path dir = Files.createTempDirectory("kip-demo-bench");
        Path file = dir.resolve("demo.db");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> failures = new ArrayList<>();
        try (Journal journal = Journal.open(file)) {
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            DemoJournal.write(journal, years, seed, END);
            long millis = (System.nanoTime() - started) / 1_000_000;
            long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
            int nights = new NightStore(journal).between(EARLIEST, LATEST).size();
            List<Workout> workouts = new WorkoutStore(journal).between(EARLIEST, LATEST);
            int sets = workouts.stream().mapToInt(w -> w.sets().size()).sum();
            int marks = new BodyMarkStore(journal).all().size();
            System.out.printf(Locale.ROOT, "%d-year demo (seed %d): %,d ms wall, %,d ms CPU (budget %,d ms CPU);"
                    + " %,d nights, %,d workouts, %,d sets, %,d body marks, %.1f MB%n", years, seed, millis, cpuMillis,
                    CPU_BUDGET_MS * years / 10, nights, workouts.size(), sets, marks, Files.size(file) / 1e6);
            if (threads.isCurrentThreadCpuTimeSupported() && cpuMillis >= CPU_BUDGET_MS * years / 10) {
                failures.add("CPU time " + cpuMillis + " ms");
            }
            if (years == 10) {
                check(failures, "nights", nights, 2_800, 3_650);
                check(failures, "workouts", workouts.size(), 1_700, 2_400);
                check(failures, "sets", sets, 40_000, 75_000);
                check(failures, "body marks", marks, 14_000, 30_000);
            }
            if (!journal.integrityProblems().isEmpty()) {
                failures.add("integrity: " + journal.integrityProblems());
            }
        } finally {
            try (Stream<Path> left = Files.walk(dir)) {
                for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        if (!failures.isEmpty()) {
            System.err.println("Out of bounds: " + String.join("; ", failures));
            System.exit(1);
        }
    }

    private static void check(List<String> failures, String what, int count, int min, int max) {
        if (count < min || count > max) {
            failures.add(what + " " + count + " not in " + min + "–" + max);
        }
    }
}
