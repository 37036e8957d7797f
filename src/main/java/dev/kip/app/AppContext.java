package dev.kip.app;

import dev.kip.journal.BackupRetention;
import dev.kip.journal.Backups;
import dev.kip.journal.Journal;
import dev.kip.service.AppointmentService;
import dev.kip.service.BackupService;
import dev.kip.service.BodyService;
import dev.kip.service.Changes;
import dev.kip.service.ExportService;
import dev.kip.service.ImportService;
import dev.kip.service.JournalExecutor;
import dev.kip.service.PhysioService;
import dev.kip.service.ReportService;
import dev.kip.service.SettingsService;
import dev.kip.service.SleepService;
import dev.kip.service.SleepSourcesService;
import dev.kip.service.TodayService;
import dev.kip.service.TrainingService;
import dev.kip.service.TrendsService;
import dev.kip.ui.common.ControllerFactory;
import dev.kip.ui.common.JournalInfo;
import dev.kip.ui.common.JournalSwitcher;
import dev.kip.ui.common.SettingsModel;
import dev.kip.ui.settings.SettingsDialog;
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
        Changes changes = new Changes(executor.callbacks());
        SettingsService settingsService = new SettingsService(journal, changes);
        this.settings = new SettingsModel(settingsService.current());
        this.factory = new ControllerFactory()
                .with(JournalExecutor.class, executor)
                .with(Changes.class, changes)
                .with(JournalInfo.class, new JournalInfo(journal.file(), sample, Backups.folderOf(journal.file()),
                        BackupRetention.DAILY, BackupRetention.WEEKLY))
                .with(JournalSwitcher.class, switcher)
                .with(Clock.class, clock)
                .with(SettingsModel.class, settings)
                .with(SettingsService.class, settingsService);
        // Services, one per line so that parallel changes merge cleanly.
        SleepSourcesService sleepSources = new SleepSourcesService(journal, changes);
        factory.with(SleepSourcesService.class, sleepSources);
        TrendsService trends = new TrendsService(journal, settingsService, sleepSources, clock);
        factory.with(TrendsService.class, trends);
        trends.forgetOn(changes);
        PhysioService physio = new PhysioService(journal, settingsService, changes);
        factory.with(PhysioService.class, physio);
        AppointmentService appointments = new AppointmentService(journal, changes);
        factory.with(AppointmentService.class, appointments);
        factory.with(TodayService.class, new TodayService(journal, trends, physio, appointments, settingsService, clock));
        factory.with(SleepService.class, new SleepService(journal, sleepSources, changes, clock));
        factory.with(BodyService.class, new BodyService(journal, changes, clock));
        factory.with(TrainingService.class, new TrainingService(journal, settingsService, changes, clock));
        factory.with(ReportService.class, new ReportService(journal, settingsService, physio, appointments, clock));
        factory.with(ImportService.class, new ImportService(journal, changes, clock));
        factory.with(ExportService.class, new ExportService(journal, settingsService, KipVersion.get(), clock));
        factory.with(BackupService.class, new BackupService(journal, clock));
        factory.with(SettingsDialog.class, new SettingsDialog(settings, settingsService, executor));
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
