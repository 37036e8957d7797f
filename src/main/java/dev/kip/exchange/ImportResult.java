package dev.kip.exchange;

import dev.kip.exchange.parse.SkipReason;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What an import added to the journal, what it left alone because the journal already had it,
 * and what of the file it did not import and why (counted in lines, records or nights).
 */
public record ImportResult(RowCounts added, int exercisesCreated, RowCounts present, Map<SkipReason, Integer> notImported) {

    public ImportResult {
        notImported = Collections.unmodifiableMap(notImported.isEmpty() ? new EnumMap<>(SkipReason.class) : new EnumMap<>(notImported));
    }

    public int workouts() {
        return added.workouts();
    }

    public int sets() {
        return added.sets();
    }

    public int deviceNights() {
        return added.deviceNights();
    }

    /** One or two sentences for the command line and the dialog. */
    public String describe() {
        return describe("Added ", "; created ");
    }

    /** As {@link #describe}, for a dry run: what the import would do, found by doing it and undoing it. */
    public String describeDryRun() {
        return describe("Dry run (imported and rolled back): it would add ", " and create ");
    }

    private String describe(String add, String create) {
        StringBuilder b = new StringBuilder(add).append(added.describe()).append(create)
                .append(RowCounts.count(exercisesCreated, "exercise")).append('.');
        if (!present.isEmpty()) {
            b.append(" Already in the journal, left as they were: ").append(present.describe()).append('.');
        }
        if (!notImported.isEmpty()) {
            b.append(" Not imported: ").append(ImportPreview.skips(notImported)).append('.');
        }
        return b.toString();
    }
}
