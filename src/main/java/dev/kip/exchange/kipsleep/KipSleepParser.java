package dev.kip.exchange.kipsleep;

import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.RoomFeel;
import dev.kip.domain.ScreenTime;
import dev.kip.exchange.parse.ExportParser;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ParseContext;
import dev.kip.exchange.parse.SkipReason;
import dev.kip.exchange.read.CsvCells;
import dev.kip.exchange.read.CsvRows;
import dev.kip.exchange.read.DateTimes;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Kip's own sleep export ({@code kip export sleep}): the diary columns of DESIGN.md in that
 * order. The derived {@code tib_min,tst_min,se_pct} are ignored (Kip recomputes them). Columns
 * after {@code note} are allowed; those named like the journal's fields — {@code woke_early} and
 * the factors {@code caffeine_drinks,last_caffeine,alcohol_drinks,screens,late_hard_training,
 * room,room_temp_c,nap_start,nap_min} — are read, others ignored. {@code zone} (an IANA id) is the zone
 * the night was slept in; a file without it (or a row with it empty) was slept in the importing machine's zone.
 * The export quoted notes a spreadsheet would run as a formula ({@link CsvCells}); that one quote is
 * taken off again, so export then import gives every note back as it was typed.
 */
public final class KipSleepParser implements ExportParser {

    static final List<String> COLUMNS = List.of("date", "into_bed", "tried_to_sleep", "sol_min", "awakenings",
            "waso_min", "final_wake", "out_of_bed", "quality", "rested", "tib_min", "tst_min", "se_pct", "note");

    @Override
    public ImportFormat format() {
        return ImportFormat.KIP_SLEEP;
    }

    @Override
    public ImportBatch parse(InputStream in, ParseContext ctx) throws ImportException {
        try (CsvRows rows = CsvRows.open(in, ctx)) {
            List<String> names = rows.header().names();
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (i >= names.size() || !names.get(i).equalsIgnoreCase(COLUMNS.get(i))) {
                    throw ctx.error(1, null, "this is not a Kip sleep export: the header must start '"
                            + String.join(",", COLUMNS) + "' but is '" + rows.header().shown() + "'");
                }
            }
            rows.optional("note");
            Row row = new Row(rows, ctx.zone());
            List<Night> nights = new ArrayList<>();
            List<Factors> factors = new ArrayList<>();
            // A date given twice: the same values are one night written twice; other values leave unclear which is right.
            Map<LocalDate, Given> given = new HashMap<>();
            int repeated = 0;
            while (rows.next()) {
                Night night = row.night();
                Factors f = row.factors(night.date());
                Given earlier = given.putIfAbsent(night.date(), new Given(rows.line(), night, f));
                if (earlier != null) {
                    if (!earlier.night.equals(night) || !earlier.factors.equals(f)) {
                        throw rows.error(0, "a second night for " + night.date() + ", with other values than line " + earlier.line
                                + ": which one is right is unclear (keep one of the two lines)");
                    }
                    repeated++;
                    continue;
                }
                nights.add(night);
                if (!f.isEmpty()) {
                    factors.add(f);
                }
            }
            return new ImportBatch(ImportFormat.KIP_SLEEP, ctx.fileName(), null, List.of(), List.of(), List.of(),
                    nights, factors, repeated == 0 ? Map.of() : Map.of(SkipReason.REPEATED_NIGHT, repeated), rows.notices());
        }
    }

    /** A night as a line of the file gave it. */
    private record Given(long line, Night night, Factors factors) {
    }

    /** Reads one row's fields, with the checks the journal's schema makes. */
    private static final class Row {
        private final CsvRows rows;
        private final int wokeEarly;
        private final int caffeine;
        private final int lastCaffeine;
        private final int alcohol;
        private final int screens;
        private final int lateTraining;
        private final int room;
        private final int roomTemp;
        private final int napStart;
        private final int napMin;
        private final int zone;
        private final ZoneId defaultZone;

        Row(CsvRows rows, ZoneId defaultZone) {
            this.rows = rows;
            this.defaultZone = defaultZone;
            zone = trailing("zone");
            wokeEarly = trailing("woke_early");
            caffeine = trailing("caffeine_drinks");
            lastCaffeine = trailing("last_caffeine");
            alcohol = trailing("alcohol_drinks");
            screens = trailing("screens");
            lateTraining = trailing("late_hard_training");
            room = trailing("room");
            roomTemp = trailing("room_temp_c");
            napStart = trailing("nap_start");
            napMin = trailing("nap_min");
        }

        /** Extra columns are read only when the row has them: a shorter row leaves them "not recorded". */
        private int trailing(String name) {
            return rows.header().indexOf(name);
        }

        Night night() throws ImportException {
            LocalDate date = DateTimes.isoDate(rows.text(0));
            if (date == null) {
                throw rows.error(0, "'" + rows.text(0) + "' is not a date like 2024-03-04");
            }
            return new Night(date, clock(1, true), clock(2, true), number(3, 0, 1440, true), number(4, 0, 100, true),
                    number(5, 0, 1440, true), clock(6, true), clock(7, true), number(8, 1, 5, true),
                    number(9, 1, 5, true), flag(wokeEarly) == Boolean.TRUE, CsvCells.restore(rows.note(13)), zone());
        }

        private ZoneId zone() throws ImportException {
            String text = cell(zone);
            if (text.isEmpty()) {
                return defaultZone;
            }
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                throw rows.error(zone, "'" + text + "' is not a time zone id like Europe/Berlin");
            }
        }

        Factors factors(LocalDate date) throws ImportException {
            return new Factors(date, number(caffeine, 0, 50, false), clock(lastCaffeine, false),
                    number(alcohol, 0, 50, false), screens(), flag(lateTraining), room(), temperature(),
                    clock(napStart, false), number(napMin, 0, 600, false));
        }

        private String cell(int column) {
            return column >= 0 && column < rowSize() ? rows.text(column).strip() : "";
        }

        private int rowSize() {
            return rows.fieldCount();
        }

        private LocalTime clock(int column, boolean required) throws ImportException {
            String text = cell(column);
            if (text.isEmpty() && !required) {
                return null;
            }
            LocalTime t = DateTimes.clock(text);
            if (t == null) {
                throw rows.error(column, "'" + text + "' is not a clock time like 23:15");
            }
            return t;
        }

        private Integer number(int column, int min, int max, boolean required) throws ImportException {
            String text = cell(column);
            if (text.isEmpty() && !required) {
                return null;
            }
            Integer n = text.isEmpty() ? null : rows.integer(column);
            if (n == null || n < min || n > max) {
                throw rows.error(column, "'" + text + "' is not a whole number from " + min + " to " + max);
            }
            return n;
        }

        private Boolean flag(int column) throws ImportException {
            return switch (cell(column).toLowerCase(Locale.ROOT)) {
                case "" -> null;
                case "1", "true", "yes" -> true;
                case "0", "false", "no" -> false;
                default -> throw rows.error(column, "'" + cell(column) + "' is not 0 or 1");
            };
        }

        private ScreenTime screens() throws ImportException {
            String text = cell(screens);
            if (text.isEmpty()) {
                return null;
            }
            for (ScreenTime s : ScreenTime.values()) {
                if (s.name().equalsIgnoreCase(text) || s.label().equals(text)) {
                    return s;
                }
            }
            throw rows.error(screens, "'" + text + "' is not NONE, UNDER_30, FROM_30_TO_60 or OVER_60");
        }

        private RoomFeel room() throws ImportException {
            String text = cell(room);
            if (text.isEmpty()) {
                return null;
            }
            for (RoomFeel r : RoomFeel.values()) {
                if (r.name().equalsIgnoreCase(text)) {
                    return r;
                }
            }
            throw rows.error(room, "'" + text + "' is not COOL, OK or WARM");
        }

        private Double temperature() throws ImportException {
            if (cell(roomTemp).isEmpty()) {
                return null;
            }
            Double c = rows.decimal(roomTemp);
            if (c < -10 || c > 45) {
                throw rows.error(roomTemp, "'" + cell(roomTemp) + "' is not a room temperature from -10 to 45 °C");
            }
            return c;
        }
    }
}
