package dev.kip.ui.training;

import dev.kip.domain.SessionBest;
import dev.kip.domain.Settings;
import dev.kip.insight.DayValue;
import dev.kip.insight.E1rm;
import dev.kip.insight.Units;
import dev.kip.style.Role;
import dev.kip.ui.chart.Axis;
import dev.kip.ui.chart.Series;
import dev.kip.ui.chart.TimeData;
import dev.kip.ui.chart.ValueAxis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Predicate;

/**
 * The Lifts tab's chart: one exercise's best e1RM per session, in the person's unit and formula,
 * as a line over the sessions' dates; sessions whose best set had more than
 * {@value E1rm#LOW_CONFIDENCE_ABOVE_REPS} reps are marked again with a grey dot, a series of their
 * own (left out when there are none): low confidence.
 */
final class E1rmChartData {
    static final String LOW_CONFIDENCE = "best set over " + E1rm.LOW_CONFIDENCE_ABOVE_REPS + " reps (low confidence)";

    private E1rmChartData() {
    }

    /** {@code sessions} oldest first. */
    static TimeData of(String exercise, List<SessionBest> sessions, Settings settings) {
        Settings.MassUnit unit = settings.massUnit();
        DoubleFunction<String> format = v -> Units.formatWithUnit(Units.toKg(v, unit), unit, settings.weightStep());
        LocalDate from = sessions.isEmpty() ? LocalDate.now() : sessions.get(0).date();
        LocalDate to = sessions.isEmpty() ? from : sessions.get(sessions.size() - 1).date();
        String formula = E1rm.name(settings.e1rmFormula());
        List<Series> series = new ArrayList<>();
        series.add(new Series("e1RM per session", values(sessions, s -> true, unit), Axis.LEFT, Role.STRENGTH,
                new Series.Line(Integer.MAX_VALUE, false), "sessions", format));
        List<DayValue> loose = values(sessions, s -> E1rm.isLowConfidence(s.reps()), unit);
        if (!loose.isEmpty()) {
            series.add(new Series(LOW_CONFIDENCE, loose, Axis.LEFT, Role.MUTED, new Series.Dots(), "sessions", format));
        }
        return new TimeData("e1RM of " + exercise, from, to, series, List.of(),
                ValueAxis.fitted("e1RM (" + Units.label(unit) + ", " + formula + ")",
                        v -> String.format(Locale.ROOT, "%.0f", v)),
                ValueAxis.NONE, "No work sets of " + exercise + " logged yet.");
    }

    private static List<DayValue> values(List<SessionBest> sessions, Predicate<SessionBest> which, Settings.MassUnit unit) {
        return sessions.stream().filter(which).map(s -> new DayValue(s.date(), Units.fromKg(s.bestE1rm(), unit))).toList();
    }
}
