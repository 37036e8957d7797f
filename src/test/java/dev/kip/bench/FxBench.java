package dev.kip.bench;

import dev.kip.service.JournalExecutor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;

/**
 * The one way the window benchmarks time work on the FX thread, as a person meets it in the window.
 * Each run starts in an FX call of its own after a pulse, as clicks come between pulses (thirty runs
 * in one call never let a pulse sync the nodes they replace, which then stay in the heap), and ends
 * when the run says it is done: after its laid-out pulse, or once the journal thread handed its result
 * back. Each run records the wall time, the FX thread's CPU time and the whole process's CPU time
 * (the journal thread's share included): on a shared machine wall time mostly measures waiting, CPU
 * time the work. Figures are medians after the warm-ups, printed beside the run's yardstick.
 */
final class FxBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Budgets must hold with this margin (issue 21): a figure is within when at most 75 % of its budget. */
    private static final double MARGIN = 0.75;
    /** The current run's idle wait for its pulse (FX thread only), taken off its wall time. */
    private static long waitedNanos;

    private FxBench() {
    }

    /** One timed run: started on the FX thread, it calls {@code done} (on the FX thread) when it is finished. */
    interface Run {
        void start(Runnable done) throws Exception;
    }

    /** Milliseconds of one run: wall, the working thread's CPU (the FX thread's for FX runs), the whole process's CPU. */
    record Sample(double wallMs, double threadCpuMs, double cpuMs) {
    }

    /** The runs after the warm-ups, the first run of all (cold: classes loading, code not compiled) and the working thread. */
    record Times(Sample first, List<Sample> runs, String thread) {
        double median(ToDoubleFunction<Sample> figure) {
            double[] s = runs.stream().mapToDouble(figure).sorted().toArray();
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }

        double max(ToDoubleFunction<Sample> figure) {
            return runs.stream().mapToDouble(figure).max().orElse(0);
        }
    }

    /** Runs {@code run} {@code warmUps + runs} times, a pulse of {@code scene} before each. */
    static Times time(Scene scene, int warmUps, int runs, Run run) throws Exception {
        return time(scene, warmUps, runs, () -> null, run);
    }

    /** As {@link #time(Scene, int, int, Run)}, calling {@code before} (off the FX thread, not timed) before each run. */
    static Times time(Scene scene, int warmUps, int runs, Callable<?> before, Run run) throws Exception {
        List<Sample> all = new ArrayList<>();
        for (int i = 0; i < warmUps + runs; i++) {
            before.call();
            nextPulse(scene);
            all.add(once(run));
        }
        return new Times(all.get(0), all.subList(warmUps, all.size()), "FX-thread");
    }

    private static Sample once(Run run) throws Exception {
        CompletableFuture<Sample> sample = new CompletableFuture<>();
        Platform.runLater(() -> {
            waitedNanos = 0;
            long wall = System.nanoTime();
            long fx = THREADS.getCurrentThreadCpuTime();
            long cpu = processCpuNanos();
            try {
                run.start(() -> {
                    if (!Platform.isFxApplicationThread()) {
                        sample.completeExceptionally(new IllegalStateException("a run must end on the FX thread"));
                        return;
                    }
                    sample.complete(new Sample((System.nanoTime() - wall - waitedNanos) / 1e6, (THREADS.getCurrentThreadCpuTime() - fx) / 1e6,
                            (processCpuNanos() - cpu) / 1e6));
                });
            } catch (Exception | Error e) {
                sample.completeExceptionally(e);
            }
        });
        return sample.get(60, TimeUnit.SECONDS);
    }

    /** Times {@code work} on the calling thread (journal work, off the FX thread, as on the journal thread). */
    static Times timeHere(int warmUps, int runs, Callable<?> work) throws Exception {
        List<Sample> all = new ArrayList<>();
        for (int i = 0; i < warmUps + runs; i++) {
            long wall = System.nanoTime();
            long thread = THREADS.getCurrentThreadCpuTime();
            long cpu = processCpuNanos();
            work.call();
            all.add(new Sample((System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - thread) / 1e6,
                    (processCpuNanos() - cpu) / 1e6));
        }
        return new Times(all.get(0), all.subList(warmUps, all.size()), "working-thread");
    }

    /** A run done in one FX call: {@code work}, then the CSS and layout of {@code scene}'s next pulse. */
    static Run laidOut(Scene scene, Callable<?> work) {
        return done -> {
            work.call();
            pulseThen(scene, done);
        };
    }

    /**
     * Calls {@code done} (on the FX thread) once the next pulse has styled and laid out {@code scene}; the
     * wait for that pulse (up to a frame, idle) is left out of the run's wall time. The pulse styles only
     * the nodes a run changed; {@code applyCss()} on the root would re-style every node of the scene,
     * several milliseconds that no pulse spends.
     */
    static void pulseThen(Scene scene, Runnable done) {
        long asked = System.nanoTime();
        Runnable pre = () -> waitedNanos += System.nanoTime() - asked; // the pulse begins: its CSS pass comes next
        scene.addPreLayoutPulseListener(pre);
        afterNextPulse(scene, () -> {
            scene.removePreLayoutPulseListener(pre);
            done.run();
        });
    }

    /** Calls {@code then} (on the FX thread) after the next layout pass of {@code scene}. */
    static void afterNextPulse(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Waits off the FX thread until {@code scene} has had a pulse. */
    static void nextPulse(Scene scene) throws Exception {
        CompletableFuture<Void> pulsed = new CompletableFuture<>();
        Platform.runLater(() -> afterNextPulse(scene, () -> pulsed.complete(null)));
        pulsed.get(60, TimeUnit.SECONDS);
    }

    /**
     * Before a run that builds a view anew (untimed): takes the earlier runs' views out of {@code content}
     * and collects the heap. The window builds each view once and keeps it; these benchmarks build one per
     * run, and detaching the last one and collecting the garbage of all of them (with the window's small
     * heap, a full collection every other run) are the benchmark's own work, not an open's. A collection
     * the open itself causes still counts.
     */
    static Void withoutEarlierViews(Pane content) throws Exception {
        onFx(() -> {
            content.getChildren().clear();
            return null;
        });
        System.gc();
        return null;
    }

    /**
     * Waits off the FX thread until what the earlier runs left queued is done (untimed): a pulse, for work a view
     * queues after its first layout (the Sleep view's older nights); the journal thread idle; and its answers
     * handed to the FX thread. Without it a run would carry the tail of the one before: in the window a view
     * opens once, with nothing of an earlier copy of itself still loading.
     */
    static Void settle(Scene scene, JournalExecutor executor) throws Exception {
        nextPulse(scene);
        drain(executor);
        onFx(() -> null);
        return null;
    }

    /** Waits until {@code executor}'s thread has done everything queued on it so far. */
    static void drain(JournalExecutor executor) throws InterruptedException {
        CountDownLatch idle = new CountDownLatch(1);
        executor.submit(() -> null, done -> idle.countDown(), e -> idle.countDown());
        idle.await();
    }

    /** {@code work}'s result, computed on the FX thread; call it off the FX thread. */
    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /**
     * Prints one figure: medians of wall, working-thread and process CPU time, the first run's wall time, the
     * wall time beside {@code yardstickMs} (named {@code yardstick}) and the verdict against the budget
     * with its 25 % margin.
     */
    static void print(String what, Times t, double budgetMs, double yardstickMs, String yardstick) {
        double wall = t.median(Sample::wallMs);
        double fx = t.median(Sample::threadCpuMs);
        System.out.printf(Locale.ROOT, "%s: median %.1f ms wall = %s, %.1f ms %s CPU, %.1f ms process CPU"
                + " (first run %.1f ms wall, slowest %.1f) — budget %.0f ms, %.0f with the margin: %s%n",
                what, wall, Yardstick.ratio(wall, yardstickMs, yardstick), fx, t.thread(), t.median(Sample::cpuMs), t.first().wallMs(),
                t.max(Sample::wallMs), budgetMs, budgetMs * MARGIN, verdict(wall, fx, budgetMs * MARGIN));
    }

    private static String verdict(double wall, double fxCpu, double limit) {
        if (wall <= limit) {
            return "within";
        }
        return fxCpu <= limit ? "within on CPU time, over on wall time (load)" : "OVER";
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The median of {@code values}, for figures taken outside {@link #time} (store writes). */
    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
