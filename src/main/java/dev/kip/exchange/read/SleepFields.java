package dev.kip.exchange.read;

import dev.kip.exchange.parse.ImportException;

/** Reading the durations and times of a sleep tracker's CSV row, with the checks every such parser makes. */
public final class SleepFields {

    /** No sleep record lasts longer than this; longer values are not durations of a sleep. */
    static final double MAX_SECONDS = 48 * 3600;

    private SleepFields() {
    }

    /**
     * A duration in whole minutes: the cell's number times {@code secondsPerUnit} (1 for seconds,
     * 60 for minutes); 0 for an empty cell or a column the file does not have.
     */
    public static int minutes(CsvRows rows, int column, double secondsPerUnit) throws ImportException {
        Double value = column < 0 ? null : rows.decimal(column);
        if (value == null) {
            return 0;
        }
        double seconds = value * secondsPerUnit;
        if (seconds < 0 || seconds > MAX_SECONDS) {
            throw rows.error(column, "'" + rows.text(column) + "' is not a length of sleep (0 to 48 hours)");
        }
        return (int) Math.round(seconds / 60);
    }

    /** A timestamp cell (see {@link Stamps#parse}); an empty or bad one is an error naming the column. */
    public static Stamps.Stamp stamp(CsvRows rows, int column) throws ImportException {
        Stamps.Stamp stamp = Stamps.parse(rows.text(column));
        if (stamp == null) {
            throw rows.error(column, "'" + rows.text(column) + "' is not a time like 2024-03-04 06:30:00");
        }
        return stamp;
    }
}
