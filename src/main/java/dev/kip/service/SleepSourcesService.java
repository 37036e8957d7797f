package dev.kip.service;

import dev.kip.domain.Night;
import dev.kip.domain.NightTrust;
import dev.kip.domain.SleepSourcePrefs;
import dev.kip.insight.NightSourceChoice;
import dev.kip.insight.SleepComparison;
import dev.kip.journal.DeviceNightStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.SleepSourceSettings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The diary beside the devices: which source stands for each night (the person's preference and
 * per-night choices), what a device recorded for a diary night, and those choices themselves.
 * Call it on the journal thread.
 */
public final class SleepSourcesService {
    private final DeviceNightStore devices;
    private final NightStore nights;
    private final SleepSourceSettings settings;
    private final Changes changes;

    public SleepSourcesService(Journal journal, Changes changes) {
        this.devices = new DeviceNightStore(journal);
        this.nights = new NightStore(journal);
        this.settings = new SleepSourceSettings(journal);
        this.changes = changes;
    }

    public SleepSourcePrefs prefs() {
        return settings.prefs();
    }

    /** Which source stands for a night changes every sleep figure: the views hear of it as a change of the nights. */
    public void savePrefs(SleepSourcePrefs prefs) {
        settings.save(prefs);
        changes.publish(Change.NIGHTS);
    }

    /** Every device source in the journal, by name. */
    public List<String> deviceSources() {
        return devices.sources();
    }

    /** The night of {@code from}…{@code to} from the source that stands for each, and the count per source. */
    public NightSourceChoice.Choice choice(LocalDate from, LocalDate to) {
        return choice(nights.between(from, to), from, to);
    }

    /** As {@link #choice(LocalDate, LocalDate)} with the diary nights of that range already read. */
    public NightSourceChoice.Choice choice(List<Night> diary, LocalDate from, LocalDate to) {
        return NightSourceChoice.choose(diary, devices.between(from, to), settings.prefs(), settings.trustBetween(from, to));
    }

    /** The device's record of {@code diary}'s night (by the person's order) beside it; empty when no device has one. */
    public Optional<SleepComparison> compare(Night diary) {
        LocalDate date = diary.date();
        return Optional.ofNullable(NightSourceChoice.bestDevice(devices.between(date, date), settings.prefs()).get(date))
                .map(device -> SleepComparison.of(diary, device));
    }

    public Optional<NightTrust> trust(LocalDate date) {
        return Optional.ofNullable(settings.trustBetween(date, date).get(date));
    }

    /** Settles which source is right for the night of {@code date}; null leaves it to the preference again. */
    public void setTrust(LocalDate date, NightTrust choice) {
        settings.setTrust(date, choice);
        changes.publish(Change.NIGHTS, Set.of(date));
    }
}
