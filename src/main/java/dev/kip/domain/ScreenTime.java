package dev.kip.domain;

/** Screen use in the hour before bed. */
public enum ScreenTime {
    NONE("none"), UNDER_30("< 30 min"), FROM_30_TO_60("30–60 min"), OVER_60("> 60 min");

    private final String label;

    ScreenTime(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
