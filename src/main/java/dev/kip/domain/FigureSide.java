package dev.kip.domain;

/** Which figure of the body map a region is on. */
public enum FigureSide {
    FRONT, BACK;

    public String label() {
        return this == FRONT ? "front" : "back";
    }
}
