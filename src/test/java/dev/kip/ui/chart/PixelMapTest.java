package dev.kip.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PixelMapTest {

    @Test
    void mapsValuesToPixelsAndBack() {
        PixelMap m = new PixelMap(0, 10, 100, 300); // 20 px a unit
        assertThat(m.pixel(0)).isEqualTo(100);
        assertThat(m.pixel(5)).isEqualTo(200);
        assertThat(m.pixel(12)).as("beyond the range, on the same line").isEqualTo(340);
        assertThat(m.value(250)).isEqualTo(7.5);
        assertThat(m.pixelsPerUnit()).isEqualTo(20);
    }

    @Test
    void aValueAxisGrowsUpwards() {
        PixelMap m = PixelMap.upwards(new Ticks.Scale(0, 10, 5), 20, 120);
        assertThat(m.pixel(0)).isEqualTo(120);
        assertThat(m.pixel(10)).isEqualTo(20);
        assertThat(m.pixel(3)).isCloseTo(90, within(1e-9));
        assertThat(m.value(70)).isCloseTo(5, within(1e-9));
        assertThat(m.pixelsPerUnit()).isEqualTo(-10);
    }

    @Test
    void refusesAnEmptyRange() {
        assertThatThrownBy(() -> new PixelMap(3, 3, 0, 100)).hasMessage("range: expected max > min, got 3.0 to 3.0");
    }
}
