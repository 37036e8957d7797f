package dev.kip.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs journal and file work off the FX thread on one thread (SQLite has one writer), handing
 * results back on the FX thread. Tests use {@link #sameThread()} so a click's effect is visible
 * as soon as the click returns.
 */
public final class JournalExecutor implements AutoCloseable {
    private final Executor executor;

    private JournalExecutor(Executor executor) {
        this.executor = executor;
    }

    public static JournalExecutor background() {
        ExecutorService service = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kip-journal");
            t.setDaemon(true);
            return t;
        });
        return new JournalExecutor(service);
    }

    public static JournalExecutor sameThread() {
        return new JournalExecutor(Runnable::run);
    }

    /** Runs {@code work} on the journal thread; {@code onDone} or {@code onError} then run on the FX thread. */
    public <T> Task<T> submit(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        executor.execute(task);
        return task;
    }

    /**
     * Runs {@code work} on the journal thread without touching JavaFX, so it may start before the
     * toolkit does (the journal opens while the window is being made).
     */
    public <T> CompletableFuture<T> supply(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Runs a prepared task (e.g. one reporting progress) on the journal thread. */
    public void execute(Task<?> task) {
        executor.execute(task);
    }

    @Override
    public void close() {
        if (executor instanceof ExecutorService service) {
            service.shutdown();
        }
    }
}
