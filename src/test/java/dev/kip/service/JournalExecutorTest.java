package dev.kip.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class JournalExecutorTest {

    @Test
    void workRunsOnTheJournalThreadAndItsResultOnTheCallbackExecutor() throws Exception {
        List<Runnable> callbacks = new ArrayList<>();
        try (JournalExecutor executor = JournalExecutor.background(callbacks::add)) {
            AtomicReference<String> workThread = new AtomicReference<>();
            executor.supply(() -> null).get(10, TimeUnit.SECONDS);
            executor.submit(() -> {
                workThread.set(Thread.currentThread().getName());
                return 42;
            }, result -> workThread.set(workThread.get() + " -> " + result), e -> { });
            executor.supply(() -> null).get(10, TimeUnit.SECONDS); // the work is done once this queued after it is
            assertThat(workThread.get()).isEqualTo("kip-journal");
            assertThat(callbacks).hasSize(1);
            callbacks.get(0).run();
            assertThat(workThread.get()).isEqualTo("kip-journal -> 42");
        }
    }

    @Test
    void aFailureGoesToOnError() {
        List<Throwable> errors = new ArrayList<>();
        JournalExecutor.sameThread().submit(() -> {
            throw new IllegalStateException("no");
        }, done -> { }, errors::add);
        assertThat(errors).singleElement().extracting(Throwable::getMessage).isEqualTo("no");
    }

    /** A view's late read as the window quits or opens another journal: the work is refused through onError, never thrown at the caller. */
    @Test
    void workSubmittedAfterCloseGoesToOnErrorAndDoesNotRun() {
        List<Throwable> errors = new ArrayList<>();
        List<String> ran = new ArrayList<>();
        JournalExecutor executor = JournalExecutor.background(Runnable::run);
        executor.close();
        executor.submit(() -> ran.add("work"), done -> ran.add("done"), errors::add);
        assertThat(ran).isEmpty();
        assertThat(errors).singleElement().extracting(Throwable::getMessage).asString().contains("journal was closed");
        assertThat(executor.supply(() -> ran.add("supplied"))).isCompletedExceptionally();
        assertThat(ran).isEmpty();
    }

    @Test
    void progressIsReportedAndCancellationAsked() {
        List<Double> progress = new ArrayList<>();
        List<Boolean> seen = new ArrayList<>();
        JournalExecutor.sameThread().submit(j -> {
            j.progress(0.5);
            j.cancel();
            seen.add(j.isCancelled());
            return null;
        }, progress::add, done -> { }, e -> { });
        assertThat(progress).containsExactly(0.5);
        assertThat(seen).containsExactly(true);
    }

    @Test
    void anotherExecutorHasAThreadOfItsOwn() throws Exception {
        try (JournalExecutor journal = JournalExecutor.background(Runnable::run);
             JournalExecutor printing = journal.another("kip-print")) {
            CountDownLatch done = new CountDownLatch(1);
            AtomicReference<String> name = new AtomicReference<>();
            printing.submit(() -> Thread.currentThread().getName(), n -> {
                name.set(n);
                done.countDown();
            }, e -> done.countDown());
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(name.get()).isEqualTo("kip-print");
        }
    }
}
