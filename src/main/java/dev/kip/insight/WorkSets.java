package dev.kip.insight;

import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;

/** The one rule for which sets are training work: every set but a warm-up (working, drop, failure). */
final class WorkSets {

    private WorkSets() {
    }

    static boolean isWork(LiftSet set) {
        if (set.type() == null) {
            throw new IllegalArgumentException("set " + set.order() + " of exercise " + set.exerciseId()
                    + ": set type is missing (expected warm-up, working, drop or failure)");
        }
        return set.type() != SetType.WARM_UP;
    }
}
