package dev.kip.insight;

/**
 * The published studies Kip's rules and advice rest on. Each was checked against the publisher's
 * or an index's record (authors, year, title, journal, volume and pages) before it was listed
 * here; nothing unchecked is cited.
 */
public enum Source {
    BONETT_WRIGHT_2000("Bonett DG, Wright TA", "Bonett & Wright", 2000,
            "Sample size requirements for estimating Pearson, Kendall and Spearman correlations", "Psychometrika",
            "65(1):23–28"),
    CARNEY_2012("Carney CE, Buysse DJ, Ancoli-Israel S, et al.", "Carney et al.", 2012,
            "The Consensus Sleep Diary: standardizing prospective sleep self-monitoring", "Sleep", "35(2):287–302"),
    CHANG_2015("Chang AM, Aeschbach D, Duffy JF, Czeisler CA", "Chang et al.", 2015,
            "Evening use of light-emitting eReaders negatively affects sleep, circadian timing, and next-morning alertness",
            "Proceedings of the National Academy of Sciences of the USA", "112(4):1232–1237"),
    CRAVEN_2022("Craven J, McCartney D, Desbrow B, et al.", "Craven et al.", 2022,
            "Effects of acute sleep loss on physical performance: a systematic and meta-analytical review",
            "Sports Medicine", "52(11):2669–2690"),
    DRAKE_2013("Drake C, Roehrs T, Shambroom J, Roth T", "Drake et al.", 2013,
            "Caffeine effects on sleep taken 0, 3, or 6 hours before going to bed",
            "Journal of Clinical Sleep Medicine", "9(11):1195–1200"),
    FINAN_2013("Finan PH, Goodin BR, Smith MT", "Finan et al.", 2013,
            "The association of sleep and pain: an update and a path forward", "The Journal of Pain", "14(12):1539–1552"),
    FINAN_2015("Finan PH, Quartana PJ, Smith MT", "Finan et al.", 2015,
            "The effects of sleep continuity disruption on positive mood and sleep architecture in healthy adults",
            "Sleep", "38(11):1735–1742"),
    FOSTER_2001("Foster C, Florhaug JA, Franklin J, et al.", "Foster et al.", 2001,
            "A new approach to monitoring exercise training", "Journal of Strength and Conditioning Research",
            "15(1):109–115"),
    FULLAGAR_2015("Fullagar HHK, Skorski S, Duffield R, et al.", "Fullagar et al.", 2015,
            "Sleep and athletic performance: the effects of sleep loss on exercise performance, and physiological and"
                    + " cognitive responses to exercise", "Sports Medicine", "45(2):161–186"),
    HORN_2012("Horn KK, Jennings S, Richardson G, et al.", "Horn et al.", 2012,
            "The patient-specific functional scale: psychometrics, clinimetrics, and application as a clinical outcome"
                    + " measure", "Journal of Orthopaedic & Sports Physical Therapy", "42(1):30–42"),
    IMPELLIZZERI_2020("Impellizzeri FM, McCall A, Ward P, Bornn L, Coutts AJ", "Impellizzeri et al.", 2020,
            "Training load and its role in injury prevention, part 2: conceptual and methodologic pitfalls",
            "Journal of Athletic Training", "55(9):893–901"),
    IRWIN_2016("Irwin MR, Olmstead R, Carroll JE", "Irwin et al.", 2016,
            "Sleep disturbance, sleep duration, and inflammation: a systematic review and meta-analysis of cohort studies"
                    + " and experimental sleep deprivation", "Biological Psychiatry", "80(1):40–52"),
    LAMON_2021("Lamon S, Morabito A, Arentson-Lantz E, et al.", "Lamon et al.", 2021,
            "The effect of acute sleep deprivation on skeletal muscle protein synthesis and the hormonal environment",
            "Physiological Reports", "9(1):e14660"),
    OKAMOTO_MIZUNO_2012("Okamoto-Mizuno K, Mizuno K", "Okamoto-Mizuno & Mizuno", 2012,
            "Effects of thermal environment on sleep and circadian rhythm", "Journal of Physiological Anthropology", "31:14"),
    PHILLIPS_2017("Phillips AJK, Clerx WM, O'Brien CS, et al.", "Phillips et al.", 2017,
            "Irregular sleep/wake patterns are associated with poorer academic performance and delayed circadian and"
                    + " sleep/wake timing", "Scientific Reports", "7:3216"),
    SAW_2016("Saw AE, Main LC, Gastin PB", "Saw et al.", 2016,
            "Monitoring the athlete training response: subjective self-reported measures trump commonly used objective"
                    + " measures: a systematic review", "British Journal of Sports Medicine", "50(5):281–291"),
    SILBERNAGEL_2007("Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J", "Silbernagel et al.", 2007,
            "Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles"
                    + " tendinopathy: a randomized controlled study", "The American Journal of Sports Medicine", "35(6):897–906"),
    STRATFORD_1995("Stratford P, Gill C, Westaway M, Binkley J", "Stratford et al.", 1995,
            "Assessing disability and change on individual patients: a report of a patient specific measure",
            "Physiotherapy Canada", "47(4):258–263"),
    STUTZ_2019("Stutz J, Eiholzer R, Spengler CM", "Stutz et al.", 2019,
            "Effects of evening exercise on sleep in healthy participants: a systematic review and meta-analysis",
            "Sports Medicine", "49(2):269–287"),
    WATSON_2015("Watson NF, Badr MS, Belenky G, et al.", "Watson et al.", 2015,
            "Recommended amount of sleep for a healthy adult: a joint consensus statement of the American Academy of"
                    + " Sleep Medicine and Sleep Research Society", "Sleep", "38(6):843–844");

    private final String authors;
    private final String shortAuthors;
    private final int year;
    private final String title;
    private final String journal;
    private final String volumePages;

    Source(String authors, String shortAuthors, int year, String title, String journal, String volumePages) {
        this.authors = authors;
        this.shortAuthors = shortAuthors;
        this.year = year;
        this.title = title;
        this.journal = journal;
        this.volumePages = volumePages;
    }

    /** "Lamon et al. 2021": how a line of advice points at its source. */
    public String shortName() {
        return shortAuthors + " " + year;
    }

    /** The full reference: authors (year). Title. Journal volume(issue):pages. */
    public String citation() {
        return authors + " (" + year + "). " + title + ". " + journal + " " + volumePages + ".";
    }

    public int year() {
        return year;
    }
}
