package dev.kip.exchange;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Timing helpers for the import benchmarks: wall and thread CPU time, the load average, a child process's CPU. */
final class Bench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Path PROC_STAT = Path.of("/proc/self/stat");

    private Bench() {
    }

    /** Work to time; its result is kept so the JIT cannot drop the work. */
    @FunctionalInterface
    interface Work {
        Object run() throws Exception;
    }

    record Timing(double wallSeconds, double cpuSeconds, Object result) {
    }

    static Timing time(Work work) throws Exception {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Object result = work.run();
        return new Timing((System.nanoTime() - t0) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9, result);
    }

    /** "load 1.52" — the system's one-minute load average now, printed beside every figure. */
    static String load() {
        return String.format(Locale.ROOT, "load %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** CPU seconds of this process's finished children (Linux; NaN elsewhere), to tell a child's work from its waiting. */
    static double childrenCpuSeconds() {
        try {
            String stat = Files.readString(PROC_STAT);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the name start at "state" (field 3): cutime is field 16, cstime field 17
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
