package dev.kip.ui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kip.domain.SessionBest;
import dev.kip.domain.Settings;
import dev.kip.insight.DayValue;
import dev.kip.style.Role;
import dev.kip.ui.chart.Axis;
import dev.kip.ui.chart.Series;
import dev.kip.ui.chart.Ticks;
import dev.kip.ui.chart.TimeData;
import dev.kip.ui.chart.TimePlot;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class E1rmChartDataTest {
    private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);
    private static final LocalDate JAN_14 = LocalDate.of(2026, 1, 14);
    private static final LocalDate JAN_24 = LocalDate.of(2026, 1, 24);
    /** Best e1RM per session: 100 kg, then 110 kg from a 15-rep set (low confidence), then 120 kg. */
    private static final List<SessionBest> SESSIONS = List.of(
            new SessionBest(JAN_5, 1, 1, 100, 87.5, 4),
            new SessionBest(JAN_14, 2, 1, 110, 73.3, 15),
            new SessionBest(JAN_24, 3, 1, 120, 110, 3));

    @Test
    void aLineThroughEverySessionAndAGreyDotOnTheLowConfidenceOnes() {
        TimeData d = E1rmChartData.of("Back Squat", SESSIONS, Settings.DEFAULTS);
        assertThat(d.from()).isEqualTo(JAN_5);
        assertThat(d.to()).isEqualTo(JAN_24);
        assertThat(d.left().title()).isEqualTo("e1RM (kg, Epley)");
        Series line = d.series().get(0);
        assertThat(line.mark()).isEqualTo(new Series.Line(Integer.MAX_VALUE, false));
        assertThat(line.color()).isEqualTo(Role.STRENGTH);
        assertThat(line.points()).containsExactly(new DayValue(JAN_5, 100), new DayValue(JAN_14, 110), new DayValue(JAN_24, 120));
        Series loose = d.series().get(1);
        assertThat(loose.name()).isEqualTo("best set over 12 reps (low confidence)");
        assertThat(loose.mark()).isInstanceOf(Series.Dots.class);
        assertThat(loose.points()).containsExactly(new DayValue(JAN_14, 110));
        assertThat(d.summary()).isEqualTo("e1RM of Back Squat: e1RM per session, 3 sessions, from 100 kg to 120 kg, highest 120 kg; "
                + "best set over 12 reps (low confidence), 1 session, 110 kg");
    }

    @Test
    void sessionsLandInTheMiddleOfTheirDayAndAtTheirE1rm() {
        // 20 days (5–24 Jan) on 400 px: 20 px a day. 100 … 120 kg, pad 1 → nice(99, 121): step 5, 95 to 125, on 200 px.
        TimePlot p = TimePlot.of(E1rmChartData.of("Back Squat", SESSIONS, Settings.DEFAULTS), 40, 440, 30, 230);
        assertThat(p.leftScale()).isEqualTo(new Ticks.Scale(95, 125, 5));
        assertThat(p.x(JAN_5)).isEqualTo(50);   // 40 + 0.5 × 20
        assertThat(p.x(JAN_14)).isEqualTo(230); // 40 + 9.5 × 20
        assertThat(p.x(JAN_24)).isEqualTo(430); // 40 + 19.5 × 20
        assertThat(p.y(100, Axis.LEFT)).isCloseTo(230 - 5.0 / 30 * 200, within(1e-9));   // 196.67
        assertThat(p.y(120, Axis.LEFT)).isCloseTo(230 - 25.0 / 30 * 200, within(1e-9));  // 63.33
    }

    @Test
    void poundsAndBrzyckiAreWhatTheSettingsSay() {
        Settings lb = new Settings(Settings.MassUnit.LB, Settings.TempUnit.C, true, 480, Settings.E1rmFormula.BRZYCKI, "",
                Settings.Theme.LIGHT, Settings.Paper.A4, 0.1);
        TimeData d = E1rmChartData.of("Back Squat", SESSIONS.subList(0, 1), lb);
        assertThat(d.left().title()).isEqualTo("e1RM (lb, Brzycki)");
        assertThat(d.series()).as("no low-confidence session, no such series").hasSize(1);
        // 100 kg × 2.20462262185 = 220.46 lb, written to the 0.1 step
        assertThat(d.series().get(0).points().get(0).value()).isCloseTo(220.462, within(1e-3));
        assertThat(d.summary()).isEqualTo("e1RM of Back Squat, 1 session, 220.5 lb");
    }

    @Test
    void noSessionsSaySo() {
        TimeData d = E1rmChartData.of("Back Squat", List.of(), Settings.DEFAULTS);
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.summary()).isEqualTo("e1RM of Back Squat: No work sets of Back Squat logged yet.");
    }
}
