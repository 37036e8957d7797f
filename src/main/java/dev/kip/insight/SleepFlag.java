package dev.kip.insight;

/** Something about one night worth pointing out, with why it matters and the evidence behind it. */
public enum SleepFlag {
    SHORT("Short night", "Under 7 h asleep: below the 7–9 h baseline; people who train hard often need 8–9 h",
            Evidence.SLEEP_NEED),
    LOW_EFFICIENCY("Broken night", "Under 85 % of the time in bed asleep: broken sleep gives less than its hours",
            Evidence.QUALITY),
    IRREGULAR_WAKE("Irregular wake time",
            "Wake time varied by more than an hour (SD) over 14 nights: a steady wake time anchors the body clock",
            Evidence.WAKE_TIME),
    LATE_CAFFEINE("Late caffeine", "Caffeine after 14:00: late caffeine is a common sleep killer", Evidence.CAFFEINE),
    SCREENS("Screens before bed", "30 min or more of screens in the hour before bed makes falling asleep harder",
            Evidence.SCREENS),
    LATE_TRAINING("Late hard training", "Hard training within 3 h of bed needs a longer wind-down",
            Evidence.LATE_TRAINING),
    WARM_ROOM("Warm room", "A warm bedroom (over 20 °C) disturbs sleep; cool, about 18–20 °C, is better",
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
