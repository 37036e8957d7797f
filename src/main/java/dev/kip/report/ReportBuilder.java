package dev.kip.report;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.Exercise;
import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.RegionLoad;
import dev.kip.domain.SessionBest;
import dev.kip.domain.Settings;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import dev.kip.insight.E1rm;
import dev.kip.insight.NightSourceChoice;
import dev.kip.insight.PainMonitoring;
import dev.kip.insight.PsfsChange;
import dev.kip.insight.RecoveryInputs;
import dev.kip.report.ReportModel.Header;
import dev.kip.report.TrainingPart.LiftChoice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Builds the {@link ReportModel} of a range from a {@link ReportSource}: one read of each kind for the
 * range and the lead-in the figures need (the recovery check looks 77 days back, the acute:chronic
 * ratio 28, the sleep debt 14), then pure calculations. Over the journal, call it on the journal thread.
 */
public final class ReportBuilder {

    /** At most this many lifts beyond the main ones: those that load a painful region, most trained first. */
    static final int MAX_EXTRA_LIFTS = 3;
    private static final int SLEEP_DEBT_LEAD_DAYS = 13;

    private final ReportSource source;

    public ReportBuilder(ReportSource source) {
        this.source = source;
    }

    /** The summary of {@code request}, dated {@code generated}; the name and units come from the request and the settings. */
    public ReportModel build(ReportRequest request, LocalDate generated) {
        Settings s = source.settings();
        LocalDate from = request.from();
        LocalDate to = request.to();
        LocalDate historyFrom = RecoveryInputs.historyFrom(from);
        List<Night> allNights = source.nights(historyFrom, to);
        List<Factors> allFactors = source.factors(historyFrom, to);
        List<Workout> allWorkouts = source.workouts(historyFrom, to);
        List<BodyMark> allMarks = source.marks(historyFrom, to);

        List<Night> rangeNights = inRange(allNights, Night::date, from, to);
        List<Workout> rangeWorkouts = inRange(allWorkouts, Workout::date, from, to);
        List<BodyMark> rangeMarks = inRange(allMarks, BodyMark::date, from, to);
        Header header = new Header(request.name(), from, to, generated, s.massUnit(), s.e1rmFormula(), request.question(),
                request.treatment());
        boolean empty = rangeNights.isEmpty() && rangeWorkouts.isEmpty() && rangeMarks.isEmpty();
        if (empty) {
            return new ReportModel(header, true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
        }
        // The recovery check, run on every day of the range, is the longest part and reads nothing more from
        // the source: it runs on another core while the other sections are built (all only read the lists), so
        // it starts first. It reads each night from the diary or a device, as the person chose.
        CompletableFuture<Optional<ReportModel.RecoverySection>> recovery = CompletableFuture.completedFuture(Optional.empty());
        if (request.wants(ReportSection.RECOVERY)) {
            var deviceNights = source.deviceNights(historyFrom, to);
            var prefs = source.sleepSourcePrefs();
            var trust = source.nightTrust(historyFrom, to);
            Set<Long> mainIds = new TreeSet<>(source.mainLifts());
            recovery = CompletableFuture.supplyAsync(() -> {
                NightSourceChoice.Choice chosen = NightSourceChoice.choose(allNights, deviceNights, prefs, trust);
                return Optional.of(RecoveryPart.of(new RecoveryPart.History(allNights, chosen.nights(), allFactors,
                        allWorkouts, E1rm.sessionBests(allWorkouts, mainIds, s.e1rmFormula()), allMarks), from, to, s.sleepTargetMin()));
            });
        }
        // "new" looks back 28 days before the range; the history read reaches further (the recovery check's 77)
        List<BodyMark> leadAndRange = inRange(allMarks, BodyMark::date, from.minusDays(ReportModel.NEW_AFTER_DAYS), to);
        boolean wantsBody = request.wants(ReportSection.BODY);
        var body = wantsBody ? Optional.of(BodySummary.of(leadAndRange, from, to)) : Optional.<ReportModel.BodySection>empty();
        var pain = wantsBody ? Optional.of(PainPart.of(leadAndRange, painChecks(rangeWorkouts, allMarks, from, to), from, to))
                : Optional.<ReportModel.PainSection>empty();
        var scale = wantsBody ? Optional.of(PsfsChange.of(source.psfsActivities(), source.psfsRatingsUpTo(to), to))
                .filter(p -> !p.isEmpty()).map(ReportModel.PsfsSection::new) : Optional.<ReportModel.PsfsSection>empty();
        var sleep = request.wants(ReportSection.SLEEP)
                ? Optional.of(SleepPart.of(inRange(allNights, Night::date, from.minusDays(SLEEP_DEBT_LEAD_DAYS), to),
                        allFactors, from, to, s.sleepTargetMin(),
                        NightSourceChoice.choose(rangeNights, source.deviceNights(from, to), source.sleepSourcePrefs(),
                                source.nightTrust(from, to)).describe()))
                : Optional.<ReportModel.SleepSection>empty();
        Optional<ReportModel.TrainingSection> training = Optional.empty();
        if (request.wants(ReportSection.TRAINING)) {
            List<LiftChoice> lifts = liftChoices(rangeMarks, rangeWorkouts);
            List<SessionBest> bests = E1rm.sessionBests(rangeWorkouts, lifts.stream().map(LiftChoice::exerciseId).toList(),
                    s.e1rmFormula());
            training = Optional.of(TrainingPart.of(allWorkouts, bests, lifts, from, to));
        }
        var notes = request.wants(ReportSection.NOTES) ? Optional.of(NotesPart.of(rangeMarks, rangeNights, from, to))
                : Optional.<ReportModel.NotesSection>empty();
        return new ReportModel(header, false, body, sleep, training, joined(recovery), notes, pain, scale);
    }

    /** The part's value, or what it threw, as if it had run on this thread. */
    private static <T> T joined(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The pain-monitoring model after each session of the range, from its exercises' regions and the pain felt during it. */
    private List<PainMonitoring.Check> painChecks(List<Workout> rangeWorkouts, List<BodyMark> marks, LocalDate from, LocalDate to) {
        Map<Long, Exercise> catalog = new HashMap<>();
        source.exercises().forEach(e -> catalog.put(e.id(), e));
        return PainMonitoring.evaluate(PainMonitoring.sessions(rangeWorkouts, catalog, source.painDuringSessions(from, to)), marks);
    }

    /** The main lifts, then up to {@value #MAX_EXTRA_LIFTS} lifts trained in the range that load a region marked with pain. */
    private List<LiftChoice> liftChoices(List<BodyMark> rangeMarks, List<Workout> rangeWorkouts) {
        List<Exercise> catalog = source.exercises();
        List<Long> main = source.mainLifts();
        Set<String> painful = new TreeSet<>();
        rangeMarks.stream().filter(m -> m.kind() == SymptomKind.PAIN && m.level() > 0).forEach(m -> painful.add(m.regionId()));
        Map<Long, Integer> sessions = new HashMap<>();
        for (Workout w : rangeWorkouts) {
            new LinkedHashSet<>(w.sets().stream().map(set -> set.exerciseId()).toList())
                    .forEach(id -> sessions.merge(id, 1, Integer::sum));
        }
        List<LiftChoice> out = new ArrayList<>();
        List<LiftChoice> extras = new ArrayList<>();
        for (Exercise e : catalog) {
            List<String> loads = e.regions().stream().map(RegionLoad::regionId).filter(painful::contains)
                    .map(id -> BodyRegions.byId(id).map(BodyRegion::name).orElse(id)).toList();
            if (main.contains(e.id())) {
                out.add(new LiftChoice(e.id(), e.name(), true, loads));
            } else if (!loads.isEmpty() && sessions.containsKey(e.id())) {
                extras.add(new LiftChoice(e.id(), e.name(), false, loads));
            }
        }
        out.sort(Comparator.comparing(c -> main.indexOf(c.exerciseId())));
        extras.sort(Comparator.comparing((LiftChoice c) -> sessions.get(c.exerciseId())).reversed()
                .thenComparing(LiftChoice::name));
        out.addAll(extras.subList(0, Math.min(MAX_EXTRA_LIFTS, extras.size())));
        return out;
    }

    private static <T> List<T> inRange(List<T> items, Function<T, LocalDate> date, LocalDate from,
            LocalDate to) {
        return items.stream().filter(t -> !date.apply(t).isBefore(from) && !date.apply(t).isAfter(to)).toList();
    }
}
