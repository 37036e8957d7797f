package dev.kip.exchange;

import java.util.Locale;

/** What an import added to the journal, and how many rows it skipped (already present or not importable). */
public record ImportResult(int workouts, int sets, int nights, int deviceNights, int weights, int exercisesCreated, int skipped) {

    /** One line for the command line and the dialog. */
    public String describe() {
        return "Added " + ImportPreview.rows(workouts, sets, nights, deviceNights, weights) + "; created "
                + ImportPreview.count(exercisesCreated, "exercise") + String.format(Locale.ROOT, "; skipped %,d rows.", skipped);
    }
}
