package dev.kip.report;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.Exercise;
import dev.kip.domain.SessionPain;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import dev.kip.insight.DayValue;
import dev.kip.insight.PainMonitoring;
import dev.kip.insight.PainMonitoring.Check;
import dev.kip.report.ReportModel.Monitoring;
import dev.kip.report.ReportModel.PainRow;
import dev.kip.report.ReportModel.PainSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pain part of the summary, which leads page 1: each region with pain in the range, how its pain
 * began, peaked and stands, the details the person gave last, and the pain-monitoring model's
 * verdicts on the sessions that loaded it. Two pain marks on one day count as the higher.
 */
final class PainPart {

    private PainPart() {
    }

    /**
     * @param marks  the marks of the range and of the {@value ReportModel#NEW_AFTER_DAYS} days before it (other kinds ignored)
     * @param checks the pain-monitoring checks of the sessions in the range
     */
    static PainSection of(List<BodyMark> marks, List<Check> checks, LocalDate from, LocalDate to) {
        LocalDate leadStart = from.minusDays(ReportModel.NEW_AFTER_DAYS);
        Map<String, TreeMap<LocalDate, BodyMark>> inRange = new HashMap<>();
        Map<String, Boolean> before = new HashMap<>();
        for (BodyMark m : marks) {
            if (m.kind() != SymptomKind.PAIN || m.date().isBefore(leadStart) || m.date().isAfter(to)) {
                continue;
            }
            if (m.date().isBefore(from)) {
                before.merge(m.regionId(), m.level() > 0, Boolean::logicalOr);
            } else {
                inRange.computeIfAbsent(m.regionId(), r -> new TreeMap<>())
                        .merge(m.date(), m, (a, b) -> a.level() >= b.level() ? a : b);
            }
        }
        Map<String, List<Check>> checksByRegion = new HashMap<>();
        for (Check c : checks) {
            if (!c.sessionDate().isBefore(from) && !c.sessionDate().isAfter(to)) {
                checksByRegion.computeIfAbsent(c.regionId(), r -> new ArrayList<>()).add(c);
            }
        }
        List<PainRow> rows = new ArrayList<>();
        inRange.forEach((region, days) -> {
            if (days.values().stream().anyMatch(m -> m.level() > 0)) {
                rows.add(row(region, days, before.getOrDefault(region, false), checksByRegion.getOrDefault(region, List.of())));
            }
        });
        rows.sort(Comparator.comparing(PainRow::peak, Comparator.reverseOrder())
                .thenComparing(PainRow::latest, Comparator.reverseOrder())
                .thenComparing(PainRow::daysMarked, Comparator.reverseOrder())
                .thenComparing(PainRow::regionId));
        return new PainSection(rows);
    }

    private static PainRow row(String region, TreeMap<LocalDate, BodyMark> days, boolean markedBefore, List<Check> checks) {
        BodyMark peak = days.values().stream().max(Comparator.comparingInt(BodyMark::level)
                .thenComparing(BodyMark::date, Comparator.reverseOrder())).orElseThrow();
        BodyMark latest = days.lastEntry().getValue();
        Optional<LocalDate> onset = markedBefore ? Optional.empty()
                : days.values().stream().filter(m -> m.level() > 0).map(BodyMark::date).findFirst();
        List<DayValue> levels = days.values().stream().map(m -> new DayValue(m.date(), m.level())).toList();
        String details = days.descendingMap().values().stream().filter(m -> !m.details().isEmpty()).findFirst()
                .map(m -> m.details().describe() + " (" + Formats.day(m.date()) + ")").orElse("");
        int daysMarked = (int) days.values().stream().filter(m -> m.level() > 0).count();
        String name = BodyRegions.byId(region).map(BodyRegion::name).orElse(region);
        return new PainRow(region, name, onset, peak.level(), peak.date(), latest.level(), latest.date(), daysMarked, levels,
                details, monitoring(checks));
    }

    private static Monitoring monitoring(List<Check> checks) {
        int within = 0;
        int outside = 0;
        int incomplete = 0;
        for (Check c : checks) {
            switch (c.state()) {
                case WITHIN -> within++;
                case OUTSIDE -> outside++;
                case INCOMPLETE -> incomplete++;
            }
        }
        Optional<Check> latest = checks.stream().max(Comparator.comparing(Check::sessionDate).thenComparingLong(Check::workoutId));
        return new Monitoring(within, outside, incomplete, latest);
    }

    /** The sessions in the range as the model sees them. */
    static List<PainMonitoring.Session> sessions(List<Workout> workouts, Map<Long, Exercise> catalog,
            Map<Long, List<SessionPain>> pains) {
        List<PainMonitoring.Session> out = new ArrayList<>();
        for (Workout w : workouts) {
            out.add(PainMonitoring.session(w, catalog, pains.getOrDefault(w.id(), List.of())));
        }
        return out;
    }
}
