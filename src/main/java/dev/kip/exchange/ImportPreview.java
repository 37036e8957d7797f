package dev.kip.exchange;

import dev.kip.domain.Exercise;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.SkipReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an import would do, worked out before anything is written: what the file holds, which of
 * it is already in the journal (and will be skipped), which of its exercise names map to a
 * differently named catalog exercise and why, and which will be created; {@code catalog} is the
 * catalog they can be mapped to instead ({@link ExerciseChoice}), by name. {@code first}/{@code last}
 * are null for a file without rows.
 */
public record ImportPreview(
        ImportBatch batch,
        LocalDate first,
        LocalDate last,
        List<ExerciseMatch> matches,
        List<String> toCreate,
        List<Exercise> catalog,
        int workoutsPresent,
        int setsPresent,
        int nightsPresent,
        int deviceNightsPresent,
        int weightsPresent) {

    /** A name in the file, the differently named catalog exercise it was matched to, and why. */
    public record ExerciseMatch(String fileName, long exerciseId, String catalogName, ExerciseMatcher.Reason reason) {
    }

    public ImportPreview {
        matches = List.copyOf(matches);
        toCreate = List.copyOf(toCreate);
        catalog = List.copyOf(catalog);
    }

    /** The unit assumed for weights because the file does not say, or null. */
    public MassUnit assumedUnit() {
        return batch.assumedUnit();
    }

    public int workoutsToAdd() {
        return batch.workouts().size() - workoutsPresent;
    }

    public int setsToAdd() {
        return batch.setCount() - setsPresent;
    }

    public int nightsToAdd() {
        return batch.nights().size() - nightsPresent;
    }

    public int deviceNightsToAdd() {
        return batch.deviceNights().size() - deviceNightsPresent;
    }

    public int weightsToAdd() {
        return batch.bodyWeights().size() - weightsPresent;
    }

    /** True when importing would add no row. */
    public boolean addsNothing() {
        return workoutsToAdd() == 0 && nightsToAdd() == 0 && deviceNightsToAdd() == 0 && weightsToAdd() == 0;
    }

    /** What the file holds. */
    public RowCounts found() {
        return new RowCounts(batch.workouts().size(), batch.setCount(), batch.nights().size(), batch.deviceNights().size(),
                batch.bodyWeights().size());
    }

    /** What of it the journal already has. */
    public RowCounts present() {
        return new RowCounts(workoutsPresent, setsPresent, nightsPresent, deviceNightsPresent, weightsPresent);
    }

    /** What importing would add. */
    public RowCounts toAdd() {
        return new RowCounts(workoutsToAdd(), setsToAdd(), nightsToAdd(), deviceNightsToAdd(), weightsToAdd());
    }

    /** The preview as lines of plain text, as the command line prints it. */
    public List<String> describe() {
        return lines(true);
    }

    /** The preview without the exercise names, which the window lists apart, each with its choice. */
    public List<String> summary() {
        return lines(false);
    }

    private List<String> lines(boolean exerciseNames) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s (%s)", batch.fileName(), batch.format().displayName()));
        lines.add("Found: " + found().describe() + (first == null ? "" : ", from " + first + " to " + last));
        if (assumedUnit() != null) {
            String unit = assumedUnit().name().toLowerCase(Locale.ROOT);
            lines.add("Weights: the file does not say their unit; assumed " + unit + " (distances in "
                    + (assumedUnit() == MassUnit.LB ? "miles" : "km") + ").");
        }
        batch.notices().forEach((notice, n) -> lines.add("Noted: " + notice.describe(n)));
        if (exerciseNames && !matches.isEmpty()) {
            lines.add("Exercises matched to the catalog:");
            matches.forEach(m -> lines.add("  " + m.fileName() + " → " + m.catalogName() + " (" + m.reason().words() + ")"));
        }
        if (exerciseNames && !toCreate.isEmpty()) {
            lines.add("Exercises to be created:");
            toCreate.forEach(n -> lines.add("  " + n));
        }
        if (!present().isEmpty()) {
            lines.add("Already in the journal, left as they are: " + present().describe());
        }
        batch.skipped().forEach((reason, n) -> lines.add("Not imported: " + reason.describe(n)));
        lines.add("To add: " + toAdd().describe());
        return lines;
    }

    /** "2 lines: rest timers, not sets; 1 night: …": what was not imported, each in its own unit. */
    static String skips(Map<SkipReason, Integer> skipped) {
        List<String> parts = new ArrayList<>();
        skipped.forEach((reason, n) -> parts.add(reason.describe(n)));
        return String.join("; ", parts);
    }
}
