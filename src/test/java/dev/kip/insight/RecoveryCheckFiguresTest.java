package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The recovery check's data lines, written without String.format, say what String.format said. */
class RecoveryCheckFiguresTest {

    @Test
    void rpesAsStringFormatWroteThem() {
        Random random = new Random(21);
        for (int i = 0; i <= 1000; i++) {
            double rpe = i / 100.0;
            assertThat(RecoveryCheck.trim(rpe)).isEqualTo(old(rpe));
            double any = random.nextDouble() * 10;
            assertThat(RecoveryCheck.trim(any)).isEqualTo(old(any));
        }
        assertThat(RecoveryCheck.trim(7.25)).isEqualTo("7.3");
        assertThat(RecoveryCheck.trim(8)).isEqualTo("8");
    }

    @Test
    void volumesAndPercentagesAsStringFormatWroteThem() {
        Random random = new Random(21);
        for (int i = 0; i < 100_000; i++) {
            double volume = i < 2_000 ? i / 2.0 : random.nextDouble() * Math.pow(10, random.nextInt(9));
            assertThat(RecoveryCheck.grouped(Math.round(volume))).isEqualTo(String.format(Locale.ROOT, "%,.0f", volume));
            assertThat(Long.toString(Math.round(volume))).isEqualTo(String.format(Locale.ROOT, "%.0f", volume));
        }
        assertThat(RecoveryCheck.grouped(1_234_567)).isEqualTo("1,234,567");
        assertThat(RecoveryCheck.grouped(-1_234)).isEqualTo("-1,234");
    }

    private static String old(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
