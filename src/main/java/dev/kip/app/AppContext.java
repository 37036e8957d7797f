package dev.kip.app;

import dev.kip.exchange.export.JournalExport;
import dev.kip.journal.BackupRetention;
import dev.kip.journal.BackupService;
import dev.kip.journal.Backups;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.BodyWeightStore;
import dev.kip.journal.DeviceNightStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.FactorsStore;
import dev.kip.journal.ImportLogStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.SettingsStore;
import dev.kip.journal.SleepDiaryStore;
import dev.kip.journal.TrainingQueries;
import dev.kip.journal.WorkoutStore;
import dev.kip.report.ReportBuilder;
import dev.kip.service.Changes;
import dev.kip.service.JournalExecutor;
import dev.kip.service.SleepSourcesService;
import dev.kip.service.TrendsService;
import dev.kip.ui.common.ControllerFactory;
import dev.kip.ui.common.JournalInfo;
import dev.kip.ui.common.JournalSwitcher;
import dev.kip.ui.common.SettingsModel;
import dev.kip.ui.settings.SettingsDialog;
import dev.kip.ui.training.TrainingService;
import java.time.Clock;

/** The one place where the objects of an open journal are built and wired, with plain constructors. */
public final class AppContext implements AutoCloseable {
    private final Journal journal;
    private final JournalExecutor executor;
    private final SettingsModel settings;
    private final ControllerFactory factory;

    public AppContext(Journal journal, boolean sample, JournalExecutor executor, JournalSwitcher switcher, Clock clock) {
        this.journal = journal;
        this.executor = executor;
        SettingsStore settingsStore = new SettingsStore(journal);
        this.settings = new SettingsModel(settingsStore.load());
        WorkoutStore workouts = new WorkoutStore(journal);
        ExerciseStore exercises = new ExerciseStore(journal);
        NightStore nights = new NightStore(journal);
        FactorsStore factors = new FactorsStore(journal);
        this.factory = new ControllerFactory()
                .with(Journal.class, journal)
                .with(JournalExecutor.class, executor)
                .with(JournalInfo.class, new JournalInfo(journal.file(), sample, Backups.folderOf(journal.file()),
                        BackupRetention.DAILY, BackupRetention.WEEKLY))
                .with(JournalSwitcher.class, switcher)
                .with(SettingsModel.class, settings)
                .with(Clock.class, clock)
                .with(SettingsStore.class, settingsStore)
                .with(NightStore.class, nights)
                .with(FactorsStore.class, factors)
                .with(SleepDiaryStore.class, new SleepDiaryStore(journal, nights, factors))
                .with(DeviceNightStore.class, new DeviceNightStore(journal))
                .with(ExerciseStore.class, exercises)
                .with(WorkoutStore.class, workouts)
                .with(BodyMarkStore.class, new BodyMarkStore(journal))
                .with(BodyWeightStore.class, new BodyWeightStore(journal))
                .with(ImportLogStore.class, new ImportLogStore(journal))
                .with(BackupService.class, new BackupService(clock));
        // Services, one per line so that parallel changes merge cleanly.
        factory.with(SettingsDialog.class, new SettingsDialog(settings, settingsStore, executor));
        factory.with(TrainingService.class, new TrainingService(journal, workouts, exercises, new TrainingQueries(journal)));
        factory.with(Changes.class, new Changes(executor.callbacks()));
        factory.with(TrendsService.class, new TrendsService(journal));
        factory.with(SleepSourcesService.class, new SleepSourcesService(journal));
        factory.with(JournalExport.class, new JournalExport(journal, KipVersion.get(), clock));
        factory.with(ReportBuilder.class, new ReportBuilder(journal));
        factory.with(ControllerFactory.class, factory);
    }

    public ControllerFactory controllerFactory() {
        return factory;
    }

    public SettingsModel settings() {
        return settings;
    }

    public Journal journal() {
        return journal;
    }

    /** Closes the journal on its own thread, after any work still queued there. */
    @Override
    public void close() {
        executor.supply(() -> {
            journal.close();
            return null;
        });
        executor.close();
    }

    /** Closes the journal on its own thread, after any work queued there, then runs {@code onClosed} on the FX thread. */
    public void close(Runnable onClosed) {
        executor.submit(() -> {
            journal.close();
            return null;
        }, closed -> onClosed.run(), problem -> onClosed.run());
        executor.close();
    }
}
