package dev.kip.domain;

/** The person's own left or right; {@code NONE} for midline regions (neck, abdomen). */
public enum Laterality {
    LEFT, RIGHT, NONE;

    public String suffix() {
        return switch (this) {
            case LEFT -> ".L";
            case RIGHT -> ".R";
            case NONE -> "";
        };
    }
}
