package dev.kip.ui.bodymap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionLevelsTest {

    @Test
    void zeroAndMinusOneMeanNone() {
        assertThat(new RegionLevels(-1, 0).hasSoreness()).isFalse();
        assertThat(new RegionLevels(0, -1).hasPain()).isFalse();
        assertThat(new RegionLevels(-1, 3).describe()).isEqualTo("soreness 0, pain 3");
    }

    @Test
    void outOfRangeNamesTheField() {
        assertThatThrownBy(() -> new RegionLevels(11, 0)).hasMessageContaining("soreness level 11");
        assertThatThrownBy(() -> new RegionLevels(0, -2)).hasMessageContaining("pain level -2");
    }
}
