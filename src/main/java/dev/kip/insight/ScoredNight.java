package dev.kip.insight;

import dev.kip.domain.Night;
import java.util.Set;

/** A diary night with its figures and flags, worked out once for lists and exports. */
public record ScoredNight(Night night, SleepFigures figures, Set<SleepFlag> flags) {
}
