package dev.kip.service;

import dev.kip.domain.BodyMark;
import dev.kip.domain.Exercise;
import dev.kip.domain.PsfsActivity;
import dev.kip.domain.SessionPain;
import dev.kip.insight.PainMonitoring;
import dev.kip.insight.PainMonitoring.Check;
import dev.kip.insight.PsfsChange;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.PsfsStore;
import dev.kip.journal.SessionPainStore;
import dev.kip.journal.WorkoutStore;
import dev.kip.report.ReportRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the person keeps for their physiotherapist beside the body map: the pain-monitoring model
 * after their sessions, the pain felt during a session, the Patient-Specific Functional Scale, and
 * the question and treatment notes the summary prints ({@link AppointmentService} keeps the
 * appointments). Call it on the journal thread.
 */
public final class PhysioService {

    /** How far back the latest pain-monitoring check of a region is looked for. */
    public static final int RECENT_DAYS = 28;
    /** The functional scale's activities in use at a time. */
    public static final int MAX_ACTIVITIES = PsfsStore.MAX_ACTIVE;

    private final WorkoutStore workouts;
    private final ExerciseStore exercises;
    private final BodyMarkStore marks;
    private final SessionPainStore sessionPains;
    private final PsfsStore psfs;
    private final SettingsService settings;
    private final Changes changes;
    private final Journal journal;

    public PhysioService(Journal journal, SettingsService settings, Changes changes) {
        this.journal = journal;
        this.settings = settings;
        this.changes = changes;
        this.workouts = new WorkoutStore(journal);
        this.exercises = new ExerciseStore(journal);
        this.marks = new BodyMarkStore(journal);
        this.sessionPains = new SessionPainStore(journal);
        this.psfs = new PsfsStore(journal);
    }

    // ---- the pain-monitoring model ----

    /** The model's checks of the sessions dated from … to, oldest first. */
    public List<Check> checks(LocalDate from, LocalDate to) {
        Map<Long, Exercise> catalog = new HashMap<>();
        exercises.all().forEach(e -> catalog.put(e.id(), e));
        Map<Long, List<SessionPain>> during = new HashMap<>();
        sessionPains.between(from, to).forEach(d -> during.computeIfAbsent(d.workoutId(), id -> new ArrayList<>()).add(d.pain()));
        // the model reads the marks of two weeks before a session and of the morning after it
        List<BodyMark> window = marks.between(from.minusDays(PainMonitoring.LEAD_DAYS), to.plusDays(1));
        return PainMonitoring.evaluate(PainMonitoring.sessions(workouts.between(from, to), catalog, during), window);
    }

    /** Each region's latest check in the {@value #RECENT_DAYS} days up to {@code asOf}, by region id. */
    public Map<String, Check> latestChecks(LocalDate asOf) {
        Map<String, Check> latest = new LinkedHashMap<>();
        checks(asOf.minusDays(RECENT_DAYS - 1L), asOf).forEach(c -> latest.put(c.regionId(), c));
        return latest;
    }

    /** The checks of the latest session in the {@value #RECENT_DAYS} days up to {@code asOf} that loaded a painful region. */
    public List<Check> latestSessionChecks(LocalDate asOf) {
        List<Check> all = checks(asOf.minusDays(RECENT_DAYS - 1L), asOf);
        if (all.isEmpty()) {
            return List.of();
        }
        long last = all.get(all.size() - 1).workoutId();
        return all.stream().filter(c -> c.workoutId() == last).toList();
    }

    // ---- pain during a session ----

    public List<SessionPain> sessionPain(long workoutId) {
        return sessionPains.of(workoutId);
    }

    /**
     * Records the pain felt in {@code regionId} during the session {@code workoutId} (0–10; null takes the
     * reading back), keeping the session's other regions: the model's "during" reading.
     */
    public void setSessionPain(long workoutId, String regionId, Integer level) {
        journal.transaction(() -> {
            List<SessionPain> kept = new ArrayList<>(sessionPains.of(workoutId).stream()
                    .filter(p -> !p.regionId().equals(regionId)).toList());
            if (level != null) {
                kept.add(new SessionPain(regionId, level));
            }
            sessionPains.replace(workoutId, kept);
            return null;
        });
        changes.publish(Change.PHYSIO);
    }

    // ---- the functional scale ----

    public List<PsfsActivity> activities() {
        return psfs.activities();
    }

    /** The scale as it stands on {@code asOf}: each activity's ratings and change. */
    public PsfsChange.Summary scale(LocalDate asOf) {
        return PsfsChange.of(psfs.activities(), psfs.ratingsUpTo(asOf), asOf);
    }

    public PsfsActivity addActivity(String name, LocalDate day) {
        PsfsActivity added = psfs.add(name, day);
        changes.publish(Change.PHYSIO);
        return added;
    }

    public void retireActivity(long id, LocalDate day) {
        psfs.retire(id, day);
        changes.publish(Change.PHYSIO);
    }

    public void rate(LocalDate day, Map<Long, Integer> scores) {
        psfs.rate(day, scores);
        changes.publish(Change.PHYSIO);
    }

    // ---- what the summary prints under its header ----

    public String question() {
        return settings.remembered(ReportRequest.QUESTION_SETTING).orElse("");
    }

    public String treatment() {
        return settings.remembered(ReportRequest.TREATMENT_SETTING).orElse("");
    }

    /** Keeps the question and treatment notes for the next summary, in one transaction. */
    public void saveNotes(String question, String treatment) {
        journal.transaction(() -> {
            settings.remember(ReportRequest.QUESTION_SETTING, question.strip());
            settings.remember(ReportRequest.TREATMENT_SETTING, treatment.strip());
            return null;
        });
    }
}
