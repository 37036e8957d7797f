package dev.kip.ui;

import dev.kip.service.JournalExecutor;
import java.util.ArrayList;
import java.util.List;

/**
 * A journal executor for view tests that runs the journal's work at once, except while the test holds it: then the
 * work waits until {@link #release} runs it, or {@link #runNext} one job at a time, as a slow journal thread would
 * in the window (a save that finishes after the person has moved on, a view seen between two reads). Answers are
 * handed back at once.
 */
public final class HeldJournalWork {
    private final List<Runnable> held = new ArrayList<>();
    private volatile boolean holding;
    private final JournalExecutor executor = new JournalExecutor(work -> {
        if (holding) {
            held.add(work);
        } else {
            work.run();
        }
    }, Runnable::run);

    public JournalExecutor executor() {
        return executor;
    }

    /** From now on the journal's work waits. */
    public void hold() {
        holding = true;
    }

    /** How many jobs wait. */
    public int waiting() {
        return held.size();
    }

    /** Runs the job that has waited longest, still holding what comes after; on the FX thread. */
    public void runNext() {
        held.remove(0).run();
    }

    /** Runs what waited, in order, and lets new work run at once again; on the FX thread. */
    public void release() {
        holding = false;
        List<Runnable> work = List.copyOf(held);
        held.clear();
        work.forEach(Runnable::run);
    }
}
