package dev.kip.ui.bodymap;

import dev.kip.body.BodyFigure;
import dev.kip.body.PathData;
import dev.kip.body.RegionShape;
import dev.kip.domain.FigureSide;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One titled figure of the map: the silhouette, its region shapes, and "Left"/"Right" written in
 * its top corners from the person's point of view (on the front their right is on the viewer's left).
 * {@link BodyMap} chooses the scale so both figures share it.
 */
final class FigureView extends Region {

    /** Side labels sit in the empty top corners of the figure box, beside the head (figure units). */
    private static final double SIDE_LABEL_Y = 28;
    private static final double SIDE_LABEL_INSET = 6;
    /** Pixels between a region and its mode badge. */
    private static final double BADGE_GAP = 4;

    private final BodyFigure figure;
    private final Label title = new Label();
    private final Label viewerLeft = new Label();
    private final Label viewerRight = new Label();
    private final Group drawing = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Map<String, SVGPath> regions = new LinkedHashMap<>();
    private final SVGPath selectionRing = overlay("body-selection-ring");
    private final SVGPath focusRing = overlay("body-focus-ring");
    /** "Soreness" or "Pain" beside the selected region: what a digit typed now will mark. */
    private final Label modeBadge = new Label();
    private RegionShape badgeRegion;
    /** How far the badge may reach beyond the figure's box on each side (free space in the map). */
    private double roomLeft;
    private double roomRight;

    FigureView(BodyFigure figure) {
        this.figure = figure;
        getStyleClass().add("body-figure");
        boolean front = figure.side() == FigureSide.FRONT;
        title.setText(front ? "Front" : "Back");
        title.getStyleClass().add("body-map-title");
        viewerLeft.setText(front ? "Right" : "Left");
        viewerRight.setText(front ? "Left" : "Right");
        viewerLeft.getStyleClass().add("body-map-side");
        viewerRight.getStyleClass().add("body-map-side");

        SVGPath silhouette = new SVGPath();
        silhouette.setContent(figure.outline());
        silhouette.getStyleClass().add("body-silhouette");
        silhouette.setMouseTransparent(true);
        drawing.getChildren().add(silhouette);
        for (RegionShape shape : figure.regions()) {
            SVGPath node = new SVGPath();
            node.setContent(shape.svgPath());
            node.getStyleClass().add("body-region");
            regions.put(shape.regionId(), node);
            drawing.getChildren().add(node);
        }
        drawing.getChildren().addAll(selectionRing, focusRing);
        drawing.getTransforms().add(scale);
        modeBadge.getStyleClass().add("body-mode-badge");
        modeBadge.setMouseTransparent(true);
        modeBadge.setVisible(false);
        modeBadge.setManaged(false);
        getChildren().addAll(title, viewerLeft, viewerRight, drawing, modeBadge);
    }

    private static SVGPath overlay(String styleClass) {
        SVGPath ring = new SVGPath();
        ring.getStyleClass().add(styleClass);
        ring.setMouseTransparent(true);
        ring.setVisible(false);
        return ring;
    }

    BodyFigure figure() {
        return figure;
    }

    Map<String, SVGPath> regions() {
        return regions;
    }

    void showSelection(String regionId) {
        show(selectionRing, regionId);
    }

    void showFocus(String regionId) {
        show(focusRing, regionId);
    }

    /** Shows the mode beside the region when it is on this figure, else hides the badge. */
    void showMode(String regionId, String text, boolean pain) {
        badgeRegion = regionId == null ? null : figure.region(regionId).orElse(null);
        modeBadge.setVisible(badgeRegion != null);
        modeBadge.setText(text);
        modeBadge.getStyleClass().removeAll("mode-pain", "mode-soreness");
        modeBadge.getStyleClass().add(pain ? "mode-pain" : "mode-soreness");
        requestLayout();
    }

    private void show(SVGPath ring, String regionId) {
        SVGPath target = regionId == null ? null : regions.get(regionId);
        ring.setVisible(target != null);
        ring.setContent(target == null ? "" : target.getContent());
    }

    double titleHeight() {
        return title.prefHeight(-1);
    }

    /** Lays this figure out at the given scale; its size must be what widthAt/heightAt say. */
    void setDrawingScale(double s) {
        scale.setX(s);
        scale.setY(s);
        requestLayout();
    }

    double widthAt(double s) {
        return figure.width() * s;
    }

    double heightAt(double s) {
        return titleHeight() + figure.height() * s;
    }

    @Override
    protected void layoutChildren() {
        double s = scale.getX();
        double titleH = titleHeight();
        double drawingW = figure.width() * s;
        double titleW = title.prefWidth(-1);
        title.resizeRelocate(snapPositionX((drawingW - titleW) / 2), 0, titleW, titleH);
        drawing.setLayoutX(0);
        drawing.setLayoutY(snapPositionY(titleH));
        double labelY = titleH + SIDE_LABEL_Y * s;
        double inset = SIDE_LABEL_INSET * s;
        double lw = viewerLeft.prefWidth(-1);
        double rw = viewerRight.prefWidth(-1);
        viewerLeft.resizeRelocate(snapPositionX(inset), snapPositionY(labelY), lw, viewerLeft.prefHeight(-1));
        viewerRight.resizeRelocate(snapPositionX(drawingW - inset - rw), snapPositionY(labelY), rw, viewerRight.prefHeight(-1));
        if (badgeRegion != null) {
            layOutBadge(s, titleH, drawingW);
        }
    }

    /** The free space the map leaves beside this figure, where the mode badge may reach. */
    void setRoomBeside(double left, double right) {
        roomLeft = left;
        roomRight = right;
    }

    /**
     * Beside the region on its outer side (away from the midline, where it covers the least of the
     * body), or on the other side when the outer one has no room; centred on its label point.
     */
    private void layOutBadge(double s, double titleH, double drawingW) {
        PathData.Bounds b = badgeRegion.bounds();
        double w = modeBadge.prefWidth(-1);
        double h = modeBadge.prefHeight(-1);
        double left = b.minX() * s - BADGE_GAP - w;
        double right = b.maxX() * s + BADGE_GAP;
        boolean leftFits = left >= -roomLeft;
        boolean rightFits = right + w <= drawingW + roomRight;
        boolean outerIsLeft = badgeRegion.labelX() < figure.width() / 2 - 1;
        double x = outerIsLeft ? (leftFits || !rightFits ? left : right) : (rightFits || !leftFits ? right : left);
        x = Math.max(-roomLeft, Math.min(drawingW + roomRight - w, x));
        double y = titleH + badgeRegion.labelY() * s - h / 2;
        modeBadge.resizeRelocate(snapPositionX(x), snapPositionY(y), w, h);
    }
}
