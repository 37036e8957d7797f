package dev.kip.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Tells whoever listens what a service changed, once its transaction has committed. Listeners are
 * called on the callback executor (the FX thread in the window), so a view may touch its nodes;
 * a view that is not on screen marks itself stale and reloads when it is shown again.
 */
public final class Changes {
    private final Executor delivery;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public Changes(Executor delivery) {
        this.delivery = Objects.requireNonNull(delivery, "delivery");
    }

    /** Delivers on the calling thread (the CLI, tests). */
    public static Changes direct() {
        return new Changes(Runnable::run);
    }

    /** Calls {@code listener} after each committed change that {@link Change#affects} any of {@code interests}. */
    public void subscribe(Set<Change> interests, Consumer<Change> listener) {
        subscribeWithDays(interests, (change, days) -> listener.accept(change));
    }

    /**
     * As {@link #subscribe}, with the days the change lay on when the service knew them (a night, a
     * day's marks, a workout's date before and after); empty when it may have touched any day.
     */
    public void subscribeWithDays(Set<Change> interests, BiConsumer<Change, Optional<Set<LocalDate>>> listener) {
        listeners.add(new Listener(Set.copyOf(interests), listener));
    }

    /** Called by a service after its commit: delivered to each interested listener on the callback executor. */
    public void publish(Change change) {
        deliver(change, Optional.empty());
    }

    /** As {@link #publish(Change)} for a change that touched the journal's entries of {@code days} only. */
    public void publish(Change change, Set<LocalDate> days) {
        deliver(change, Optional.of(Set.copyOf(days)));
    }

    private void deliver(Change change, Optional<Set<LocalDate>> days) {
        delivery.execute(() -> {
            for (Listener l : listeners) {
                if (l.interests().stream().anyMatch(change::affects)) {
                    l.listener().accept(change, days);
                }
            }
        });
    }

    private record Listener(Set<Change> interests, BiConsumer<Change, Optional<Set<LocalDate>>> listener) {
    }
}
