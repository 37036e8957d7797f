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
}
