package dev.kip.insight;

/**
 * The evidence lines of DESIGN.md ("What the evidence says") that Kip's advice rests on. Every
 * rule or message built on one of them shows {@link #why()} in a tooltip or "why" line. Where
 * the design notes name no study the source is the design notes themselves: no invented citations.
 */
public enum Evidence {
    SLEEP_NEED("7–9 h of sleep is the baseline; many people who train hard need 8–9 h"),
    QUALITY("Quality matters as much as quantity: 6 h unbroken often beats 8 h broken"),
    WAKE_TIME("A consistent wake time anchors the body clock more than a perfect bedtime; morning light helps"),
    SCREENS("Screens in the 30–60 min before bed get in the way of sleep"),
    LATE_TRAINING("Hard training late in the evening needs a longer wind-down before sleep"),
    ROOM_TEMP("A warm, bright or noisy room disturbs sleep; cool is about 18–20 °C (65–68 °F)"),
    CAFFEINE("Late caffeine gets in the way of sleep"),
    NAPS("Naps of 20–30 min early in the afternoon help alertness; they don't replace a night"),
    CATCH_UP("Weekend catch-up doesn't fully pay back weekday sleep debt: consistency beats compensation"),
    PROTEIN_SYNTHESIS("One night without sleep cut muscle protein synthesis by about 18 % and raised cortisol"
            + " in a lab study", "Lamon et al., 2021"),
    GROWTH_HORMONE("Growth hormone is released mostly in deep sleep early in the night"),
    RECOVERY_SIGNS("Signs that recovery lags: strength stalls, workouts feel harder than they should,"
            + " soreness lasts longer than usual, motivation drops, \"wired but tired\", leaning on caffeine"),
    SHORT_NIGHT_SESSION("After a very short night, a lighter session or mobility beats a PR attempt"),
    PAIN_THRESHOLD("Sleep loss raises inflammatory markers (IL-6, CRP) and lowers the pain threshold:"
            + " aches and musculoskeletal pain feel worse after poor nights");

    /** The source of every line for which DESIGN.md names no study. */
    public static final String DESIGN_NOTES = "Kip design notes (sleep and recovery guidance)";

    private final String statement;
    private final String source;

    Evidence(String statement) {
        this(statement, DESIGN_NOTES);
    }

    Evidence(String statement, String source) {
        this.statement = statement;
        this.source = source;
    }

    public String statement() {
        return statement;
    }

    public String source() {
        return source;
    }

    /** "statement — source", for tooltips and "why" lines. */
    public String why() {
        return statement + " — " + source;
    }
}
