package dev.kip.body;

import dev.kip.body.PathCommand.ClosePath;
import dev.kip.body.PathCommand.CurveTo;
import dev.kip.body.PathCommand.LineTo;
import dev.kip.body.PathCommand.MoveTo;
import dev.kip.body.PathCommand.QuadTo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class PathDataTest {

    @Test
    void parsesAbsoluteCommandsWithCommasSpacesAndImplicitLines() {
        assertThat(PathData.commands("M10,20 30 40 H 50 V-6.5e1 C1 2 3 4 5 6 Q 7 8 9 10Z")).containsExactly(
                new MoveTo(10, 20), new LineTo(30, 40), new LineTo(50, 40), new LineTo(50, -65),
                new CurveTo(1, 2, 3, 4, 5, 6), new QuadTo(7, 8, 9, 10), new ClosePath());
    }

    @Test
    void negativeNumbersMayFollowWithoutASeparator() {
        assertThat(PathData.commands("M1-2L-3-4")).containsExactly(new MoveTo(1, -2), new LineTo(-3, -4));
    }

    /** Square 0..10 with a 10×10 triangle on top (apex at (5, -10)): areas 100 and 50. */
    @Test
    void centroidIsAreaWeighted() {
        // square centroid (5, 5) weight 100; triangle centroid (5, -10/3) weight 50
        // y = (100·5 + 50·(−10/3)) / 150 = (500 − 166.67) / 150 = 2.222
        PathData.Point c = PathData.centroid("M 0 0 L 5 -10 L 10 0 L 10 10 L 0 10 Z");
        assertThat(c.x()).isCloseTo(5, offset(1e-9));
        assertThat(c.y()).isCloseTo(2.2222, offset(1e-3));
    }

    @Test
    void boundsFollowTheCurveNotItsControlPoints() {
        // cubic from (0,0) to (10,0) with both controls at y=-8 peaks at y = -8·3/4 = -6
        PathData.Bounds b = PathData.bounds("M 0 0 C 0 -8 10 -8 10 0 Z");
        assertThat(b.minY()).isCloseTo(-6, offset(1e-9));
        assertThat(b.maxY()).isEqualTo(0);
        assertThat(b.width()).isEqualTo(10);
    }

    @Test
    void quadraticBecomesTheSameCubic() {
        // Q (5,10) from (0,0) to (10,0): cubic controls at 2/3 of the way to (5,10)
        assertThat(new QuadTo(5, 10, 10, 0).toCubic(0, 0).y1()).isCloseTo(20.0 / 3, offset(1e-9));
        assertThat(PathData.bounds("M 0 0 Q 5 10 10 0 Z").maxY()).isCloseTo(5, offset(1e-9));
    }

    @Test
    void containsUsesTheFilledShape() {
        String square = "M 0 0 L 10 0 L 10 10 L 0 10 Z";
        assertThat(PathData.contains(square, 5, 5)).isTrue();
        assertThat(PathData.contains(square, 15, 5)).isFalse();
    }

    @Test
    void badInputIsReportedWithItsPosition() {
        assertThatThrownBy(() -> PathData.commands("L 1 1")).hasMessageContaining("must start with M");
        assertThatThrownBy(() -> PathData.commands("M 1 1 l 2 2")).hasMessageContaining("unsupported command 'l'")
                .hasMessageContaining("character 6");
        assertThatThrownBy(() -> PathData.commands("M 1 x")).hasMessageContaining("expected a number");
        assertThatThrownBy(() -> PathData.commands(" ")).hasMessageContaining("empty");
    }
}
