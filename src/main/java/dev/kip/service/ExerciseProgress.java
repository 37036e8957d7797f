package dev.kip.service;

import dev.kip.domain.SessionBest;
import dev.kip.insight.CurrentBests;
import dev.kip.insight.DatedSet;
import java.util.List;

/**
 * One exercise's history as the Lifts tab shows it: the best e1RM per session (oldest first), the
 * current records and the sessions with the best e1RM, each by its best set (best first).
 */
public record ExerciseProgress(List<SessionBest> sessions, CurrentBests bests, List<DatedSet> bestSets) {
}
