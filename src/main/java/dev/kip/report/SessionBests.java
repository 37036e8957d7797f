package dev.kip.report;

import dev.kip.domain.LiftSet;
import dev.kip.domain.Settings.E1rmFormula;
import dev.kip.domain.Workout;
import dev.kip.insight.E1rm;
import dev.kip.insight.SessionBest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each session's best e1RM per lift from workouts already loaded with their sets: the same figure
 * as the journal's SQL aggregate (Epley, a single counting as its own 1RM, work sets only), without
 * a second pass over the sets table.
 */
final class SessionBests {

    private SessionBests() {
    }

    /** Bests of the {@code exerciseIds} in the workouts' order (date order when the workouts are). */
    static List<SessionBest> of(List<Workout> workouts, Collection<Long> exerciseIds) {
        List<SessionBest> out = new ArrayList<>();
        for (Workout w : workouts) {
            Map<Long, Double> best = new TreeMap<>();
            for (LiftSet s : w.sets()) {
                if (exerciseIds.contains(s.exerciseId())) {
                    E1rm.of(s, E1rmFormula.EPLEY).ifPresent(kg -> best.merge(s.exerciseId(), kg, Math::max));
                }
            }
            best.forEach((id, kg) -> out.add(new SessionBest(w.date(), w.id(), id, kg)));
        }
        return out;
    }
}
