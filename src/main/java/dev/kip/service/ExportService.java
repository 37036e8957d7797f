package dev.kip.service;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyWeight;
import dev.kip.domain.DeviceNight;
import dev.kip.domain.Exercise;
import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.Settings.E1rmFormula;
import dev.kip.domain.Workout;
import dev.kip.exchange.export.BodyCsvExport;
import dev.kip.exchange.export.ExportSource;
import dev.kip.exchange.export.JournalCsv;
import dev.kip.exchange.export.JournalExport;
import dev.kip.exchange.export.SleepCsvExport;
import dev.kip.exchange.export.TrainingCsvExport;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.BodyWeightStore;
import dev.kip.journal.DeviceNightStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.FactorsStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.WorkoutStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Exports: the journal read here, the files written by exchange's exporters (a whole-journal folder,
 * or one CSV per kind), with e1RMs by the formula chosen in Settings. Call it on the journal thread.
 */
public final class ExportService implements ExportSource {
    // ISO dates compare as text in SQL; LocalDate.MIN/MAX would print with a sign.
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final Journal journal;
    private final SettingsService settings;
    private final String appVersion;
    private final Clock clock;

    /** @param appVersion Kip's version, for the manifest */
    public ExportService(Journal journal, SettingsService settings, String appVersion, Clock clock) {
        this.journal = journal;
        this.settings = settings;
        this.appVersion = appVersion;
        this.clock = clock;
    }

    /** The day an export folder is named after. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every file into {@code dir} (new or an empty folder), complete or not at all; rows written per file. */
    public Map<String, Integer> writeAll(Path dir) throws IOException {
        return new JournalExport(this, appVersion, clock).writeAll(dir);
    }

    /** The sleep diary as {@code sleep.csv}; returns the rows written. */
    public int writeSleep(Path out) throws IOException {
        return new SleepCsvExport().write(nights(), out);
    }

    public int writeDeviceSleep(Path out) throws IOException {
        return JournalCsv.DEVICE_SLEEP.write(deviceNights(), out);
    }

    public int writeBody(Path out) {
        return BodyCsvExport.write(marks(), out);
    }

    /** The sets of {@code workouts} (read by {@link #workouts()}) as {@code training.csv}. */
    public int writeTraining(List<Workout> workouts, Path out) throws IOException {
        return new TrainingCsvExport(e1rmFormula()).write(out, workouts, exerciseNames());
    }

    @Override
    public List<Night> nights() {
        return new NightStore(journal).between(FIRST_DAY, LAST_DAY);
    }

    @Override
    public List<DeviceNight> deviceNights() {
        return new DeviceNightStore(journal).between(FIRST_DAY, LAST_DAY);
    }

    @Override
    public List<BodyMark> marks() {
        return new BodyMarkStore(journal).all();
    }

    @Override
    public List<Workout> workouts() {
        return new WorkoutStore(journal).between(FIRST_DAY, LAST_DAY);
    }

    @Override
    public Map<Long, String> exerciseNames() {
        return new ExerciseStore(journal).all().stream().collect(Collectors.toMap(Exercise::id, Exercise::name));
    }

    @Override
    public E1rmFormula e1rmFormula() {
        return settings.current().e1rmFormula();
    }

    @Override
    public List<BodyWeight> bodyWeights() {
        return new BodyWeightStore(journal).between(FIRST_DAY, LAST_DAY);
    }

    @Override
    public List<Factors> factors() {
        return new FactorsStore(journal).between(FIRST_DAY, LAST_DAY);
    }

    @Override
    public int schemaVersion() {
        return journal.schemaVersion();
    }
}
