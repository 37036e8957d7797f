package dev.kip.body;

/**
 * One clickable region of a figure: closed SVG path data in figure units, and a point inside the
 * shape where a label or a level number can go.
 */
public record RegionShape(String regionId, String svgPath, double labelX, double labelY) {

    public PathData.Bounds bounds() {
        return PathData.bounds(svgPath);
    }

    public PathData.Point centroid() {
        return PathData.centroid(svgPath);
    }
}
