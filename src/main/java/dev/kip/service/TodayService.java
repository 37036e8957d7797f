package dev.kip.service;

import dev.kip.body.BodyGeometry;
import dev.kip.domain.Appointment;
import dev.kip.domain.BodyMark;
import dev.kip.domain.Night;
import dev.kip.domain.Workout;
import dev.kip.insight.PainMonitoring;
import dev.kip.insight.RecoveryCheck;
import dev.kip.insight.RecoveryReport;
import dev.kip.insight.SleepSummary;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.FactorsStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.WorkoutStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Today's overview, in two parts so the first is on screen sooner: the {@link Morning} (last night,
 * today's marks, the last session) and what {@link Later} follows (the recovery check, when each
 * main lift was last trained), then what the person keeps for their physiotherapist ({@link Physio}).
 * Call it on the journal thread.
 */
public final class TodayService {
    private final NightStore nights;
    private final FactorsStore factors;
    private final WorkoutStore workouts;
    private final ExerciseStore exercises;
    private final BodyMarkStore marks;
    private final TrendsService trends;
    private final PhysioService physio;
    private final AppointmentService appointments;
    private final SettingsService settings;
    private final Clock clock;

    public TodayService(Journal journal, TrendsService trends, PhysioService physio, AppointmentService appointments,
                        SettingsService settings, Clock clock) {
        this.nights = new NightStore(journal);
        this.factors = new FactorsStore(journal);
        this.workouts = new WorkoutStore(journal);
        this.exercises = new ExerciseStore(journal);
        this.marks = new BodyMarkStore(journal);
        this.trends = trends;
        this.physio = physio;
        this.appointments = appointments;
        this.settings = settings;
        this.clock = clock;
    }

    /** Today's own data: the sleep summary, today's marks (with the body geometry) and the last session. */
    public record Morning(SleepSummary sleep, int lastQuality, List<BodyMark> marks, BodyGeometry geometry, Optional<Workout> last,
                          Map<Long, String> exerciseNames, int nightCount, int workoutCount) {
    }

    /** What follows: the recovery check and when each main lift was last trained. */
    public record Later(RecoveryReport recovery, Map<String, LocalDate> lastTrained) {
    }

    /**
     * The next physiotherapy appointment from today on, and the pain-monitoring model's checks of the latest
     * session (in the last {@value PhysioService#RECENT_DAYS} days) that loaded a painful region.
     */
    public record Physio(Optional<Appointment> nextAppointment, List<PainMonitoring.Check> painChecks) {
        public Physio {
            painChecks = List.copyOf(painChecks);
        }
    }

    /** Now, for the greeting and the heading. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public Morning morning() {
        LocalDate today = LocalDate.now(clock);
        List<BodyMark> todays = marks.on(today);
        Optional<Workout> last = workouts.latest(today, 1).stream().findFirst();
        Map<Long, String> names = new HashMap<>();
        if (last.isPresent()) {
            exercises.all().forEach(e -> names.put(e.id(), e.name()));
        }
        LocalDate fortnightStart = today.minusDays(2L * SleepSummary.FORTNIGHT_DAYS);
        List<Night> recent = nights.between(fortnightStart, today);
        int lastQuality = recent.isEmpty() || !recent.get(recent.size() - 1).date().equals(today) ? 0
                : recent.get(recent.size() - 1).quality();
        return new Morning(SleepSummary.of(recent, factors.between(fortnightStart, today), today, settings.current().sleepTargetMin()),
                lastQuality, todays, todays.isEmpty() ? null : BodyGeometry.load(), last, names, nights.count(), workouts.count());
    }

    public Later later() {
        LocalDate today = LocalDate.now(clock);
        return new Later(RecoveryCheck.evaluate(trends.recoveryInputs(today, settings.current().sleepTargetMin())),
                trends.lastTrained(today));
    }

    public Physio physio() {
        LocalDate today = LocalDate.now(clock);
        return new Physio(appointments.next(today), physio.latestSessionChecks(today));
    }
}
