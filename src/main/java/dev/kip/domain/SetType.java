package dev.kip.domain;

/** Kind of set. Warm-ups never count towards e1RM or hard sets. */
public enum SetType {
    WARM_UP("warm-up"), WORKING("working"), DROP("drop"), FAILURE("failure");

    private final String label;

    SetType(String label) {
        this.label = label;
    }

    /** The word used in exports and on screen. */
    public String label() {
        return label;
    }

    public static SetType fromLabel(String text) {
        for (SetType t : values()) {
            if (t.label.equalsIgnoreCase(text) || t.name().equalsIgnoreCase(text)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown set type '" + text + "' (expected warm-up, working, drop or failure)");
    }
}
