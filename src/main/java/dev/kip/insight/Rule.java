package dev.kip.insight;

/**
 * The seven warning signs of the {@link RecoveryCheck}: each with its id (as in JSON), its name on
 * screen and in the summary, its threshold in words and the evidence it rests on.
 */
public enum Rule {
    STRENGTH_STALLED("strength-stalled", "Strength stalled",
            "acts after 21 days without a new best e1RM on a main lift while training at least twice a week"
                    + " (6 sessions in those 21 days); watch from 14 days", Evidence.RECOVERY_SIGNS),
    WORKOUTS_HARDER("workouts-harder", "Workouts feel harder",
            "acts when session RPE of the last 2 weeks is 1 point or more above the 2 weeks before at a similar load"
                    + " (volume within ±10 %), or when 2 of the last 4 sessions felt heavier; watch at +0.5 or 1 of 4",
            Evidence.RECOVERY_SIGNS),
    SORENESS_LASTING("soreness-lasting", "Soreness lasting",
            "acts when a region stays sore above 3 for more than 72 h (4 marked days in a row, up to today or"
                    + " yesterday); watch at 3 days", Evidence.RECOVERY_SIGNS),
    SHORT_SLEEP("short-sleep", "Short sleep",
            "acts at 3 of the last 7 nights under 7 h, or a sleep debt above 7 h over the last 14 nights; watch at"
                    + " 2 nights or a debt above 5 h", Evidence.SLEEP_NEED),
    IRREGULAR_WAKE("irregular-wake", "Irregular wake time",
            "acts when the wake time varies by more than 1 h (standard deviation) over the last 14 nights; watch"
                    + " above 45 min", Evidence.WAKE_TIME),
    UNRESTED("unrested", "Waking unrested",
            "acts when you rated yourself rested 2 or less (of 5) on 3 of the last 7 mornings; watch at 2",
            Evidence.RECOVERY_SIGNS),
    CAFFEINE_RELIANCE("caffeine-reliance", "Leaning on caffeine",
            "acts at 3 or more drinks, or one after 14:00, on 4 of the last 7 days; watch at 3 days",
            Evidence.CAFFEINE);

    private final String id;
    private final String title;
    private final String threshold;
    private final Evidence evidence;

    Rule(String id, String title, String threshold, Evidence evidence) {
        this.id = id;
        this.title = title;
        this.threshold = threshold;
        this.evidence = evidence;
    }

    /** "short-sleep": the id in JSON and in node ids. */
    public String id() {
        return id;
    }

    /** "Short sleep": the name on screen and in the summary. */
    public String title() {
        return title;
    }

    /** When the rule acts and when it says "watch", in words (starts lower-case, no full stop). */
    public String threshold() {
        return threshold;
    }

    public Evidence evidence() {
        return evidence;
    }
}
