package dev.kip.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kip.insight.DayValue;
import dev.kip.style.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeDataTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 2);

    private static Series kg(String name, double... values) {
        List<DayValue> points = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new DayValue(D.plusDays(7L * i), values[i]));
        }
        return new Series(name, points, Axis.LEFT, Role.STRENGTH, new Series.Line(28, false), "sessions",
                v -> String.format(Locale.ROOT, "%.0f kg", v));
    }

    private static TimeData data(String title, Series... series) {
        return new TimeData(title, D, D.plusDays(60), List.of(series), List.of(), ValueAxis.NONE, ValueAxis.NONE,
                "No sets logged yet.");
    }

    @Test
    void oneSeriesIsSaidAfterTheTitle() {
        assertThat(data("e1RM of Back Squat", kg("e1RM per session", 120, 165, 160)).summary())
                .isEqualTo("e1RM of Back Squat, 3 sessions, from 120 kg to 160 kg, highest 165 kg");
        assertThat(data("e1RM of Back Squat", kg("e1RM per session", 120)).summary())
                .isEqualTo("e1RM of Back Squat, 1 session, 120 kg");
    }

    @Test
    void severalSeriesAreNamedInTurnAndEmptyOnesLeftOut() {
        assertThat(data("Strength", kg("Squat", 120, 130), kg("Bench", 80, 85), kg("Row")).summary())
                .isEqualTo("Strength: Squat, 2 sessions, from 120 kg to 130 kg, highest 130 kg; "
                        + "Bench, 2 sessions, from 80 kg to 85 kg, highest 85 kg");
    }

    @Test
    void nothingToDrawSaysSo() {
        assertThat(data("e1RM of Back Squat", kg("e1RM per session")).summary()).isEqualTo("e1RM of Back Squat: No sets logged yet.");
        assertThat(data("", kg("e1RM per session")).summary()).isEqualTo("No sets logged yet.");
        assertThat(data("", kg("e1RM per session")).isEmpty()).isTrue();
        assertThat(TimeData.nothing().isEmpty()).isTrue();
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new TimeData("", D, D.minusDays(1), List.of(), List.of(), ValueAxis.NONE, ValueAxis.NONE, ""))
                .hasMessage("range: 2026-03-01 is before 2026-03-02");
    }
}
