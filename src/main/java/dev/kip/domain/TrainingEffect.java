package dev.kip.domain;

/** What a pain did to training that day. */
public enum TrainingEffect {
    NONE("no change to training"), MODIFIED("training modified"), STOPPED("training stopped");

    private final String label;

    TrainingEffect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
