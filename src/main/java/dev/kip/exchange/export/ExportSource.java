package dev.kip.exchange.export;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyWeight;
import dev.kip.domain.DeviceNight;
import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.Settings.E1rmFormula;
import dev.kip.domain.Workout;
import java.util.List;
import java.util.Map;

/**
 * Everything {@link JournalExport} writes, each kind read when it is asked for (so only one kind is
 * in memory at a time), every list oldest first. The service implements it over the journal.
 */
public interface ExportSource {
    List<Night> nights();

    List<DeviceNight> deviceNights();

    List<BodyMark> marks();

    List<Workout> workouts();

    /** Exercise names by id, for the training file. */
    Map<Long, String> exerciseNames();

    /** The formula of the training file's {@code e1rm_kg} column: the person's. */
    E1rmFormula e1rmFormula();

    List<BodyWeight> bodyWeights();

    List<Factors> factors();

    /** For the manifest. */
    int schemaVersion();
}
