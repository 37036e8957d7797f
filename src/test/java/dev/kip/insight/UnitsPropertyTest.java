package dev.kip.insight;

import dev.kip.domain.Settings.MassUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UnitsPropertyTest {

    @Property
    void aKgValueShownUnroundedInPoundsAndParsedBackStaysTheSame(
            @ForAll @DoubleRange(min = 0, max = 500) @Scale(2) double kg) {
        String shownUnrounded = Double.toString(Units.fromKg(kg, MassUnit.LB));
        assertThat(Units.parseToKg(shownUnrounded, MassUnit.LB)).isCloseTo(kg, within(0.005));
    }

    @Property
    void anUneditedFieldKeepsTheStoredKgExactly(@ForAll @DoubleRange(min = 0, max = 500) double kg,
                                                 @ForAll MassUnit unit, @ForAll("steps") double step) {
        String shown = Units.format(kg, unit, step);
        assertThat(Units.keptOrEntered(kg, shown, shown, unit)).isEqualTo(kg);
    }

    @Property
    void aRoundedDisplayIsOffByAtMostHalfAStep(@ForAll @DoubleRange(min = 0, max = 500) double kg,
                                               @ForAll MassUnit unit, @ForAll("steps") double step) {
        double shown = Double.parseDouble(Units.format(kg, unit, step));
        assertThat(shown).isCloseTo(Units.fromKg(kg, unit), within(step / 2 + 1e-9));
        assertThat(shown / step).isCloseTo(Math.rint(shown / step), within(1e-9));
    }

    @Provide
    Arbitrary<Double> steps() {
        return Arbitraries.of(0.1, 0.25, 0.5);
    }
}
