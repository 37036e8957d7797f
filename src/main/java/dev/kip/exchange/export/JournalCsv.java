package dev.kip.exchange.export;

import dev.kip.domain.BodyWeight;
import dev.kip.domain.DeviceNight;
import dev.kip.domain.Factors;
import dev.kip.exchange.read.CsvCells;
import dev.kip.insight.ClockTimeFormat;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The CSV layouts of the journal tables that have no exporter of their own (DESIGN.md, export
 * columns): device nights, body weights and the daily factors. Empty cells are "not recorded".
 */
public final class JournalCsv {

    /**
     * {@code start}/{@code end} as ISO local date-times with seconds, e.g. 2024-03-03T23:41:00, in the night's
     * {@code zone} (an IANA id or an offset, the last column).
     */
    public static final CsvExport<DeviceNight> DEVICE_SLEEP = new CsvExport<>(
            List.of("date", "source", "start", "end", "in_bed_min", "asleep_min", "awake_min", "core_min", "deep_min", "rem_min",
                    "zone"),
            n -> List.of(n.date(), CsvCells.neutralise(n.source()), DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(n.start()),
                    DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(n.end()), n.inBedMin(), n.asleepMin(), n.awakeMin(),
                    n.coreMin(), n.deepMin(), n.remMin(), n.zone().getId()));

    public static final CsvExport<BodyWeight> BODY_WEIGHT = new CsvExport<>(List.of("date", "weight_kg", "source"),
            w -> cells(w.date(), plain(w.kg()), CsvCells.neutralise(w.source())));

    /** Clock times HH:MM, {@code screens}/{@code room} as their stored names, {@code late_hard_training} 0/1. */
    public static final CsvExport<Factors> FACTORS = new CsvExport<>(
            List.of("date", "caffeine_drinks", "last_caffeine", "alcohol_drinks", "screens", "late_hard_training", "room",
                    "room_temp_c", "nap_start", "nap_min"),
            f -> cells(f.date(), f.caffeineDrinks(), hhmm(f.lastCaffeine()), f.alcoholDrinks(), f.screens(),
                    f.lateHardTraining() == null ? null : f.lateHardTraining() ? 1 : 0, f.room(),
                    f.roomTempC() == null ? null : plain(f.roomTempC()), hhmm(f.napStart()), f.napMin()));

    private JournalCsv() {
    }

    /** A row that may hold nulls (List.of refuses them); Commons CSV prints null as an empty cell. */
    private static List<?> cells(Object... values) {
        return Arrays.asList(values);
    }

    private static String hhmm(LocalTime t) {
        return t == null ? null : ClockTimeFormat.format(t, true);
    }

    /** 82.5, not 82.50 or 8.25E1. */
    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
