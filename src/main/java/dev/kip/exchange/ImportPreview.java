package dev.kip.exchange;

import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ImportBatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an import would do, worked out before anything is written: what the file holds, which of
 * it is already in the journal (and will be skipped), how its exercise names map to the catalog
 * and which exercises will be created. {@code first}/{@code last} are null for a file without rows.
 */
public record ImportPreview(
        ImportBatch batch,
        LocalDate first,
        LocalDate last,
        List<ExerciseMatch> matches,
        List<String> toCreate,
        int workoutsPresent,
        int setsPresent,
        int nightsPresent,
        int deviceNightsPresent,
        int weightsPresent) {

    /** A name in the file and the catalog exercise it was matched to. */
    public record ExerciseMatch(String fileName, String catalogName) {
    }

    public ImportPreview {
        matches = List.copyOf(matches);
        toCreate = List.copyOf(toCreate);
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

    /** The preview as lines of plain text, as the command line prints it and the dialog shows it. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s (%s)", batch.fileName(), batch.format().displayName()));
        lines.add("Found: " + rows(batch.workouts().size(), batch.setCount(), batch.nights().size(), batch.deviceNights().size(),
                batch.bodyWeights().size()) + (first == null ? "" : ", from " + first + " to " + last));
        if (assumedUnit() != null) {
            lines.add("Weights: the file does not say their unit; assumed " + assumedUnit().name().toLowerCase(Locale.ROOT) + ".");
        }
        if (!matches.isEmpty()) {
            lines.add("Exercises matched to the catalog:");
            matches.forEach(m -> lines.add("  " + m.fileName() + " → " + m.catalogName()));
        }
        if (!toCreate.isEmpty()) {
            lines.add("Exercises to be created:");
            toCreate.forEach(n -> lines.add("  " + n));
        }
        int present = workoutsPresent + nightsPresent + deviceNightsPresent + weightsPresent;
        if (present > 0) {
            lines.add("Already in the journal, skipped: "
                    + rows(workoutsPresent, setsPresent, nightsPresent, deviceNightsPresent, weightsPresent));
        }
        batch.skipped().forEach((reason, n) -> lines.add("Not imported: " + n + " " + reason.description()));
        lines.add("To add: " + rows(workoutsToAdd(), setsToAdd(), nightsToAdd(), deviceNightsToAdd(), weightsToAdd()));
        return lines;
    }

    /** "2 workouts (8 sets), 3 device nights": the kinds present, or "nothing". */
    static String rows(int workouts, int sets, int nights, int deviceNights, int weights) {
        List<String> parts = new ArrayList<>();
        if (workouts > 0) {
            parts.add(count(workouts, "workout") + " (" + count(sets, "set") + ")");
        }
        if (nights > 0) {
            parts.add(count(nights, "diary night"));
        }
        if (deviceNights > 0) {
            parts.add(count(deviceNights, "device night"));
        }
        if (weights > 0) {
            parts.add(count(weights, "body weight"));
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
