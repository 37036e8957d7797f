package dev.kip.insight;

import org.junit.jupiter.api.Test;

import static dev.kip.domain.Settings.MassUnit.KG;
import static dev.kip.domain.Settings.MassUnit.LB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class UnitsTest {

    @Test
    void convertsWithTheInternationalPound() {
        assertThat(Units.fromKg(100, LB)).isCloseTo(220.462262185, within(1e-9));
        assertThat(Units.toKg(220.462262185, LB)).isCloseTo(100.0, within(1e-9));
        assertThat(Units.fromKg(100, KG)).isEqualTo(100.0);
        assertThat(Units.toKg(102.5, KG)).isEqualTo(102.5);
    }

    @Test
    void formatsRoundedToTheStepWithoutTrailingZeros() {
        // 100 kg = 220.46 lb → 220.5 at 0.1 (2204.6 → 2205 tenths), at 0.25 (881.8 → 882 quarters), at 0.5 (440.9 → 441 halves)
        assertThat(Units.format(100, LB, 0.1)).isEqualTo("220.5");
        assertThat(Units.format(100, LB, 0.25)).isEqualTo("220.5");
        assertThat(Units.format(100, LB, 0.5)).isEqualTo("220.5");
        // 60 kg = 132.277 lb → 132.3 at 0.1, 132.25 at 0.25 (529.1 → 529), 132.5 at 0.5 (264.55 → 265)
        assertThat(Units.format(60, LB, 0.1)).isEqualTo("132.3");
        assertThat(Units.format(60, LB, 0.25)).isEqualTo("132.25");
        assertThat(Units.format(60, LB, 0.5)).isEqualTo("132.5");
        assertThat(Units.format(100, KG, 0.1)).isEqualTo("100");
        assertThat(Units.format(102.2, KG, 0.5)).isEqualTo("102");
        assertThat(Units.format(102.3, KG, 0.5)).isEqualTo("102.5");
        assertThat(Units.formatWithUnit(100, LB, 0.1)).isEqualTo("220.5 lb");
    }

    @Test
    void roundingToAStepLeavesNoFloatingPointTail() {
        assertThat(Units.roundToStep(100.3, 0.1)).isEqualTo(100.3);
        assertThat(Units.roundToStep(100.25, 0.5)).isEqualTo(100.5); // halves round up
        assertThatThrownBy(() -> Units.roundToStep(100, 0)).hasMessageContaining("weight step");
    }

    @Test
    void hundredKgShownInPoundsAndSavedUneditedStaysHundredKg() {
        String shown = Units.format(100, LB, 0.1);
        // Parsing the rounded 220.5 lb back would drift: 220.5 / 2.20462262185 = 100.0171 kg.
        assertThat(Units.parseToKg(shown, LB)).isCloseTo(100.0171, within(0.0001));
        // So an untouched field keeps the stored kg exactly.
        assertThat(Units.keptOrEntered(100, shown, shown, LB)).isEqualTo(100.0);
        assertThat(Units.keptOrEntered(100, shown, " 220.5 ", LB)).isEqualTo(100.0);
        // An edited field is taken as typed: 225 lb = 102.058 kg.
        assertThat(Units.keptOrEntered(100, shown, "225", LB)).isCloseTo(102.058, within(0.0005));
    }

    @Test
    void parsingAcceptsADecimalCommaAndRejectsWhatIsNotAWeight() {
        assertThat(Units.parseToKg("102,5", KG)).isEqualTo(102.5);
        assertThatThrownBy(() -> Units.parseToKg("abc", KG)).hasMessageContaining("weight").hasMessageContaining("'abc'");
        assertThatThrownBy(() -> Units.parseToKg("-5", KG)).hasMessageContaining("≥ 0");
        assertThatThrownBy(() -> Units.parseToKg("", LB)).hasMessageContaining("weight");
    }

    @Test
    void distanceAndTimeOfAHoldOrARun() {
        assertThat(Units.distanceAndTime(null, 90, KG)).isEqualTo("1:30");
        assertThat(Units.distanceAndTime(2500.0, 900, KG)).isEqualTo("2.5 km · 15:00");
        assertThat(Units.distanceAndTime(400.0, null, KG)).isEqualTo("400 m");
        assertThat(Units.distanceAndTime(1609.344, 3725, LB)).isEqualTo("1.00 mi · 1:02:05");
        assertThat(Units.distanceAndTime(null, null, KG)).isEmpty();
    }
}
