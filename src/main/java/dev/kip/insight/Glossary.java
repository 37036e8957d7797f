package dev.kip.insight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every term Kip shows that a person may not know, in plain words: the sleep diary's measures, the
 * training scales and the statistics behind Trends. Help lists them; a label on screen that names
 * one links to its entry ({@link #findIn}). A definition that rests on a study names it through
 * {@link #evidence()}.
 */
public enum Glossary {
    TIB("TIB", "Time in bed", "From getting into bed at night to getting out of bed in the morning.",
            Evidence.SLEEP_DIARY, "TIB", "time in bed"),
    TST("TST", "Total sleep time", "Time asleep: from trying to sleep to the final awakening, less the time it took"
            + " to fall asleep (SOL) and the time awake during the night (WASO).", Evidence.SLEEP_DIARY, "TST"),
    SOL("SOL", "Sleep onset latency", "Minutes from trying to sleep until falling asleep.", Evidence.SLEEP_DIARY,
            "SOL", "time to fall asleep", "fell asleep after"),
    WASO("WASO", "Wake after sleep onset", "Minutes awake during the night, after first falling asleep and before"
            + " the final awakening.", Evidence.SLEEP_DIARY, "WASO", "awake in the night"),
    SE("SE", "Sleep efficiency", "Time asleep as a share of time in bed: TST ÷ TIB × 100.", Evidence.SLEEP_DIARY,
            "SE", "sleep efficiency"),
    SLEEP_DEBT("Sleep debt", "Sleep debt", "What the last 14 nights fell short of your sleep target, added up."
            + " A long night pays some of it back, but the total never goes below zero: sleep cannot be banked"
            + " ahead.", null, "sleep debt"),
    ROLLING_MEAN("7-night mean", "7-night rolling mean", "The average of each night and the six before it,"
            + " shown once at least four of those nights are logged; it smooths out single nights.", null,
            "7-night mean", "rolling mean"),
    WAKE_SPREAD("Wake-time spread", "Wake-time regularity", "How much your wake time varied over the last 14 nights,"
            + " as a standard deviation (SD). Smaller is steadier.", Evidence.WAKE_TIME,
            "wake-time spread", "wake-time regularity", "wake-time SD", "wake SD"),
    RPE("RPE", "Rating of perceived exertion", "How hard a set felt, from 0 to 10. In lifting, 10 means not one more"
            + " rep was possible, 9 means one more was, 8 two more, and so on.", null, "RPE"),
    RIR("RIR", "Reps in reserve", "How many more reps you could have done at the end of a set: 0 means none"
            + " (the set went to failure).", null, "RIR", "reps in reserve"),
    SESSION_RPE("Session RPE", "Session rating of perceived exertion", "How hard the whole session was, on the CR-10"
            + " scale, rated about half an hour after it ended. Times the session's minutes it gives the session's"
            + " training load in AU.", Evidence.SESSION_LOAD, "session RPE", "sRPE"),
    CR10("CR-10", "Borg's category-ratio scale (CR-10)", "The 0–10 scale of session RPE: 0 rest, 1 very, very easy,"
            + " 2 easy, 3 moderate, 4 somewhat hard, 5 hard, 7 very hard, 10 maximal.", Evidence.SESSION_LOAD, "CR-10"),
    AU("AU", "Arbitrary units", "The unit of training load: session RPE × minutes. A 60-minute session at"
            + " session RPE 7 is 420 AU. It compares your sessions with one another, not with other people's.",
            Evidence.SESSION_LOAD, "AU"),
    ACUTE_CHRONIC("Acute:chronic", "Acute:chronic load ratio", "The training load of the last 7 days divided by the"
            + " average weekly load of the last 28 days. Above 1 you did more than usual this week, below 1 less."
            + " It describes a change in load; it does not predict injury.", Evidence.LOAD_CHANGE, "acute:chronic"),
    E1RM("e1RM", "Estimated one-rep max", "The heaviest single a set suggests you could lift, from its weight and"
            + " reps: Epley's w × (1 + reps ÷ 30) unless Settings choose Brzycki's w × 36 ÷ (37 − reps)."
            + " A single is its own 1RM; warm-up sets never count, and sets above 12 reps give a rough estimate.",
            null, "e1RM", "1RM"),
    STRENGTH_INDEX("Strength index", "Strength index", "How strong a session was against your recent form: each main"
            + " lift's best e1RM in the session as a percentage of its best over the 56 days before, averaged over"
            + " the main lifts trained. 100 % means as strong as your recent best.", null, "strength index"),
    SORENESS("Soreness", "Muscle soreness (0–10)", "The ache expected after training, from 0 (none) to 10 (the worst"
            + " imaginable). Kept apart from pain: the two scales are never mixed.", null, "soreness"),
    PAIN("Pain", "Pain, numeric rating scale (0–10)", "Pain from 0 (no pain) to 10 (the worst pain imaginable), as a"
            + " physiotherapist asks for it. Kept apart from soreness.", null, "pain"),
    RHO("ρ", "Spearman's rank correlation (ρ)", "How closely two measures rise and fall together, from −1 to +1,"
            + " compared by rank so that one odd value cannot dominate. 0 means no association. An association"
            + " is not a cause.", null, "ρ", "Spearman"),
    INTERVAL("95 % interval", "95 % confidence interval", "The range the true value most likely lies in, given how"
            + " much data there is. Kip works it out by resampling your own data many times (a bootstrap) or, from "
            + Spearman.FORMULA_FROM + " pairs on, where both give the same, with the standard formula. When the"
            + " interval includes 0, the data show no clear association.", Evidence.RANK_INTERVAL,
            "95 % interval", "95 % CI", "95% interval", "95% CI", "bootstrap"),
    N("n", "Number of pairs", "How many values a figure rests on: for a correlation, the sessions that had sleep"
            + " logged the night before. The fewer there are, the wider the interval.", null, "n ="),
    SD("SD", "Standard deviation", "How far values typically lie from their average. About two thirds of values lie"
            + " within one SD of it.", null, "SD");

    private final String term;
    private final String name;
    private final String meaning;
    private final Evidence evidence;
    private final List<Pattern> spellings;

    Glossary(String term, String name, String meaning, Evidence evidence, String... spellings) {
        this.term = term;
        this.name = name;
        this.meaning = meaning;
        this.evidence = evidence;
        this.spellings = Arrays.stream(spellings).map(Glossary::pattern).toList();
    }

    /** The term as Kip shows it: "WASO", "e1RM", "ρ". */
    public String term() {
        return term;
    }

    /** What it stands for: "Wake after sleep onset". */
    public String fullName() {
        return name;
    }

    public String meaning() {
        return meaning;
    }

    /** The study behind the definition, if it rests on one. */
    public Optional<Evidence> evidence() {
        return Optional.ofNullable(evidence);
    }

    /** "WASO — Wake after sleep onset. Minutes awake…": the entry in one line. */
    public String oneLine() {
        return (term.equals(name) ? name : term + " — " + name) + ". " + meaning;
    }

    /** Whether {@code query} (any case) is in the term, its name or its meaning. */
    public boolean matches(String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        return q.isEmpty() || (term + " " + name + " " + meaning).toLowerCase(Locale.ROOT).contains(q);
    }

    /**
     * The terms named in {@code text}, in the order they appear, each once. Abbreviations count only in
     * their own case and as whole words ("SE", not the "se" of "session"); words and phrases in any case.
     * Where spellings overlap the longer wins ("session RPE" over "RPE").
     */
    public static List<Glossary> findIn(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Glossary g : values()) {
            for (Pattern spelling : g.spellings) {
                Matcher m = spelling.matcher(text);
                while (m.find()) {
                    hits.add(new Hit(g, m.start(), m.end()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        List<Glossary> found = new ArrayList<>();
        int coveredTo = 0;
        for (Hit h : hits) {
            if (h.start() >= coveredTo) {
                coveredTo = h.end();
                if (!found.contains(h.term())) {
                    found.add(h.term());
                }
            }
        }
        return found;
    }

    private record Hit(Glossary term, int start, int end) {
    }

    /**
     * A whole-word pattern (a plural "s" allowed). A single word with a capital after its first letter
     * is an abbreviation and matches in its own case only; anything else matches in any case.
     */
    private static Pattern pattern(String spelling) {
        boolean abbreviation = spelling.chars().noneMatch(Character::isWhitespace)
                && spelling.chars().skip(1).anyMatch(Character::isUpperCase);
        String word = "(?<![\\p{L}\\p{N}])" + Pattern.quote(spelling) + (spelling.endsWith("=") ? "" : "s?(?![\\p{L}\\p{N}])");
        return Pattern.compile(word, abbreviation ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
