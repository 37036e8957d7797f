package dev.kip.report;

import dev.kip.body.BodyFigure;
import dev.kip.body.BodyGeometry;
import dev.kip.body.PathCommand;
import dev.kip.body.PathData;
import dev.kip.body.RegionShape;
import dev.kip.domain.FigureSide;
import dev.kip.report.ReportModel.LevelMap;
import java.awt.Color;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A body-map figure drawn as vector paths from the same geometry as the on-screen map
 * ({@link BodyGeometry}). Soreness fills a region solid orange; pain fills it with red-to-magenta
 * stripes; with both, the stripes fill it and the soreness colour draws a thick outline: the
 * on-screen map's visual language. "Left"/"Right" sit in the top corners from the person's view.
 */
final class BodyMapDrawing {

    private static final float STRIPE_SPACING = 2.2f;
    private static final float STRIPE_WIDTH = 0.9f;

    /** Parsed once: the geometry never changes while Kip runs. */
    private static final class Parsed {
        static final Map<FigureSide, Figure> FIGURES = parse();
    }

    private record Shape(String regionId, List<PathCommand> commands, PathData.Bounds bounds) {
    }

    private record Figure(BodyFigure source, List<PathCommand> outline, List<Shape> regions) {
    }

    private final PdfCanvas canvas;

    BodyMapDrawing(PdfCanvas canvas) {
        this.canvas = canvas;
    }

    /** Parses the geometry now, if no figure was drawn yet in this JVM. */
    static void parseGeometry() {
        Parsed.FIGURES.size();
    }

    /** Width of a figure drawn {@code height} points tall. */
    static float widthFor(FigureSide side, float height) {
        BodyFigure f = Parsed.FIGURES.get(side).source();
        return (float) (f.width() / f.height() * height);
    }

    /** Draws the figure with its top-left corner at (x, y), {@code height} points tall. */
    void draw(FigureSide side, LevelMap levels, float x, float y, float height) throws IOException {
        Figure figure = Parsed.FIGURES.get(side);
        double scale = height / figure.source().height();
        trace(figure.outline(), x, y, scale);
        canvas.fillAndStroke(Palette.PANEL, Palette.OUTLINE, 0.6f);
        for (Shape region : figure.regions()) {
            Double sore = levels.soreness().get(region.regionId());
            Double pain = levels.pain().get(region.regionId());
            trace(region.commands(), x, y, scale);
            if (pain != null) {
                canvas.fillAndStroke(Palette.pain(pain), Palette.OUTLINE, 0.3f);
                stripes(region, pain, x, y, scale);
                if (sore != null) {
                    trace(region.commands(), x, y, scale);
                    canvas.stroke(Palette.soreness(sore), 1.4f);
                }
            } else {
                Color fill = sore == null ? Palette.BACKGROUND : Palette.soreness(sore);
                canvas.fillAndStroke(fill, Palette.OUTLINE, 0.3f);
            }
        }
        float w = (float) (figure.source().width() * scale);
        boolean front = side == FigureSide.FRONT;
        canvas.fitted(front ? "Right" : "Left", x, y + 7, w / 2, Type.SMALL_MUTED, PdfCanvas.Align.LEFT);
        canvas.fitted(front ? "Left" : "Right", x + w / 2, y + 7, w / 2, Type.SMALL_MUTED, PdfCanvas.Align.RIGHT);
    }

    /** A legend swatch: solid soreness colour, or pain colour with stripes, with its top-left at (x, y). */
    void swatch(boolean pain, double level, float x, float y, float w, float h) throws IOException {
        canvas.fillRect(x, y, w, h, pain ? Palette.pain(level) : Palette.soreness(level));
        if (pain) {
            canvas.save();
            canvas.moveTo(x, y);
            canvas.lineTo(x + w, y);
            canvas.lineTo(x + w, y + h);
            canvas.lineTo(x, y + h);
            canvas.closePath();
            canvas.clip();
            diagonals(x, y, w, h);
            canvas.stroke(Palette.painGap(level), STRIPE_WIDTH);
            canvas.restore();
        }
        canvas.strokeRect(x, y, w, h, Palette.OUTLINE, 0.3f);
    }

    /** Light diagonal bands over the region's pain colour, clipped to the region. */
    private void stripes(Shape region, double pain, float x, float y, double scale) throws IOException {
        canvas.save();
        trace(region.commands(), x, y, scale);
        canvas.clip();
        PathData.Bounds b = region.bounds();
        double left = x + b.minX() * scale;
        double top = y + b.minY() * scale;
        diagonals(left, top, b.width() * scale, b.height() * scale);
        canvas.stroke(Palette.painGap(pain), STRIPE_WIDTH);
        canvas.restore();
    }

    /** Parallel 45° lines covering the box (the clip trims them). */
    private void diagonals(double left, double top, double w, double h) throws IOException {
        for (double d = -h; d < w; d += STRIPE_SPACING * 2) {
            canvas.moveTo(left + d, top + h);
            canvas.lineTo(left + d + h, top);
        }
    }

    private void trace(List<PathCommand> commands, float x, float y, double scale) throws IOException {
        double cx = 0;
        double cy = 0;
        for (PathCommand c : commands) {
            if (c instanceof PathCommand.MoveTo m) {
                canvas.moveTo(x + m.x() * scale, y + m.y() * scale);
                cx = m.x();
                cy = m.y();
            } else if (c instanceof PathCommand.LineTo l) {
                canvas.lineTo(x + l.x() * scale, y + l.y() * scale);
                cx = l.x();
                cy = l.y();
            } else if (c instanceof PathCommand.CurveTo k) {
                curve(k, x, y, scale);
                cx = k.x();
                cy = k.y();
            } else if (c instanceof PathCommand.QuadTo q) {
                curve(q.toCubic(cx, cy), x, y, scale);
                cx = q.x();
                cy = q.y();
            } else {
                canvas.closePath();
            }
        }
    }

    private void curve(PathCommand.CurveTo k, float x, float y, double s) throws IOException {
        canvas.curveTo(x + k.x1() * s, y + k.y1() * s, x + k.x2() * s, y + k.y2() * s, x + k.x() * s, y + k.y() * s);
    }

    private static Map<FigureSide, Figure> parse() {
        Map<FigureSide, Figure> out = new EnumMap<>(FigureSide.class);
        for (BodyFigure f : BodyGeometry.load().figures()) {
            Map<String, Shape> shapes = new LinkedHashMap<>();
            for (RegionShape r : f.regions()) {
                shapes.put(r.regionId(), new Shape(r.regionId(), PathData.commands(r.svgPath()), r.bounds()));
            }
            out.put(f.side(), new Figure(f, PathData.commands(f.outline()), List.copyOf(shapes.values())));
        }
        return out;
    }
}
