package dev.kip.body;

import dev.kip.body.PathCommand.ClosePath;
import dev.kip.body.PathCommand.CurveTo;
import dev.kip.body.PathCommand.LineTo;
import dev.kip.body.PathCommand.MoveTo;
import dev.kip.body.PathCommand.QuadTo;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the SVG path data of the body map (absolute M, L, H, V, C, Q and Z, which is all
 * regions.json uses) and answers the geometry questions the screen, the PDF and the tests ask:
 * bounding box, area centroid, point inside.
 */
public final class PathData {

    /** Curves are cut into this many straight pieces for areas, centroids and hit tests. */
    private static final int CURVE_STEPS = 16;

    public record Point(double x, double y) {
    }

    public record Bounds(double minX, double minY, double maxX, double maxY) {
        public double width() {
            return maxX - minX;
        }

        public double height() {
            return maxY - minY;
        }
    }

    private PathData() {
    }

    /** The drawing steps of a path; an exception names the offending character position. */
    public static List<PathCommand> commands(String svgPath) {
        return new Parser(svgPath).parse();
    }

    /** Each subpath as a closed polygon (curves flattened). */
    public static List<List<Point>> polygons(String svgPath) {
        List<List<Point>> out = new ArrayList<>();
        List<Point> current = null;
        double x = 0;
        double y = 0;
        for (PathCommand c : commands(svgPath)) {
            if (c instanceof MoveTo m) {
                current = new ArrayList<>();
                out.add(current);
                x = m.x();
                y = m.y();
                current.add(new Point(x, y));
            } else if (c instanceof LineTo l) {
                x = l.x();
                y = l.y();
                current.add(new Point(x, y));
            } else if (c instanceof QuadTo q) {
                CurveTo cubic = q.toCubic(x, y);
                addCurve(current, x, y, cubic);
                x = q.x();
                y = q.y();
            } else if (c instanceof CurveTo cu) {
                addCurve(current, x, y, cu);
                x = cu.x();
                y = cu.y();
            } else if (c instanceof ClosePath && !current.isEmpty()) {
                x = current.get(0).x();
                y = current.get(0).y();
            }
        }
        return out;
    }

    private static void addCurve(List<Point> poly, double x0, double y0, CurveTo c) {
        for (int i = 1; i <= CURVE_STEPS; i++) {
            double t = (double) i / CURVE_STEPS;
            double u = 1 - t;
            double a = u * u * u;
            double b = 3 * u * u * t;
            double d = 3 * u * t * t;
            double e = t * t * t;
            poly.add(new Point(a * x0 + b * c.x1() + d * c.x2() + e * c.x(),
                    a * y0 + b * c.y1() + d * c.y2() + e * c.y()));
        }
    }

    public static Bounds bounds(String svgPath) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (List<Point> poly : polygons(svgPath)) {
            for (Point p : poly) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        if (minX > maxX) {
            throw new IllegalArgumentException("path has no points: '" + svgPath + "'");
        }
        return new Bounds(minX, minY, maxX, maxY);
    }

    /** The area centroid of the filled shape (shoelace formula over the flattened subpaths). */
    public static Point centroid(String svgPath) {
        double area2 = 0;
        double cx = 0;
        double cy = 0;
        for (List<Point> poly : polygons(svgPath)) {
            for (int i = 0; i < poly.size(); i++) {
                Point p = poly.get(i);
                Point q = poly.get((i + 1) % poly.size());
                double cross = p.x() * q.y() - q.x() * p.y();
                area2 += cross;
                cx += (p.x() + q.x()) * cross;
                cy += (p.y() + q.y()) * cross;
            }
        }
        if (Math.abs(area2) < 1e-9) {
            throw new IllegalArgumentException("path encloses no area: '" + svgPath + "'");
        }
        return new Point(cx / (3 * area2), cy / (3 * area2));
    }

    /** Even-odd point-in-shape test on the flattened outline. */
    public static boolean contains(String svgPath, double x, double y) {
        boolean inside = false;
        for (List<Point> poly : polygons(svgPath)) {
            for (int i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
                Point a = poly.get(i);
                Point b = poly.get(j);
                if ((a.y() > y) != (b.y() > y) && x < a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y())) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /** A small hand-written tokenizer: numbers and single-letter commands, commas or spaces between. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("path data is empty (expected SVG path data such as 'M 0 0 L 1 1 Z')");
            }
            this.text = text;
        }

        List<PathCommand> parse() {
            List<PathCommand> out = new ArrayList<>();
            char command = 0;
            double x = 0;
            double y = 0;
            skipSeparators();
            if (peekCommand() != 'M') {
                throw error("path must start with M");
            }
            while (skipSeparators()) {
                if (Character.isLetter(text.charAt(pos))) {
                    command = text.charAt(pos++);
                } else if (command == 0 || command == 'Z') {
                    throw error("number without a command");
                }
                switch (command) {
                    case 'M' -> {
                        x = number();
                        y = number();
                        out.add(new MoveTo(x, y));
                        command = 'L'; // SVG: further pairs after M are lines
                    }
                    case 'L' -> {
                        x = number();
                        y = number();
                        out.add(new LineTo(x, y));
                    }
                    case 'H' -> {
                        x = number();
                        out.add(new LineTo(x, y));
                    }
                    case 'V' -> {
                        y = number();
                        out.add(new LineTo(x, y));
                    }
                    case 'C' -> {
                        CurveTo c = new CurveTo(number(), number(), number(), number(), number(), number());
                        x = c.x();
                        y = c.y();
                        out.add(c);
                    }
                    case 'Q' -> {
                        QuadTo q = new QuadTo(number(), number(), number(), number());
                        x = q.x();
                        y = q.y();
                        out.add(q);
                    }
                    case 'Z' -> out.add(new ClosePath());
                    default -> {
                        pos--;
                        throw error("unsupported command '" + command + "' (expected absolute M, L, H, V, C, Q or Z)");
                    }
                }
            }
            return out;
        }

        private char peekCommand() {
            return pos < text.length() ? text.charAt(pos) : 0;
        }

        /** Skips blanks and commas; false at the end of the text. */
        private boolean skipSeparators() {
            while (pos < text.length() && (Character.isWhitespace(text.charAt(pos)) || text.charAt(pos) == ',')) {
                pos++;
            }
            return pos < text.length();
        }

        private double number() {
            skipSeparators();
            int start = pos;
            while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0
                    && !(pos > start && (text.charAt(pos) == '-' || text.charAt(pos) == '+')
                    && Character.toLowerCase(text.charAt(pos - 1)) != 'e')) {
                pos++;
            }
            if (start == pos) {
                throw error("expected a number");
            }
            try {
                return Double.parseDouble(text.substring(start, pos));
            } catch (NumberFormatException e) {
                pos = start;
                throw error("malformed number '" + text.substring(start, Math.min(text.length(), start + 12)) + "'");
            }
        }

        private IllegalArgumentException error(String what) {
            String near = text.substring(pos, Math.min(text.length(), pos + 16));
            return new IllegalArgumentException("path data: " + what + " at character " + pos + " (near '" + near + "')");
        }
    }
}
