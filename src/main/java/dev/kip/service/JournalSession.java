package dev.kip.service;

import dev.kip.journal.Journal;
import dev.kip.journal.JournalException;
import dev.kip.journal.JournalLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * One journal opened for the command line, with the services a command calls. There is no window
 * to tell, so changes go nowhere; the clock is the system's.
 */
public final class JournalSession implements AutoCloseable {
    private final Journal journal;
    private final Clock clock = Clock.systemDefaultZone();
    private final Changes changes = Changes.direct();
    private SettingsService settings;

    private JournalSession(Journal journal) {
        this.journal = journal;
    }

    /** The journal named by {@code option}, else KIP_JOURNAL, else the per-user default. */
    public static Path resolve(Path option) {
        return JournalLocation.resolve(option);
    }

    /**
     * Opens the journal, creating it when missing (for commands that add entries), held as
     * {@code user} (a command's name such as "kip import"), so a window or command turned away
     * meanwhile says which.
     */
    public static JournalSession open(Path file, String user) {
        return new JournalSession(Journal.open(file, user));
    }

    /** Opens a journal that must already exist: reading commands never create an empty one by mistake. */
    public static JournalSession openExisting(Path file, String user) {
        if (!Files.exists(file)) {
            throw new JournalException("There is no journal at " + file + ". Give its path with --journal PATH, or set KIP_JOURNAL.");
        }
        return open(file, user);
    }

    /** What was set right on opening (e.g. a stale lock), for the command to say. */
    public List<String> notices() {
        return journal.notices();
    }

    public Path file() {
        return journal.file();
    }

    public SettingsService settings() {
        if (settings == null) {
            settings = new SettingsService(journal, changes);
        }
        return settings;
    }

    public SleepService sleep() {
        return new SleepService(journal, new SleepSourcesService(journal, changes), changes, clock);
    }

    public BodyService body() {
        return new BodyService(journal, changes, clock);
    }

    public TrendsService trends() {
        return new TrendsService(journal, settings(), new SleepSourcesService(journal, changes), clock);
    }

    public ReportService report() {
        return new ReportService(journal, settings(), new PhysioService(journal, settings(), changes), appointments(), clock);
    }

    public ImportService imports() {
        return new ImportService(journal, changes, clock);
    }

    /** @param appVersion Kip's version, for the manifest of a whole-journal export */
    public ExportService exports(String appVersion) {
        return new ExportService(journal, settings(), appVersion, clock);
    }

    public TrainingService training() {
        return new TrainingService(journal, settings(), changes, clock);
    }

    public AppointmentService appointments() {
        return new AppointmentService(journal, changes);
    }

    public BackupService backups() {
        return new BackupService(journal, clock);
    }

    /** Writes a made-up journal into this one (kip demo). */
    public void writeDemo(int years, long seed) {
        DemoService.write(journal, years, seed, java.time.LocalDate.now(clock));
    }

    @Override
    public void close() {
        journal.close();
    }
}
