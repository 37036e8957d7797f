package dev.kip.bench;

import dev.kip.insight.RecoveryInputs;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.report.ReportBuilder;
import dev.kip.report.ReportRequest;
import dev.kip.report.ReportSource;
import dev.kip.service.JournalReportSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * The report over long ranges must be linear in the range (issue 21): the model of the 1, 5 and 10
 * years ending on the journal's last night, warm (median of 5 after 2 warm-ups), each beside its
 * yardstick measured in the same run: reading the same rows from the journal (the SQL the builder
 * issues, nothing computed). Prints the measuring thread's CPU time (SQLite runs on it too; wall
 * time is printed beside it but swings with the machine's load), ms per year of range and the ratio
 * model ÷ read, which stay flat when the model is linear, and the load average before and after.
 * <pre>
 * src/test/bench/bench.sh report-range
 * </pre>
 */
public final class ReportRangeBench {
    private static final int WARM_UP = 2;
    private static final int RUNS = 5;

    private ReportRangeBench() {
    }

    public static void main(String[] args) throws Exception {
        try (Journal journal = Journal.open(Path.of(args[0]))) {
            LocalDate end = new NightStore(journal).latest(LocalDate.of(9999, 1, 1), 1).get(0).date();
            ReportSource source = new JournalReportSource(journal);
            ReportBuilder builder = new ReportBuilder(source);
            System.out.println("load average " + loadAverage());
            for (int years : new int[] {1, 5, 10}) {
                LocalDate from = end.minusYears(years).plusDays(1);
                ReportRequest request = ReportRequest.all(from, end, "Bench");
                double[][] read = time(() -> read(source, from, end));
                double[][] model = time(() -> builder.build(request, end));
                System.out.printf(Locale.ROOT, "%2d years: model %,6.0f ms CPU (%,4.0f per year), %,6.0f ms wall;"
                                + " yardstick, reading its rows: %,4.0f ms CPU, %,4.0f ms wall; model ÷ read (CPU) %.1f%n", years,
                        median(model, 1), median(model, 1) / years, median(model, 0), median(read, 1), median(read, 0),
                        median(model, 1) / median(read, 1));
            }
            System.out.println("load average " + loadAverage());
        }
    }

    /** The rows the builder reads: the range and the recovery check's look back. */
    private static int read(ReportSource source, LocalDate from, LocalDate to) {
        LocalDate history = RecoveryInputs.historyFrom(from);
        return source.nights(history, to).size() + source.factors(history, to).size() + source.workouts(history, to).size()
                + source.marks(history, to).size() + source.deviceNights(history, to).size()
                + source.nightTrust(history, to).size() + source.painDuringSessions(from, to).size();
    }

    /** Wall and CPU time of each measured run, in ms: [0] wall, [1] CPU, one row per run. */
    private static double[][] time(Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] runs = new double[RUNS][];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.run();
            double wall = (System.nanoTime() - t0) / 1e6;
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            if (i >= WARM_UP) {
                runs[i - WARM_UP] = new double[] {wall, cpu};
            }
        }
        return runs;
    }

    private static double median(double[][] runs, int column) {
        double[] values = Arrays.stream(runs).mapToDouble(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }

    private static String loadAverage() throws Exception {
        Path proc = Path.of("/proc/loadavg");
        return Files.exists(proc) ? String.join(" ", Arrays.copyOf(Files.readString(proc).split(" "), 3))
                : String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
