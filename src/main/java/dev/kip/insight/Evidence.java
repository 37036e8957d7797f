package dev.kip.insight;

import static dev.kip.insight.Source.BONETT_WRIGHT_2000;
import static dev.kip.insight.Source.CARNEY_2012;
import static dev.kip.insight.Source.CHANG_2015;
import static dev.kip.insight.Source.CRAVEN_2022;
import static dev.kip.insight.Source.DRAKE_2013;
import static dev.kip.insight.Source.FINAN_2013;
import static dev.kip.insight.Source.FINAN_2015;
import static dev.kip.insight.Source.FOSTER_2001;
import static dev.kip.insight.Source.FULLAGAR_2015;
import static dev.kip.insight.Source.HORN_2012;
import static dev.kip.insight.Source.IMPELLIZZERI_2020;
import static dev.kip.insight.Source.IRWIN_2016;
import static dev.kip.insight.Source.LAMON_2021;
import static dev.kip.insight.Source.OKAMOTO_MIZUNO_2012;
import static dev.kip.insight.Source.PHILLIPS_2017;
import static dev.kip.insight.Source.SAW_2016;
import static dev.kip.insight.Source.SILBERNAGEL_2007;
import static dev.kip.insight.Source.STRATFORD_1995;
import static dev.kip.insight.Source.STUTZ_2019;
import static dev.kip.insight.Source.WATSON_2015;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What Kip's rules and advice rest on: each line states, in plain words, no more than its
 * {@link Source studies} found, and names them. Every rule or message built on a line shows its
 * statement and sources ({@link #why()}), and the full references are listed wherever it appears.
 */
public enum Evidence {
    SLEEP_NEED("Adults need 7 h of sleep or more a night, regularly; after a short night (6 h or less) exercise"
            + " performance, strength included, was about 8 % lower on average", WATSON_2015, CRAVEN_2022),
    QUALITY("Broken sleep costs more than its hours: waking often through the night cut deep sleep and lowered mood"
            + " more than the same sleep lost to a late bedtime", FINAN_2015),
    WAKE_TIME("Irregular sleep and wake times go with a later body clock, driven by irregular light; a steady wake time"
            + " with morning light keeps it anchored", PHILLIPS_2017),
    SCREENS("Reading on a light-emitting screen before bed delayed sleep and the body clock and left people less alert"
            + " the next morning", CHANG_2015),
    LATE_TRAINING("Evening exercise does not generally harm sleep, but vigorous exercise ending within about an hour of"
            + " bedtime may delay and shorten it", STUTZ_2019),
    ROOM_TEMP("A hot bedroom means more time awake and less deep and REM sleep", OKAMOTO_MIZUNO_2012),
    CAFFEINE("Caffeine taken even 6 h before bed disturbed sleep and shortened it", DRAKE_2013),
    PROTEIN_SYNTHESIS("One night without sleep cut muscle protein synthesis by 18 % and raised cortisol by 21 % in a"
            + " lab study", LAMON_2021),
    RECOVERY_SIGNS("How training feels (effort, fatigue, soreness, mood) tracks training load more closely than most"
            + " objective tests, and sleep loss can look like overtraining", SAW_2016, FULLAGAR_2015),
    SHORT_NIGHT_SESSION("Performance is lower after short nights, most of all after a night without sleep or one cut"
            + " short in the morning, so a lighter session is the cautious choice", CRAVEN_2022),
    PAIN_THRESHOLD("Poor sleep predicts new and worsening pain more reliably than pain predicts poor sleep, and"
            + " disturbed sleep goes with higher inflammatory markers (CRP, IL-6)", FINAN_2013, IRWIN_2016),
    SESSION_LOAD("Session RPE × minutes measures training load across kinds of exercise", FOSTER_2001),
    LOAD_CHANGE("The acute:chronic ratio only describes how this week's load compares with the weeks before; it does"
            + " not predict injury", IMPELLIZZERI_2020),
    PAIN_MONITORING("The pain-monitoring model, as commonly described: pain during training may reach 5 on the 0–10 scale,"
            + " pain the next morning should settle back to its usual level, and pain should not rise from week to week;"
            + " in a randomised trial, people with Achilles tendinopathy who kept running and jumping within it did as well"
            + " as those who rested", SILBERNAGEL_2007),
    PSFS_CHANGE("The Patient-Specific Functional Scale: up to five activities the person finds hard, each rated 0 (unable)"
            + " to 10 (as before the problem); a change of 2 points or more in the average, or 3 or more in one activity,"
            + " is larger than measurement error (minimal detectable change, 90 % confidence). Free to use",
            STRATFORD_1995, HORN_2012),
    SLEEP_DIARY("Time in bed, time asleep and sleep efficiency are worked out as the Consensus Sleep Diary defines them",
            CARNEY_2012),
    RANK_INTERVAL("A rank correlation's 95 % interval can be worked out from Fisher's z with a standard error of"
            + " √((1 + ρ²/2) / (n − 3)); Kip does so from " + Spearman.FORMULA_FROM + " pairs on, where it agrees with"
            + " resampling, and resamples the data (a bootstrap) below that", BONETT_WRIGHT_2000);

    private final String statement;
    private final List<Source> sources;

    Evidence(String statement, Source... sources) {
        this.statement = statement;
        this.sources = List.of(sources);
    }

    public String statement() {
        return statement;
    }

    public List<Source> sources() {
        return sources;
    }

    /** "Lamon et al. 2021; …": the sources by short name. */
    public String sourceNames() {
        return sources.stream().map(Source::shortName).collect(Collectors.joining("; "));
    }

    /** "statement (sources)", for "why" lines and tooltips. */
    public String why() {
        return statement + " (" + sourceNames() + ")";
    }

    /** The why line, then each source's full reference on a line of its own. */
    public String whyWithReferences() {
        return why() + "." + sources.stream().map(s -> "\n• " + s.citation()).collect(Collectors.joining());
    }
}
