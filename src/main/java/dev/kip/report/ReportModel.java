package dev.kip.report;

import dev.kip.domain.Settings.E1rmFormula;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.domain.SymptomKind;
import dev.kip.insight.Acwr;
import dev.kip.insight.DayValue;
import dev.kip.insight.PainMonitoring;
import dev.kip.insight.PsfsChange;
import dev.kip.insight.RuleResult;
import dev.kip.insight.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The physiotherapist summary of a date range as plain data: what the PDF (and anything else)
 * shows, already worked out. A section is empty when it was not asked for; {@code empty} is true
 * when the range holds no night, workout or body mark at all.
 */
public record ReportModel(
        Header header,
        boolean empty,
        Optional<BodySection> body,
        Optional<SleepSection> sleep,
        Optional<TrainingSection> training,
        Optional<RecoverySection> recovery,
        Optional<NotesSection> notes,
        Optional<PainSection> pain,
        Optional<PsfsSection> psfs) {

    public static final String DISCLAIMER = "Self-reported journal, not a medical record";

    /**
     * @param name      blank when the person gave none; {@code massUnit} is how weights are printed
     * @param question  the person's own question for the physiotherapist, printed under the header (blank for none)
     * @param treatment medication or other treatment they noted (blank for none)
     */
    public record Header(String name, LocalDate from, LocalDate to, LocalDate generated, MassUnit massUnit, E1rmFormula e1rmFormula,
                         String question, String treatment) {
        public Header {
            question = question == null ? "" : question.strip();
            treatment = treatment == null ? "" : treatment.strip();
        }

        public long days() {
            return to.toEpochDay() - from.toEpochDay() + 1;
        }
    }

    /** Days {@code from} … {@code to}, both included. */
    public record Days(LocalDate from, LocalDate to) {
    }

    /**
     * Region id → level for each kind over some days: the mean of the days the region was marked
     * (a day without a mark is unknown, not 0), so the number stays on the 0–10 scale the person used.
     */
    public record LevelMap(Map<String, Double> soreness, Map<String, Double> pain) {
        public LevelMap {
            soreness = Map.copyOf(soreness);
            pain = Map.copyOf(pain);
        }

        public Map<String, Double> of(SymptomKind kind) {
            return kind == SymptomKind.PAIN ? pain : soreness;
        }

        public boolean isEmpty() {
            return soreness.isEmpty() && pain.isEmpty();
        }
    }

    /**
     * How a region's level moved over the range. {@code NEW} is a region with no mark of that kind in
     * the {@value #NEW_AFTER_DAYS} days before the range; otherwise the first week's mean is
     * compared with the last week's.
     */
    public enum Change {
        NEW("new", "▲", true), WORSE("worse", "▲", true), BACK("back in the last week", "▲", true), SAME("same", "=", false),
        BETTER("better", "▼", false), RESOLVED("not marked in the last week", "▼", false),
        NEITHER("only in between", "–", false);

        private final String label;
        private final String symbol;
        private final boolean worse;

        Change(String label, String symbol, boolean worse) {
            this.label = label;
            this.symbol = symbol;
            this.worse = worse;
        }

        public String label() {
            return label;
        }

        /** ▲ worse, ▼ better, = same: readable in greyscale. */
        public String symbol() {
            return symbol;
        }

        public boolean isWorse() {
            return worse;
        }

        public boolean isBetter() {
            return this == BETTER || this == RESOLVED;
        }
    }

    /** A region is "new" in a range when it has no mark of that kind in this many days before it. */
    public static final int NEW_AFTER_DAYS = 28;

    /**
     * One region and kind over the range. {@code firstWeek}/{@code lastWeek} are the mean level of
     * the days marked in those weeks (empty when not marked then).
     */
    public record RegionRow(String regionId, String regionName, SymptomKind kind, OptionalDouble firstWeek,
                            OptionalDouble lastWeek, int peak, int daysMarked, Change change) {
    }

    public record BodySection(Days firstWeek, Days lastWeek, LevelMap firstWeekLevels, LevelMap lastWeekLevels,
                              LevelMap averageLevels, List<RegionRow> rows) {
        public BodySection {
            rows = List.copyOf(rows);
        }
    }

    /** Means over the nights logged (missing nights left out). Minutes, percent, counts, 1–5 ratings. */
    public record SleepAverages(double tstMin, double sePct, double solMin, double wasoMin, double awakenings,
                                double quality, double rested) {
    }

    /**
     * @param debtMin       the 14-night sleep debt on the last day (see insight.SleepSummary)
     * @param wakeSdMin     SD of wake times over the range's nights (midnight-safe); empty below 3 nights
     * @param nightly       total sleep time per logged night, minutes
     * @param shortNights   nights under 7 h; {@code lowEfficiencyNights}: sleep efficiency under 85 %
     */
    /** {@code sources}: where the sleep figures of the recovery check come from ("diary on 61 nights, Garmin on 23"). */
    public record SleepSection(int nightsLogged, Optional<SleepAverages> averages, int debtMin, OptionalDouble wakeSdMin,
                               List<DayValue> nightly, int targetMin, int shortNights, int lowEfficiencyNights,
                               String sources) {
        public static final int SHORT_BELOW_MIN = 7 * 60;
        public static final double LOW_EFFICIENCY_BELOW_PCT = 85;

        public SleepSection {
            nightly = List.copyOf(nightly);
        }
    }

    /** A week's session load (sRPE × minutes); {@code partial} when the range covers only part of it. */
    public record WeekLoad(LocalDate weekStart, double load, boolean partial) {
    }

    /**
     * A lift's best e1RM (kg, by the header's formula) per session in the range. {@code startKg}/{@code endKg} are the
     * best of the first and of the last 14 days. {@code loadsMarked} names the marked regions it loads.
     */
    public record LiftTrend(String name, boolean mainLift, List<String> loadsMarked, List<DayValue> sessions,
                            OptionalDouble startKg, OptionalDouble endKg) {
        public LiftTrend {
            loadsMarked = List.copyOf(loadsMarked);
            sessions = List.copyOf(sessions);
        }
    }

    public record TrainingSection(int sessions, double sessionsPerWeek, List<WeekLoad> weeklyLoad,
                                  Optional<Acwr> acwrAtEnd, List<LiftTrend> lifts, List<LocalDate> feltHeavier) {
        public TrainingSection {
            weeklyLoad = List.copyOf(weeklyLoad);
            lifts = List.copyOf(lifts);
            feltHeavier = List.copyOf(feltHeavier);
        }
    }

    /**
     * One recovery-check rule over the range: its state and detail on the last day, and on how many
     * of the {@code daysChecked} days it called for action or for watching.
     */
    public record RuleSummary(String rule, String label, RuleResult.State stateAtEnd, String detailAtEnd, int actDays,
                              int watchDays, int daysChecked) {
    }

    /** @param sources the studies the rules and the suggestion rest on, each once, for the summary's list of sources */
    public record RecoverySection(LocalDate asOf, List<RuleSummary> rules, String suggestion, List<Source> sources) {
        public RecoverySection {
            rules = List.copyOf(rules);
            sources = List.copyOf(sources);
        }
    }

    /**
     * How a painful region went through the range: onset (its first pain mark in the range, or empty when
     * pain was marked in the {@value #NEW_AFTER_DAYS} days before: "before the range"), peak and latest
     * with their dates, the level on each day marked, the pain details given last (blank for none), and
     * the pain-monitoring model after each session that loaded it.
     */
    public record PainRow(String regionId, String regionName, Optional<LocalDate> onset, int peak, LocalDate peakDate,
                          int latest, LocalDate latestDate, int daysMarked, List<DayValue> levels, String details,
                          Monitoring monitoring) {
        public PainRow {
            levels = List.copyOf(levels);
        }

        public boolean isNew() {
            return onset.isPresent();
        }
    }

    /**
     * The pain-monitoring model's checks of one region in the range: how many sessions were within it,
     * outside it or not complete, and the latest check (empty when no session loaded the region).
     */
    public record Monitoring(int within, int outside, int incomplete, Optional<PainMonitoring.Check> latest) {
        public int checked() {
            return within + outside + incomplete;
        }
    }

    /** The regions with pain in the range, worst first, with the sessions the model checked. */
    public record PainSection(List<PainRow> rows) {
        public PainSection {
            rows = List.copyOf(rows);
        }

        public int sessionsChecked() {
            return rows.stream().mapToInt(r -> r.monitoring().checked()).sum();
        }
    }

    /** The Patient-Specific Functional Scale as it stood on the range's last day. */
    public record PsfsSection(PsfsChange.Summary summary) {
    }

    /** A note written on a day with a body mark: about what ("Left knee, pain 5", "Night") and the text. */
    public record Note(LocalDate date, String about, String text) {
    }

    /** The notes kept (newest last) and how many older ones were left out. */
    public record NotesSection(List<Note> notes, int leftOut) {
        public NotesSection {
            notes = List.copyOf(notes);
        }
    }
}
