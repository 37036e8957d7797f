package dev.kip.exchange.export;

import dev.kip.domain.Night;
import dev.kip.exchange.read.CsvCells;
import dev.kip.files.AtomicFiles;
import dev.kip.insight.ClockTimeFormat;
import dev.kip.insight.SleepFigures;
import dev.kip.insight.SleepMetrics;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The diary nights as CSV (DESIGN.md, export columns): one row per night, oldest first, ISO dates,
 * 24-hour HH:MM times, the derived TIB and TST in whole minutes and SE with one decimal. After the
 * DESIGN.md columns come {@code woke_early} (0/1) and {@code zone} (the IANA id of the zone the night was
 * slept in, which its TIB, TST and SE are computed in), so that exporting and importing a night gives it back whole.
 */
public final class SleepCsvExport {

    public static final List<String> HEADER = List.of("date", "into_bed", "tried_to_sleep", "sol_min", "awakenings",
            "waso_min", "final_wake", "out_of_bed", "quality", "rested", "tib_min", "tst_min", "se_pct", "note",
            "woke_early", "zone");

    /** Writes the nights to {@code file} via a temporary file; returns the number of rows. */
    public int write(List<Night> nights, Path file) throws IOException {
        AtomicFiles.write(file, w -> write(nights, w));
        return nights.size();
    }

    public void write(List<Night> nights, Writer out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(HEADER.toArray(String[]::new))
                .setRecordSeparator("\n")
                .get();
        CSVPrinter csv = new CSVPrinter(out, format);
        for (Night n : nights.stream().sorted(Comparator.comparing(Night::date)).toList()) {
            SleepFigures f = SleepMetrics.of(n);
            csv.printRecord(n.date(), hhmm(n.intoBed()), hhmm(n.triedToSleep()), n.solMin(), n.awakenings(), n.wasoMin(),
                    hhmm(n.finalWake()), hhmm(n.outOfBed()), n.quality(), n.rested(), f.tibMin(), f.tstMin(),
                    sePct(f), CsvCells.neutralise(n.note()),
                    n.wokeEarly() ? 1 : 0, n.zone().getId());
        }
        csv.flush();
    }

    /**
     * SE with one decimal, rounded half up, exactly as {@code String.format("%.1f", sePct)} wrote it
     * (a test compares every TIB of up to a day with every TST in it), but in integers from the whole minutes SE is made
     * of: the formatter was a quarter of the export's time. TST / TIB is never within a double's error
     * of a tie it does not sit on, so the two roundings agree.
     */
    static String sePct(SleepFigures f) {
        if (f.tibMin() <= 0 || f.tstMin() < 0) {
            return String.format(Locale.ROOT, "%.1f", f.sePct());
        }
        long tenths = (2000L * f.tstMin() + f.tibMin()) / (2L * f.tibMin());
        return (tenths / 10) + "." + (tenths % 10);
    }

    private static String hhmm(LocalTime t) {
        return ClockTimeFormat.format(t, true);
    }
}
