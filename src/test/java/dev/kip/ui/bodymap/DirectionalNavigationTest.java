package dev.kip.ui.bodymap;

import dev.kip.ui.bodymap.DirectionalNavigation.Direction;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DirectionalNavigationTest {

    /*
     *   a(0,0)        b(10,0)
     *
     *   c(0,20)                 d(30,12)
     */
    private final Map<String, Point2D> anchors = Map.of(
            "a", new Point2D(0, 0), "b", new Point2D(10, 0), "c", new Point2D(0, 20), "d", new Point2D(30, 12));

    @Test
    void picksTheNearestInThatDirection() {
        assertThat(DirectionalNavigation.next(anchors, "a", Direction.RIGHT)).contains("b");
        assertThat(DirectionalNavigation.next(anchors, "b", Direction.LEFT)).contains("a");
    }

    /** From a going down: c scores 20 + 2·0 = 20, d scores 12 + 2·30 = 72, b is not below. */
    @Test
    void sidewaysDistanceCountsDouble() {
        assertThat(DirectionalNavigation.next(anchors, "a", Direction.DOWN)).contains("c");
    }

    @Test
    void nothingThatWayMeansStay() {
        assertThat(DirectionalNavigation.next(anchors, "a", Direction.UP)).isEmpty();
        assertThat(DirectionalNavigation.next(anchors, "unknown", Direction.UP)).isEmpty();
    }
}
