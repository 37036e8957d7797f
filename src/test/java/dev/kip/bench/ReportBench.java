package dev.kip.bench;

import dev.kip.domain.Settings.Paper;
import dev.kip.journal.Journal;
import dev.kip.report.PdfReportWriter;
import dev.kip.report.ReportBuilder;
import dev.kip.report.ReportModel;
import dev.kip.report.ReportRequest;
import dev.kip.service.JournalReportSource;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * The 90-day report budget inside the app (≤ 150 ms warm): build the model and write the PDF, after
 * 10 warm-up runs, median of 20. Run on a 10-year demo journal:
 * <pre>
 * java -jar target/kip.jar demo --journal /tmp/r10.db --years 10
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.kip.bench.ReportBench -Dexec.args=/tmp/r10.db
 * </pre>
 * The range is the 90 days ending on the journal's last night.
 */
public final class ReportBench {
    private static final int WARM_UP = 10;
    private static final int RUNS = 20;

    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ReportBench JOURNAL");
            System.exit(2);
        }
        try (Journal journal = Journal.open(Path.of(args[0]))) {
            LocalDate end = new dev.kip.journal.NightStore(journal).latest(LocalDate.of(9999, 1, 1), 1).get(0).date();
            ReportRequest request = ReportRequest.all(end.minusDays(89), end, "Łukasz");
            ReportBuilder builder = new ReportBuilder(new JournalReportSource(journal));
            PdfReportWriter writer = new PdfReportWriter();
            double[] build = new double[RUNS];
            double[] write = new double[RUNS];
            double[] total = new double[RUNS];
            double[] cpu = new double[RUNS];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            int bytes = 0;
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                ReportModel model = builder.build(request, end);
                long t1 = System.nanoTime();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                writer.write(model, Paper.A4, out);
                long t2 = System.nanoTime();
                long c2 = threads.getCurrentThreadCpuTime();
                if (i >= WARM_UP) {
                    build[i - WARM_UP] = (t1 - t0) / 1e6;
                    write[i - WARM_UP] = (t2 - t1) / 1e6;
                    total[i - WARM_UP] = (t2 - t0) / 1e6;
                    cpu[i - WARM_UP] = (c2 - c0) / 1e6;
                    bytes = out.size();
                }
            }
            System.out.printf(Locale.ROOT, "90-day report %s … %s, %d KB: build model %.1f ms + write PDF %.1f ms = %.1f ms wall,"
                    + " %.1f ms CPU of the measuring thread (median of %d after %d warm-ups; budget 150 ms)%n", request.from(),
                    request.to(), bytes / 1024, median(build), median(write), median(total), median(cpu), RUNS, WARM_UP);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
