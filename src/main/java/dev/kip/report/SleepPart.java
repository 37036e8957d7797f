package dev.kip.report;

import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.insight.ClockTimeSpread;
import dev.kip.insight.DayValue;
import dev.kip.insight.SleepFigures;
import dev.kip.insight.SleepMetrics;
import dev.kip.insight.SleepSummary;
import dev.kip.report.ReportModel.SleepAverages;
import dev.kip.report.ReportModel.SleepSection;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The sleep part of the summary from the diary nights of a range (Consensus Sleep Diary figures,
 * see insight.SleepMetrics). Averages are over the nights logged; the debt is the 14-night debt on
 * the range's last day, so the caller passes the 13 nights before the range too.
 */
final class SleepPart {

    private SleepPart() {
    }

    /**
     * @param nights  diary nights from {@code from − 13} to {@code to}; those before {@code from} count only for the debt
     * @param sources which source stands for each night of the range, as {@link dev.kip.insight.NightSourceChoice} says it
     */
    static SleepSection of(List<Night> nights, List<Factors> factors, LocalDate from, LocalDate to, int targetMin,
                           String sources) {
        List<DayValue> nightly = new ArrayList<>();
        List<LocalTime> wakes = new ArrayList<>();
        double tst = 0, se = 0, sol = 0, waso = 0, awakenings = 0, quality = 0, rested = 0;
        int shortNights = 0;
        int lowEfficiency = 0;
        for (Night n : nights) {
            if (n.date().isBefore(from) || n.date().isAfter(to)) {
                continue;
            }
            SleepFigures f = SleepMetrics.of(n);
            nightly.add(new DayValue(n.date(), f.tstMin()));
            wakes.add(n.finalWake());
            tst += f.tstMin();
            se += f.sePct();
            sol += f.solMin();
            waso += f.wasoMin();
            awakenings += n.awakenings();
            quality += n.quality();
            rested += n.rested();
            shortNights += f.tstMin() < SleepSection.SHORT_BELOW_MIN ? 1 : 0;
            lowEfficiency += f.sePct() < SleepSection.LOW_EFFICIENCY_BELOW_PCT ? 1 : 0;
        }
        int count = nightly.size();
        Optional<SleepAverages> averages = count == 0 ? Optional.empty() : Optional.of(new SleepAverages(tst / count,
                se / count, sol / count, waso / count, awakenings / count, quality / count, rested / count));
        OptionalDouble wakeSd = count < SleepSummary.MIN_NIGHTS_FOR_REGULARITY ? OptionalDouble.empty()
                : ClockTimeSpread.sdMinutes(wakes);
        int debt = SleepSummary.of(nights, factors, to, targetMin).debtMin();
        return new SleepSection(count, averages, debt, wakeSd, nightly, targetMin, shortNights, lowEfficiency, sources);
    }
}
