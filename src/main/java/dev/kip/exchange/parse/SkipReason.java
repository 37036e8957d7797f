package dev.kip.exchange.parse;

/** Why rows of a file were read but not imported; shown in the preview with their counts. */
public enum SkipReason {
    REST_TIMER("rest-timer rows (not sets)"),
    CARDIO("cardio rows (no weight and no reps)"),
    SLEEP_OTHER_SOURCE("nights also recorded by a lower-priority sleep source"),
    BODY_WEIGHT_OUT_OF_RANGE("body weights outside 20–400 kg"),
    SHORTER_SLEEP_SAME_NIGHT("shorter sleeps (naps) on a date that has a longer one"),
    SLEEP_TOO_SHORT("sleep records under 15 minutes (tests, or tracking stopped at once)"),
    NO_SLEEP_RECORDED("days the file lists without a sleep"),
    NAP("sleeps the file marks as naps");

    private final String description;

    SkipReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
