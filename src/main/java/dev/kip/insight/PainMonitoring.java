package dev.kip.insight;

import dev.kip.domain.BodyMark;
import dev.kip.domain.Exercise;
import dev.kip.domain.LiftSet;
import dev.kip.domain.RegionLoad;
import dev.kip.domain.SessionPain;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The pain-monitoring model ({@link Evidence#PAIN_MONITORING}) applied per region after each session
 * that loaded a painful region. A region is painful at a session when pain was marked on it in the
 * {@value #PAINFUL_WITHIN_DAYS} days up to the session's day, or when pain was felt in it during the
 * session; a session loads the regions of its exercises (the same region ids) and any region it
 * hurt. The three conditions, each checked only when its readings exist:
 * <ol>
 * <li><b>during</b>: the pain felt in the region during the session is at most {@value #DURING_LIMIT}/10;
 * <li><b>next morning</b>: the pain marked the morning after is no higher than the usual level, the
 * level before the session (marked that morning, else the latest mark in the week before; 0 when none);
 * <li><b>week to week</b>: the mean pain of the 7 days ending the morning after is less than
 * {@value #WEEKLY_RISE} point above the mean of the 7 days before them (days without a mark left out).
 * </ol>
 * Pain marks only count; soreness is another scale. Not a diagnosis.
 */
public final class PainMonitoring {

    public static final int DURING_LIMIT = 5;
    public static final double WEEKLY_RISE = 1.0;
    public static final int PAINFUL_WITHIN_DAYS = 7;
    /** How far before a session the marks must reach: two weeks of means ending the morning after. */
    public static final int LEAD_DAYS = 13;

    /** The model's three conditions. */
    public enum Condition {
        DURING("pain during training at most 5/10"),
        NEXT_MORNING("pain back to its usual level the next morning"),
        WEEK_TO_WEEK("pain not rising from week to week");

        private final String rule;

        Condition(String rule) {
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    /** Within the model (all three held), outside it (one or more broken), or not all readings there yet. */
    public enum State { WITHIN, OUTSIDE, INCOMPLETE }

    /** A session as the model sees it: its day, the regions it loaded and the pain felt during it by region. */
    public record Session(long workoutId, LocalDate date, Set<String> loads, Map<String, Integer> painDuring) {
        public Session {
            loads = Set.copyOf(loads);
            painDuring = Map.copyOf(painDuring);
        }
    }

    /**
     * One region after one session.
     *
     * @param usual        the level before the session
     * @param weekMean     mean pain of the 7 days ending the morning after; {@code weekBefore} of the 7 before
     * @param broken       the conditions the readings broke; {@code missing} those without their reading
     */
    public record Check(long workoutId, LocalDate sessionDate, String regionId, OptionalInt during, int usual,
                        OptionalInt nextMorning, OptionalDouble weekMean, OptionalDouble weekBefore,
                        Set<Condition> broken, Set<Condition> missing) {
        public Check {
            broken = broken.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(broken));
            missing = missing.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missing));
        }

        public State state() {
            return !broken.isEmpty() ? State.OUTSIDE : missing.isEmpty() ? State.WITHIN : State.INCOMPLETE;
        }

        /**
         * "Within the pain-monitoring model: 3 during, 2 the next morning (usual 2), no weekly rise" or
         * "Outside the pain-monitoring model: 6 during (above 5)"; the readings missing are named.
         */
        public String describe() {
            String head = switch (state()) {
                case WITHIN -> "Within the pain-monitoring model";
                case OUTSIDE -> "Outside the pain-monitoring model";
                case INCOMPLETE -> "Pain-monitoring model not complete";
            };
            String readings = readings();
            return readings.isEmpty() ? head : head + ": " + readings;
        }

        /** "6 during (above 5), 4 the next morning (usual 2), weekly mean up 1.5; no marks the week before". */
        public String readings() {
            List<String> parts = new ArrayList<>();
            during.ifPresent(d -> parts.add(d + " during" + (broken.contains(Condition.DURING) ? " (above " + DURING_LIMIT + ")" : "")));
            nextMorning.ifPresent(n -> parts.add(n + " the next morning (usual " + usual + ")"));
            if (weekMean.isPresent() && weekBefore.isPresent()) {
                double rise = weekMean.getAsDouble() - weekBefore.getAsDouble();
                parts.add(broken.contains(Condition.WEEK_TO_WEEK)
                        ? "weekly mean up " + Decimals.fixed(rise, 1) : "no weekly rise");
            }
            List<String> gaps = new ArrayList<>();
            if (missing.contains(Condition.DURING)) {
                gaps.add("no pain-during rating");
            }
            if (missing.contains(Condition.NEXT_MORNING)) {
                gaps.add("no pain mark the next morning");
            }
            if (missing.contains(Condition.WEEK_TO_WEEK)) {
                gaps.add("no marks the week before");
            }
            String readings = String.join(", ", parts);
            String missingText = String.join(", ", gaps);
            return readings.isEmpty() ? missingText : missingText.isEmpty() ? readings : readings + "; " + missingText;
        }
    }

    private PainMonitoring() {
    }

    /** The regions a workout loaded: every region of its exercises' loads (primary or secondary). */
    public static Set<String> loads(Workout w, Map<Long, Exercise> catalog) {
        Set<String> out = new TreeSet<>();
        for (LiftSet s : w.sets()) {
            Exercise e = catalog.get(s.exerciseId());
            if (e != null) {
                e.regions().stream().map(RegionLoad::regionId).forEach(out::add);
            }
        }
        return out;
    }

    /** The session as the model sees it, from the workout, the catalog and the pain felt during it. */
    public static Session session(Workout w, Map<Long, Exercise> catalog, Collection<SessionPain> during) {
        Map<String, Integer> pain = new HashMap<>();
        during.forEach(p -> pain.put(p.regionId(), p.level()));
        return new Session(w.id(), w.date(), loads(w, catalog), pain);
    }

    /** The sessions as the model sees them, from the workouts, the catalog by id and the pain felt during each (by workout id). */
    public static List<Session> sessions(List<Workout> workouts, Map<Long, Exercise> catalog, Map<Long, List<SessionPain>> during) {
        List<Session> out = new ArrayList<>(workouts.size());
        for (Workout w : workouts) {
            out.add(session(w, catalog, during.getOrDefault(w.id(), List.of())));
        }
        return out;
    }

    /**
     * Checks every painful region each session loaded, oldest session first. {@code marks} must reach
     * {@value #LEAD_DAYS} days before the first session and the day after the last (other kinds are ignored).
     */
    public static List<Check> evaluate(List<Session> sessions, List<BodyMark> marks) {
        Map<String, NavigableMap<LocalDate, Integer>> pain = new HashMap<>();
        for (BodyMark m : marks) {
            if (m.kind() == SymptomKind.PAIN) {
                pain.computeIfAbsent(m.regionId(), r -> new TreeMap<>()).merge(m.date(), m.level(), Math::max);
            }
        }
        List<Check> out = new ArrayList<>();
        List<Session> ordered = sessions.stream().sorted(java.util.Comparator.comparing(Session::date)
                .thenComparingLong(Session::workoutId)).toList();
        for (Session s : ordered) {
            Set<String> regions = new TreeSet<>(s.loads());
            regions.addAll(s.painDuring().keySet());
            for (String region : regions) {
                NavigableMap<LocalDate, Integer> levels = pain.getOrDefault(region, new TreeMap<>());
                if (isPainful(s, region, levels)) {
                    out.add(check(s, region, levels));
                }
            }
        }
        return out;
    }

    private static boolean isPainful(Session s, String region, NavigableMap<LocalDate, Integer> levels) {
        if (s.painDuring().getOrDefault(region, 0) > 0) {
            return true;
        }
        return levels.subMap(s.date().minusDays(PAINFUL_WITHIN_DAYS - 1L), true, s.date(), true).values().stream()
                .anyMatch(level -> level > 0);
    }

    private static Check check(Session s, String region, NavigableMap<LocalDate, Integer> levels) {
        Set<Condition> broken = EnumSet.noneOf(Condition.class);
        Set<Condition> missing = EnumSet.noneOf(Condition.class);
        Integer duringLevel = s.painDuring().get(region);
        OptionalInt during = duringLevel == null ? OptionalInt.empty() : OptionalInt.of(duringLevel);
        if (duringLevel == null) {
            missing.add(Condition.DURING);
        } else if (duringLevel > DURING_LIMIT) {
            broken.add(Condition.DURING);
        }
        var before = levels.subMap(s.date().minusDays(PAINFUL_WITHIN_DAYS - 1L), true, s.date(), true).lastEntry();
        int usual = before == null ? 0 : before.getValue();
        LocalDate after = s.date().plusDays(1);
        Integer next = levels.get(after);
        if (next == null) {
            missing.add(Condition.NEXT_MORNING);
        } else if (next > usual) {
            broken.add(Condition.NEXT_MORNING);
        }
        OptionalDouble week = mean(levels, after.minusDays(6), after);
        OptionalDouble weekBefore = mean(levels, after.minusDays(13), after.minusDays(7));
        if (week.isEmpty() || weekBefore.isEmpty()) {
            missing.add(Condition.WEEK_TO_WEEK);
        } else if (week.getAsDouble() - weekBefore.getAsDouble() >= WEEKLY_RISE) {
            broken.add(Condition.WEEK_TO_WEEK);
        }
        return new Check(s.workoutId(), s.date(), region, during, usual,
                next == null ? OptionalInt.empty() : OptionalInt.of(next), week, weekBefore, broken, missing);
    }

    private static OptionalDouble mean(NavigableMap<LocalDate, Integer> levels, LocalDate from, LocalDate to) {
        return levels.subMap(from, true, to, true).values().stream().mapToInt(Integer::intValue).average();
    }
}
