package dev.kip.domain;

/**
 * A body-map region with its stable id {@code SIDE.NAME[.L|.R]}; left/right are the person's own.
 * {@code name} is unique ("Left knee", "Left forearm (back)"); {@code accessibleName} is what a
 * screen reader says ("left knee, front").
 */
public record BodyRegion(String id, FigureSide side, String area, Laterality laterality, String name) {

    public String accessibleName() {
        String base = area.toLowerCase(java.util.Locale.ROOT);
        String lr = switch (laterality) {
            case LEFT -> "left ";
            case RIGHT -> "right ";
            case NONE -> "";
        };
        return lr + base + ", " + side.label();
    }
}
