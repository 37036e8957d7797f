package dev.kip.domain;

/** The two scales, never mixed: soreness (expected after training) and pain (numeric rating scale). */
public enum SymptomKind {
    SORENESS("soreness"), PAIN("pain");

    private final String label;

    SymptomKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SymptomKind fromLabel(String text) {
        for (SymptomKind k : values()) {
            if (k.label.equalsIgnoreCase(text)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + text + "' (expected soreness or pain)");
    }
}
