package dev.kip.body;

/**
 * One absolute drawing step of a region path, in figure units: what a PDF content stream or a
 * canvas replays (moveTo / lineTo / curveTo / closePath). Quadratic curves are kept as parsed;
 * {@link QuadTo#toCubic} turns one into a cubic for writers that only draw cubics.
 */
public sealed interface PathCommand {

    record MoveTo(double x, double y) implements PathCommand {
    }

    record LineTo(double x, double y) implements PathCommand {
    }

    record CurveTo(double x1, double y1, double x2, double y2, double x, double y) implements PathCommand {
    }

    record QuadTo(double x1, double y1, double x, double y) implements PathCommand {
        /** The same curve as a cubic, starting from the current point (fromX, fromY). */
        public CurveTo toCubic(double fromX, double fromY) {
            return new CurveTo(fromX + 2.0 / 3 * (x1 - fromX), fromY + 2.0 / 3 * (y1 - fromY),
                    x + 2.0 / 3 * (x1 - x), y + 2.0 / 3 * (y1 - y), x, y);
        }
    }

    record ClosePath() implements PathCommand {
    }
}
