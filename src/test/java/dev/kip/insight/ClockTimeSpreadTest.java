package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ClockTimeSpreadTest {

    private static List<LocalTime> times(String... hhmm) {
        List<LocalTime> out = new ArrayList<>();
        for (String t : hhmm) {
            out.add(LocalTime.parse(t));
        }
        return out;
    }

    @Test
    void timesAcrossMidnightAreMinutesApartNotHours() {
        // 23:50 and 00:10: ±10 around 00:00 → SD = √((100 + 100) / 1) = 14.142.
        assertThat(ClockTimeSpread.sdMinutes(times("23:50", "00:10"))).hasValueCloseTo(14.142, within(0.001));
        // 22:00, 23:00, 00:00, 01:00, 02:00: −120, −60, 0, 60, 120 → Σ squares 36 000 / 4 = 9000 → SD 94.868.
        assertThat(ClockTimeSpread.sdMinutes(times("22:00", "23:00", "00:00", "01:00", "02:00")))
                .hasValueCloseTo(94.868, within(0.001));
    }

    @Test
    void daytimeTimesGiveTheOrdinarySd() {
        // 06:00, 07:00, 08:00: −60, 0, 60 → Σ squares 7200 / 2 = 3600 → SD 60.
        assertThat(ClockTimeSpread.sdMinutes(times("06:00", "07:00", "08:00"))).hasValueCloseTo(60.0, within(1e-9));
        assertThat(ClockTimeSpread.sdMinutes(times("07:00", "07:00", "07:00"))).hasValueCloseTo(0.0, within(1e-9));
    }

    @Test
    void oneTimeHasNoSpread() {
        assertThat(ClockTimeSpread.sdMinutes(times("07:00"))).isEmpty();
        assertThat(ClockTimeSpread.sdMinutes(List.of())).isEmpty();
    }

    @Property
    void turningEveryTimeByTheSameAmountKeepsTheSpread(
            @ForAll @Size(min = 2, max = 20) List<@IntRange(min = 0, max = 600) Integer> offsetsMin,
            @ForAll @IntRange(min = 0, max = 1439) int startMin,
            @ForAll @IntRange(min = 0, max = 1439) int turnMin) {
        // Times within a 10-h span starting anywhere on the clock, then the same times turned by turnMin.
        List<LocalTime> times = new ArrayList<>();
        List<LocalTime> turned = new ArrayList<>();
        double sum = 0;
        for (int offset : offsetsMin) {
            times.add(LocalTime.MIDNIGHT.plusMinutes(startMin + offset));
            turned.add(LocalTime.MIDNIGHT.plusMinutes(startMin + offset + turnMin));
            sum += offset;
        }
        // Within a 10-h span unwrapping changes nothing: the SD is the plain SD of the offsets.
        double mean = sum / offsetsMin.size();
        double squares = 0;
        for (int offset : offsetsMin) {
            squares += (offset - mean) * (offset - mean);
        }
        double expected = Math.sqrt(squares / (offsetsMin.size() - 1));
        assertThat(ClockTimeSpread.sdMinutes(times)).hasValueCloseTo(expected, within(1e-6));
        assertThat(ClockTimeSpread.sdMinutes(turned)).hasValueCloseTo(expected, within(1e-6));
    }

    @Test
    void aStretchOfTimesWorkedOutOnceHasTheSpreadOfThoseTimesAlone() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        List<LocalTime> times = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            times.add(LocalTime.ofSecondOfDay(random.nextInt(86_400)));
        }
        ClockTimeSpread.OnClock onClock = ClockTimeSpread.OnClock.of(times);
        for (int from = 0; from < 60; from += 7) {
            for (int to = from; to <= Math.min(60, from + 20); to++) {
                assertThat(onClock.sdMinutes(from, to)).isEqualTo(ClockTimeSpread.sdMinutes(times.subList(from, to)));
                if (to - from >= 2) {
                    assertThat(onClock.sdMinutes(from, to).getAsDouble())
                            .isCloseTo(textbookSd(times.subList(from, to)), within(1e-9));
                }
            }
        }
    }

    /** The spread the plain way: the mean direction from the angles' sines and cosines, each time unwrapped to ±12 h of it. */
    static double textbookSd(List<LocalTime> times) {
        double sin = 0;
        double cos = 0;
        for (LocalTime t : times) {
            double angle = 2 * Math.PI * (t.toSecondOfDay() / 60.0) / 1440;
            sin += Math.sin(angle);
            cos += Math.cos(angle);
        }
        double reference = Math.atan2(sin, cos) * 1440 / (2 * Math.PI);
        double[] unwrapped = new double[times.size()];
        double mean = 0;
        for (int i = 0; i < unwrapped.length; i++) {
            double delta = times.get(i).toSecondOfDay() / 60.0 - reference;
            while (delta >= 720) {
                delta -= 1440;
            }
            while (delta < -720) {
                delta += 1440;
            }
            unwrapped[i] = reference + delta;
            mean += unwrapped[i] / unwrapped.length;
        }
        double squares = 0;
        for (double u : unwrapped) {
            squares += (u - mean) * (u - mean);
        }
        return Math.sqrt(squares / (unwrapped.length - 1));
    }
}
