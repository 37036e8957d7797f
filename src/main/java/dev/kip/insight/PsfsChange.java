package dev.kip.insight;

import dev.kip.domain.PsfsActivity;
import dev.kip.domain.PsfsRating;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The Patient-Specific Functional Scale over time ({@link Evidence#PSFS_CHANGE}): each activity's
 * ratings, its change from the first rating to the latest, and the same for the average of the
 * activities rated. A change of at least {@value #MDC_AVERAGE} points in the average, or
 * {@value #MDC_ACTIVITY} in one activity, is beyond measurement error (Stratford et al. 1995).
 * A positive change is better: 10 is "as before the problem".
 */
public final class PsfsChange {

    public static final double MDC_AVERAGE = 2;
    public static final int MDC_ACTIVITY = 3;

    /** One activity: its ratings up to the day asked (oldest first), first and latest, and the change. */
    public record Activity(PsfsActivity activity, List<PsfsRating> ratings) {
        public Activity {
            ratings = List.copyOf(ratings);
        }

        public PsfsRating first() {
            return ratings.get(0);
        }

        public PsfsRating latest() {
            return ratings.get(ratings.size() - 1);
        }

        public int change() {
            return latest().score() - first().score();
        }

        public boolean beyondError() {
            return Math.abs(change()) >= MDC_ACTIVITY;
        }
    }

    /**
     * The activities with at least one rating, in the order named, and the averages of their first and
     * latest ratings (empty when none was rated).
     */
    public record Summary(List<Activity> activities, OptionalDouble firstAverage, OptionalDouble latestAverage) {
        public Summary {
            activities = List.copyOf(activities);
        }

        public boolean isEmpty() {
            return activities.isEmpty();
        }

        public OptionalDouble averageChange() {
            return firstAverage.isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble.of(latestAverage.getAsDouble() - firstAverage.getAsDouble());
        }

        public boolean averageBeyondError() {
            return averageChange().isPresent() && Math.abs(averageChange().getAsDouble()) >= MDC_AVERAGE - 1e-9;
        }

        /** The latest rating's date across the activities. */
        public LocalDate latestDate() {
            return activities.stream().map(a -> a.latest().date()).max(LocalDate::compareTo).orElse(null);
        }
    }

    private PsfsChange() {
    }

    /** The scale as it stood on {@code asOf}: ratings after it are left out. */
    public static Summary of(List<PsfsActivity> activities, List<PsfsRating> ratings, LocalDate asOf) {
        Map<Long, List<PsfsRating>> byActivity = new HashMap<>();
        ratings.stream().filter(r -> !r.date().isAfter(asOf))
                .sorted(java.util.Comparator.comparing(PsfsRating::date))
                .forEach(r -> byActivity.computeIfAbsent(r.activityId(), id -> new ArrayList<>()).add(r));
        List<Activity> out = new ArrayList<>();
        for (PsfsActivity a : activities) {
            List<PsfsRating> series = byActivity.get(a.id());
            if (series != null && !series.isEmpty()) {
                out.add(new Activity(a, series));
            }
        }
        OptionalDouble first = out.stream().mapToInt(a -> a.first().score()).average();
        OptionalDouble latest = out.stream().mapToInt(a -> a.latest().score()).average();
        return new Summary(out, first, latest);
    }
}
