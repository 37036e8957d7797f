package dev.kip.ui.bodymap;

import javafx.geometry.Point2D;

import java.util.Map;
import java.util.Optional;

/**
 * Picks the region an arrow key moves to: the nearest anchor lying in that direction, where
 * sideways distance counts double so "down" from the left knee prefers the left shin over a
 * closer region of the other leg.
 */
final class DirectionalNavigation {

    enum Direction {
        UP(0, -1), DOWN(0, 1), LEFT(-1, 0), RIGHT(1, 0);

        final double dx;
        final double dy;

        Direction(double dx, double dy) {
            this.dx = dx;
            this.dy = dy;
        }
    }

    private static final double SIDEWAYS_WEIGHT = 2;

    private DirectionalNavigation() {
    }

    static Optional<String> next(Map<String, Point2D> anchors, String from, Direction direction) {
        Point2D origin = anchors.get(from);
        if (origin == null) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, Point2D> e : anchors.entrySet()) {
            Point2D delta = e.getValue().subtract(origin);
            double along = delta.getX() * direction.dx + delta.getY() * direction.dy;
            if (e.getKey().equals(from) || along <= 0.5) {
                continue;
            }
            double sideways = Math.abs(delta.getX() * direction.dy - delta.getY() * direction.dx);
            double score = along + SIDEWAYS_WEIGHT * sideways;
            if (score < bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }
}
