package dev.kip.domain;

/** When a pain shows. */
public enum PainTiming {
    ON_WAKING("on waking"), DURING_TRAINING("during training"), AFTER_TRAINING("after training"),
    AT_NIGHT("at night"), ALL_DAY("all day");

    private final String label;

    PainTiming(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
