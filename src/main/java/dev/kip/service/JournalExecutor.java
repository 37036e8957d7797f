package dev.kip.service;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Runs journal and file work on one thread (SQLite has one writer) and hands results back through
 * the callback executor the app gives it: {@code Platform::runLater} in the window, so callbacks run
 * on the FX thread, {@code Runnable::run} in tests ({@link #sameThread()}), so a click's effect is
 * visible as soon as the click returns. Knows nothing of JavaFX, so it exists before the toolkit does.
 */
public final class JournalExecutor implements AutoCloseable {
    private final Executor worker;
    private final Executor callbacks;

    public JournalExecutor(Executor worker, Executor callbacks) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
    }

    /** One daemon thread, "kip-journal"; results are handed to {@code callbacks}. */
    public static JournalExecutor background(Executor callbacks) {
        return background("kip-journal", callbacks);
    }

    private static JournalExecutor background(String threadName, Executor callbacks) {
        ExecutorService service = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        return new JournalExecutor(service, callbacks);
    }

    /**
     * An executor like this one on a thread of its own, for work that must not hold up the journal's
     * (printing waits for the person); a same-thread executor stays same-thread.
     */
    public JournalExecutor another(String threadName) {
        return worker instanceof ExecutorService ? background(threadName, callbacks) : new JournalExecutor(worker, callbacks);
    }

    /** Work and callbacks both run at once on the calling thread (tests). */
    public static JournalExecutor sameThread() {
        return new JournalExecutor(Runnable::run, Runnable::run);
    }

    /** Where callbacks run: the FX thread in the window. */
    public Executor callbacks() {
        return callbacks;
    }

    /** Runs {@code work} on the journal thread; {@code onDone} or {@code onError} then run on the callback executor. */
    public <T> Job submit(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        return submit(job -> work.call(), fraction -> { }, onDone, onError);
    }

    /**
     * Runs {@code work} on the journal thread, handing it a {@link Job} to report progress through
     * (delivered to {@code onProgress} on the callback executor) and to ask whether it was cancelled.
     */
    public <T> Job submit(Work<T> work, DoubleConsumer onProgress, Consumer<T> onDone, Consumer<Throwable> onError) {
        Job job = new Job(callbacks, onProgress);
        try {
            worker.execute(() -> {
                T result;
                try {
                    result = work.run(job);
                } catch (Exception | Error e) {
                    callbacks.execute(() -> onError.accept(e));
                    return;
                }
                callbacks.execute(() -> onDone.accept(result));
            });
        } catch (RejectedExecutionException closed) {
            // A view's late read (or a click) as the window quits or opens another journal: told, not thrown.
            callbacks.execute(() -> onError.accept(closed()));
        }
        return job;
    }

    /** Runs {@code work} on the journal thread; the future completes there (no callback executor involved). */
    public <T> CompletableFuture<T> supply(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            worker.execute(() -> {
                try {
                    result.complete(work.call());
                } catch (Exception | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException closed) {
            result.completeExceptionally(closed());
        }
        return result;
    }

    /** Work that may report progress and stop early when its job is cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Job job) throws Exception;
    }

    /** A submitted piece of work: progress goes out through it, cancellation comes in. */
    public static final class Job {
        private final Executor callbacks;
        private final DoubleConsumer onProgress;
        private volatile boolean cancelled;

        Job(Executor callbacks, DoubleConsumer onProgress) {
            this.callbacks = callbacks;
            this.onProgress = onProgress;
        }

        /** Asks the work to stop at its next check; it decides what stopping means (an import rolls back). */
        public void cancel() {
            cancelled = true;
        }

        public boolean isCancelled() {
            return cancelled;
        }

        /** Reports how far the work is, 0 to 1, to the callback executor. */
        public void progress(double fraction) {
            callbacks.execute(() -> onProgress.accept(fraction));
        }
    }

    private static IllegalStateException closed() {
        return new IllegalStateException("The journal was closed before this could run; nothing was done.");
    }

    @Override
    public void close() {
        if (worker instanceof ExecutorService service) {
            service.shutdown();
        }
    }
}
