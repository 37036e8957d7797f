package dev.kip.report;

/** The parts of the summary a person can leave out; the header is always there. */
public enum ReportSection {
    BODY("Body"), SLEEP("Sleep"), TRAINING("Training"), RECOVERY("Recovery check"), NOTES("Notes");

    private final String title;

    ReportSection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
