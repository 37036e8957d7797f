package dev.kip.insight;

import dev.kip.domain.SessionBest;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Session performance relative to recent form. For a lift L and a session on day D:
 * {@code pct = session's best e1RM for L ÷ best e1RM for L over days D−56 … D−1 × 100}. The window
 * ends the day before, so another session on the same day does not count; a session with no L in
 * its window is left out (nothing to compare with).
 *
 * <p>The window maximum is kept with a monotonic deque over the sessions in date order, so a series
 * is handled in O(n log n) (the sort) rather than by rescanning 56 days per session.
 */
public final class Performance {

    /** Days before the session that form its reference window. */
    public static final int WINDOW_DAYS = 56;

    private static final Comparator<SessionBest> CHRONOLOGICAL =
            Comparator.comparing(SessionBest::date).thenComparingLong(SessionBest::workoutId);

    private Performance() {
    }

    /** Performance of each session that trained {@code exerciseId} and has that lift in its 56-day window, by date. */
    public static List<SessionPerformance> forLift(List<SessionBest> series, long exerciseId) {
        List<SessionBest> lift = series.stream().filter(b -> b.exerciseId() == exerciseId)
                .sorted(CHRONOLOGICAL).toList();
        List<SessionPerformance> result = new ArrayList<>();
        Deque<SessionBest> window = new ArrayDeque<>(); // e1RMs strictly falling from head to tail
        int nextToAdd = 0;
        for (SessionBest session : lift) {
            LocalDate d = session.date();
            // Admit every earlier day's session; same-day sessions stay out of each other's window.
            while (lift.get(nextToAdd).date().isBefore(d)) {
                SessionBest entering = lift.get(nextToAdd++);
                while (!window.isEmpty() && window.peekLast().bestE1rm() <= entering.bestE1rm()) {
                    window.pollLast();
                }
                window.addLast(entering);
            }
            LocalDate windowStart = d.minusDays(WINDOW_DAYS);
            while (!window.isEmpty() && window.peekFirst().date().isBefore(windowStart)) {
                window.pollFirst();
            }
            if (!window.isEmpty()) {
                result.add(new SessionPerformance(d, session.workoutId(),
                        session.bestE1rm() * 100 / window.peekFirst().bestE1rm()));
            }
        }
        return result;
    }

    /**
     * Strength index of each session: the mean of {@link #forLift} over the main lifts it contains
     * that have a value; sessions with none are left out. Kip has no fixed exercise ids, so the caller
     * maps the main lifts (squat, bench press, deadlift, overhead press) to ids.
     */
    public static List<SessionPerformance> strengthIndex(List<SessionBest> series, Set<Long> mainLiftIds) {
        Map<Long, SessionAccumulator> bySession = new LinkedHashMap<>();
        for (long lift : mainLiftIds) {
            for (SessionPerformance p : forLift(series, lift)) {
                bySession.computeIfAbsent(p.workoutId(), id -> new SessionAccumulator(p.date(), id)).add(p.pct());
            }
        }
        return bySession.values().stream()
                .map(SessionAccumulator::mean)
                .sorted(Comparator.comparing(SessionPerformance::date).thenComparingLong(SessionPerformance::workoutId))
                .toList();
    }

    private static final class SessionAccumulator {
        private final LocalDate date;
        private final long workoutId;
        private double sum;
        private int count;

        SessionAccumulator(LocalDate date, long workoutId) {
            this.date = date;
            this.workoutId = workoutId;
        }

        void add(double pct) {
            sum += pct;
            count++;
        }

        SessionPerformance mean() {
            return new SessionPerformance(date, workoutId, sum / count);
        }
    }
}
