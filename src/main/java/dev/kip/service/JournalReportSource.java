package dev.kip.service;

import dev.kip.domain.BodyMark;
import dev.kip.domain.DeviceNight;
import dev.kip.domain.Exercise;
import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.NightTrust;
import dev.kip.domain.PsfsActivity;
import dev.kip.domain.PsfsRating;
import dev.kip.domain.SessionPain;
import dev.kip.domain.Settings;
import dev.kip.domain.SleepSourcePrefs;
import dev.kip.domain.Workout;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.DeviceNightStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.FactorsStore;
import dev.kip.journal.Journal;
import dev.kip.journal.MainLifts;
import dev.kip.journal.NightStore;
import dev.kip.journal.PsfsStore;
import dev.kip.journal.SessionPainStore;
import dev.kip.journal.SettingsStore;
import dev.kip.journal.SleepSourceSettings;
import dev.kip.journal.WorkoutStore;
import dev.kip.report.ReportSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The report's reads, from the journal's stores. Call it on the journal thread. */
public final class JournalReportSource implements ReportSource {
    private final NightStore nights;
    private final FactorsStore factors;
    private final WorkoutStore workouts;
    private final ExerciseStore exercises;
    private final BodyMarkStore marks;
    private final SettingsStore settings;
    private final SessionPainStore sessionPains;
    private final PsfsStore psfs;
    private final DeviceNightStore devices;
    private final SleepSourceSettings sleepSources;

    public JournalReportSource(Journal journal) {
        this.nights = new NightStore(journal);
        this.factors = new FactorsStore(journal);
        this.workouts = new WorkoutStore(journal);
        this.exercises = new ExerciseStore(journal);
        this.marks = new BodyMarkStore(journal);
        this.settings = new SettingsStore(journal);
        this.sessionPains = new SessionPainStore(journal);
        this.psfs = new PsfsStore(journal);
        this.devices = new DeviceNightStore(journal);
        this.sleepSources = new SleepSourceSettings(journal);
    }

    @Override
    public Settings settings() {
        return settings.load();
    }

    @Override
    public List<Night> nights(LocalDate from, LocalDate to) {
        return nights.between(from, to);
    }

    @Override
    public List<Factors> factors(LocalDate from, LocalDate to) {
        return factors.between(from, to);
    }

    @Override
    public List<Workout> workouts(LocalDate from, LocalDate to) {
        return workouts.between(from, to);
    }

    @Override
    public List<BodyMark> marks(LocalDate from, LocalDate to) {
        return marks.between(from, to);
    }

    @Override
    public List<DeviceNight> deviceNights(LocalDate from, LocalDate to) {
        return devices.between(from, to);
    }

    @Override
    public SleepSourcePrefs sleepSourcePrefs() {
        return sleepSources.prefs();
    }

    @Override
    public Map<LocalDate, NightTrust> nightTrust(LocalDate from, LocalDate to) {
        return sleepSources.trustBetween(from, to);
    }

    @Override
    public List<Exercise> exercises() {
        return exercises.all();
    }

    @Override
    public List<Long> mainLifts() {
        return List.copyOf(MainLifts.ids(exercises).values());
    }

    @Override
    public Map<Long, List<SessionPain>> painDuringSessions(LocalDate from, LocalDate to) {
        Map<Long, List<SessionPain>> during = new HashMap<>();
        sessionPains.between(from, to).forEach(d -> during.computeIfAbsent(d.workoutId(), id -> new ArrayList<>()).add(d.pain()));
        return during;
    }

    @Override
    public List<PsfsActivity> psfsActivities() {
        return psfs.activities();
    }

    @Override
    public List<PsfsRating> psfsRatingsUpTo(LocalDate to) {
        return psfs.ratingsUpTo(to);
    }
}
