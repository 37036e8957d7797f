package dev.kip.insight;

/** Something about one night worth pointing out, with why it matters and the evidence behind it. */
public enum SleepFlag {
    SHORT("Short night", "Under 7 h asleep: adults need 7 h or more, regularly",
            Evidence.SLEEP_NEED),
    LOW_EFFICIENCY("Broken night", "Under 85 % of the time in bed asleep: broken sleep gives less than its hours",
            Evidence.QUALITY),
    IRREGULAR_WAKE("Irregular wake time",
            "Wake time varied by more than an hour (SD) over 14 nights: a steady wake time keeps the body clock anchored",
            Evidence.WAKE_TIME),
    LATE_CAFFEINE("Late caffeine", "Caffeine after 14:00: caffeine even 6 h before bed disturbs and shortens sleep",
            Evidence.CAFFEINE),
    SCREENS("Screens before bed", "30 min or more of screens in the hour before bed: screen light delays sleep",
            Evidence.SCREENS),
    LATE_TRAINING("Late hard training", "Hard training within 3 h of bed: vigorous exercise ending close to bedtime"
            + " may delay sleep, so leave time to wind down",
            Evidence.LATE_TRAINING),
    WARM_ROOM("Warm room", "Bedroom over 20 °C: a hot room means more time awake and less deep sleep",
            Evidence.ROOM_TEMP);

    private final String label;
    private final String whyItMatters;
    private final Evidence evidence;

    SleepFlag(String label, String whyItMatters, Evidence evidence) {
        this.label = label;
        this.whyItMatters = whyItMatters;
        this.evidence = evidence;
    }

    public String label() {
        return label;
    }

    /** What was seen and why it matters, in one line. */
    public String whyItMatters() {
        return whyItMatters;
    }

    public Evidence evidence() {
        return evidence;
    }
}
