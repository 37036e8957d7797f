package dev.kip.service;

import dev.kip.domain.Exercise;
import dev.kip.domain.Workout;
import dev.kip.insight.RecordEvent;
import java.util.List;

/** A saved workout, the personal records its sets set, and the exercises its saving added to the catalog. */
public record SaveResult(Workout workout, List<RecordEvent> records, List<Exercise> newExercises) {
}
