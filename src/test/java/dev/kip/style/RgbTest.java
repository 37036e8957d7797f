package dev.kip.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RgbTest {

    @Test
    void packsAndWritesHex() {
        Rgb c = Rgb.of(0x1f2328);
        assertThat(c).isEqualTo(new Rgb(31, 35, 40));
        assertThat(c.value()).isEqualTo(0x1f2328);
        assertThat(c.hex()).isEqualTo("#1f2328");
        assertThat(Rgb.of(0x000a00).hex()).isEqualTo("#000a00");
    }

    @Test
    void relativeLuminanceFollowsWcag() {
        assertThat(Rgb.of(0x000000).luminance()).isZero();
        assertThat(Rgb.of(0xffffff).luminance()).isCloseTo(1, within(1e-12));
        // 0x80 = 128: (128/255 + 0.055) / 1.055 = 0.52792, ^2.4 = 0.21586, the same in each channel
        assertThat(Rgb.of(0x808080).luminance()).isCloseTo(0.21586, within(1e-5));
        // a dark channel is on the straight part: 10/255/12.92 = 0.0030353, times the green weight 0.7152
        assertThat(Rgb.of(0x000a00).luminance()).isCloseTo(0.0021708, within(1e-7));
    }

    @Test
    void contrastRatioIsTheWcagRatio() {
        assertThat(Rgb.of(0x000000).contrast(Rgb.of(0xffffff))).isCloseTo(21, within(1e-9));
        // #777777: L = 0.18447, (1.05) / (0.23447) = 4.478, the classic "just fails AA"
        assertThat(Rgb.of(0x777777).contrast(Rgb.of(0xffffff))).isCloseTo(4.478, within(0.001));
        assertThat(Rgb.of(0xffffff).contrast(Rgb.of(0x777777))).as("symmetric")
                .isEqualTo(Rgb.of(0x777777).contrast(Rgb.of(0xffffff)));
        assertThat(Rgb.of(0x1f6feb).contrast(Rgb.of(0x1f6feb))).isEqualTo(1);
    }

    @Test
    void movesTowardsWhite() {
        // 194 + 61 × 0.65 = 233.65 → 234; 26 + 229 × 0.65 = 174.85 → 175; 95 + 160 × 0.65 = 199
        assertThat(Rgb.of(0xc21a5f).towardsWhite(0.65)).isEqualTo(new Rgb(234, 175, 199));
        assertThat(Rgb.of(0xc21a5f).towardsWhite(0)).isEqualTo(Rgb.of(0xc21a5f));
        assertThat(Rgb.of(0xc21a5f).towardsWhite(1)).isEqualTo(Rgb.of(0xffffff));
    }

    @Test
    void refusesChannelsOutOfRange() {
        assertThatThrownBy(() -> new Rgb(256, 0, 0)).hasMessage("channel: expected 0–255, got 256");
    }

    @Test
    void aSchemeFollowsItsBackground() {
        assertThat(ColorScheme.forBackground(Rgb.of(0xffffff))).isEqualTo(ColorScheme.LIGHT);
        assertThat(ColorScheme.forBackground(Rgb.of(0x0d1117))).isEqualTo(ColorScheme.DARK);
        assertThat(ColorScheme.forBackground(Rgb.of(0xbcbcbc))).as("L 0.503").isEqualTo(ColorScheme.LIGHT);
        assertThat(ColorScheme.forBackground(Rgb.of(0xbababa))).as("L 0.491").isEqualTo(ColorScheme.DARK);
    }
}
