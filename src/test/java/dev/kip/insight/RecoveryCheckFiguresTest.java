package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The recovery check's data lines and {@link Decimals}, written without String.format, say what String.format said. */
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
            assertThat(Decimals.grouped(Math.round(volume))).isEqualTo(String.format(Locale.ROOT, "%,.0f", volume));
            assertThat(Long.toString(Math.round(volume))).isEqualTo(String.format(Locale.ROOT, "%.0f", volume));
        }
        assertThat(Decimals.grouped(1_234_567)).isEqualTo("1,234,567");
        assertThat(Decimals.grouped(-1_234)).isEqualTo("-1,234");
    }

    @Test
    void decimalsAsStringFormatWroteThem() {
        Random random = new Random(21);
        double[] edges = {0, -0.0, 0.05, -0.05, 0.15, 0.25, -0.04, 0.04, 0.45, 2.5, -2.5, 99.95, 1e20, 1234.55, Double.MIN_VALUE};
        for (int i = 0; i < 100_000 + edges.length; i++) {
            double v = i < edges.length ? edges[i]
                    : i % 3 == 0 ? (random.nextInt(2001) - 1000) / 100.0
                    : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(7));
            assertThat(Decimals.fixed(v, 1)).as("%%.1f of %s", v).isEqualTo(String.format(Locale.ROOT, "%.1f", v));
            assertThat(Decimals.signed(v, 1)).as("%%+.1f of %s", v).isEqualTo(String.format(Locale.ROOT, "%+.1f", v));
            assertThat(Decimals.signed(v * 100, 0)).as("%%+.0f of %s", v * 100).isEqualTo(String.format(Locale.ROOT, "%+.0f", v * 100));
        }
    }

    private static String old(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
