package dev.kip.insight;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SpearmanPropertyTest {

    /** Pairs of columns of equal length; small integer values so that ties are common. */
    @Provide
    Arbitrary<double[][]> columns() {
        return Arbitraries.integers().between(0, 40).flatMap(n -> {
            Arbitrary<double[]> column = Arbitraries.integers().between(-6, 6).array(int[].class).ofSize(n)
                    .map(ints -> Arrays.stream(ints).asDoubleStream().toArray());
            return column.list().ofSize(2).map(l -> new double[][]{l.get(0), l.get(1)});
        });
    }

    @Property
    void rhoIsWithinMinusOneAndOne(@ForAll("columns") double[][] xy) {
        Double rho = Spearman.rho(xy[0], xy[1]);
        if (rho != null) {
            assertThat(rho).isBetween(-1.0, 1.0);
        }
    }

    @Property
    void rhoIsSymmetricInItsArguments(@ForAll("columns") double[][] xy) {
        Double xy1 = Spearman.rho(xy[0], xy[1]);
        Double yx = Spearman.rho(xy[1], xy[0]);
        if (xy1 == null) {
            assertThat(yx).isNull();
        } else {
            assertThat(yx).isCloseTo(xy1, within(1e-12));
        }
    }

    @Property(tries = 50)
    void theIntervalIsOrderedAndWithinMinusOneAndOne(@ForAll("columns") double[][] xy) {
        Correlation c = Spearman.correlate(xy[0], xy[1]);
        if (c.ciLow() != null) {
            assertThat(c.ciLow()).isBetween(-1.0, 1.0).isLessThanOrEqualTo(c.ciHigh());
            assertThat(c.ciHigh()).isBetween(-1.0, 1.0);
        }
    }
}
