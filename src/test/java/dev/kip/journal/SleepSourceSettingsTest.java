package dev.kip.journal;

import dev.kip.domain.NightTrust;
import dev.kip.domain.SleepSourcePrefs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SleepSourceSettingsTest {

    @TempDir
    Path dir;

    @Test
    void preferencesAndPerNightChoicesAreKeptAndForgotten() {
        LocalDate d = LocalDate.of(2024, 3, 4);
        try (Journal journal = Journal.open(dir.resolve("j.db"))) {
            SleepSourceSettings settings = new SleepSourceSettings(journal);
            assertThat(settings.prefs()).isEqualTo(SleepSourcePrefs.DEFAULTS);

            settings.save(new SleepSourcePrefs(List.of("Garmin", "Jane's Apple Watch, 2"), true));
            settings.setTrust(d, NightTrust.DEVICE);
            settings.setTrust(d.plusDays(1), NightTrust.DIARY);
            settings.setTrust(d.plusDays(1), null);

            assertThat(settings.prefs()).isEqualTo(new SleepSourcePrefs(List.of("Garmin", "Jane's Apple Watch, 2"), true));
            assertThat(settings.trustBetween(d.minusDays(9), d.plusDays(9))).isEqualTo(Map.of(d, NightTrust.DEVICE));
            assertThat(new SettingsStore(journal).load()).as("the other settings are untouched").isNotNull();
        }
    }
}
