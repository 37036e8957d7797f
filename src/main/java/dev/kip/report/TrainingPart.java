package dev.kip.report;

import dev.kip.domain.SessionBest;
import dev.kip.domain.Workout;
import dev.kip.insight.DayValue;
import dev.kip.insight.TrainingLoad;
import dev.kip.report.ReportModel.LiftTrend;
import dev.kip.report.ReportModel.TrainingSection;
import dev.kip.report.ReportModel.WeekLoad;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The training part of the summary: sessions per week, the session load (sRPE × minutes) of every
 * ISO week the range touches, the acute:chronic ratio on the last day and e1RM trends of the lifts
 * the caller chose.
 */
final class TrainingPart {

    /** The start and end of a lift trend are its best e1RM over the range's first and last this many days. */
    static final int TREND_ENDS_DAYS = 14;
    private static final int ACWR_LEAD_DAYS = 27;

    private TrainingPart() {
    }

    /** A lift to follow: its name, whether it is a main lift and the marked regions it loads. */
    record LiftChoice(long exerciseId, String name, boolean mainLift, List<String> loadsMarked) {
    }

    /**
     * @param workouts from {@code from − 27} to {@code to}: the days before the range count only for the ratio
     * @param bests    session bests in the range of the chosen lifts
     */
    static TrainingSection of(List<Workout> workouts, List<SessionBest> bests, List<LiftChoice> lifts, LocalDate from,
            LocalDate to) {
        List<Workout> inRange = workouts.stream().filter(w -> !w.date().isBefore(from) && !w.date().isAfter(to)).toList();
        double weeks = (to.toEpochDay() - from.toEpochDay() + 1) / 7.0;
        List<LocalDate> heavier = inRange.stream().filter(Workout::feltHeavier).map(Workout::date).toList();
        TrainingLoad forRatio = TrainingLoad.of(workouts.stream()
                .filter(w -> !w.date().isBefore(to.minusDays(ACWR_LEAD_DAYS)) && !w.date().isAfter(to)).toList());
        List<LiftTrend> trends = new ArrayList<>();
        for (LiftChoice lift : lifts) {
            List<DayValue> sessions = bests.stream().filter(b -> b.exerciseId() == lift.exerciseId())
                    .map(b -> new DayValue(b.date(), b.bestE1rm())).toList();
            if (!sessions.isEmpty()) {
                trends.add(new LiftTrend(lift.name(), lift.mainLift(), lift.loadsMarked(), sessions,
                        best(sessions, from, from.plusDays(TREND_ENDS_DAYS - 1L)),
                        best(sessions, to.minusDays(TREND_ENDS_DAYS - 1L), to)));
            }
        }
        return new TrainingSection(inRange.size(), inRange.size() / weeks, weeklyLoad(inRange, from, to),
                forRatio.acwr(to), trends, heavier);
    }

    /** Every ISO week from the one holding {@code from} to the one holding {@code to}, weeks without load at 0. */
    static List<WeekLoad> weeklyLoad(List<Workout> inRange, LocalDate from, LocalDate to) {
        Map<LocalDate, Double> totals = new TreeMap<>();
        for (LocalDate w = TrainingLoad.weekStart(from); !w.isAfter(to); w = w.plusWeeks(1)) {
            totals.put(w, 0.0);
        }
        totals.putAll(TrainingLoad.of(inRange).weeklyTotals());
        List<WeekLoad> out = new ArrayList<>();
        totals.forEach((start, load) -> out.add(new WeekLoad(start, load,
                start.isBefore(from) || start.plusDays(6).isAfter(to))));
        return out;
    }

    private static OptionalDouble best(List<DayValue> sessions, LocalDate from, LocalDate to) {
        return sessions.stream().filter(p -> !p.date().isBefore(from) && !p.date().isAfter(to))
                .mapToDouble(DayValue::value).max();
    }
}
