package dev.kip.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.insight.ClockTimeFormat;
import dev.kip.insight.SleepFigures;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The export's cheap formatting writes the same bytes String.format wrote before it, for every value
 * it can meet: every clock time, and SE for every TIB of up to a day and every TST within it.
 */
class SleepCsvFiguresTest {

    @Test
    void seIsWhatStringFormatWroteForEveryTibAndTst() {
        int differences = 0;
        for (int tib = 0; tib <= 24 * 60; tib++) {
            for (int tst = 0; tst <= tib; tst++) {
                double se = tib == 0 ? 0 : tst * 100.0 / tib; // as SleepMetrics computes it
                String cheap = SleepCsvExport.sePct(figures(tib, tst, se));
                if (!cheap.equals(String.format(Locale.ROOT, "%.1f", se))) {
                    differences++;
                }
            }
        }
        assertThat(differences).isZero();
        assertThat(SleepCsvExport.sePct(figures(420, 400, 400 * 100.0 / 420))).isEqualTo("95.2");
        assertThat(SleepCsvExport.sePct(figures(400, 49, 49 * 100.0 / 400))).as("12.25, a tie, rounds up").isEqualTo("12.3");
    }

    @Test
    void clockTimesAreWhatStringFormatWroteForEveryMinute() {
        for (int minute = 0; minute < 24 * 60; minute++) {
            LocalTime t = LocalTime.of(minute / 60, minute % 60);
            assertThat(ClockTimeFormat.format(t, true)).isEqualTo(String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute()));
            int h12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
            assertThat(ClockTimeFormat.format(t, false))
                    .isEqualTo(String.format(Locale.ROOT, "%d:%02d %s", h12, t.getMinute(), t.getHour() < 12 ? "am" : "pm"));
        }
    }

    private static SleepFigures figures(int tib, int tst, double se) {
        return new SleepFigures(tib, tst, se, 0, 0, tib, null, null, null, null, null);
    }
}
