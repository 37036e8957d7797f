package dev.kip.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.DeviceNight;
import dev.kip.domain.Night;
import dev.kip.domain.SleepSourcePrefs;
import dev.kip.journal.DeviceNightStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.SleepSourceSettings;
import dev.kip.service.JournalReportSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary's sleep block names where its nightly figures come from, by the person's choice. */
class ReportSleepSourcesTest {

    static final LocalDate TO = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dir;

    @Test
    void theSleepBlockNamesItsSources() {
        try (Journal journal = Journal.open(dir.resolve("j.db"))) {
            new NightStore(journal).put(new Night(TO, LocalTime.of(23, 0), LocalTime.of(23, 0), 10, 0, 0, LocalTime.of(7, 0),
                    LocalTime.of(7, 10), 3, 3, false, "", ZoneId.of("Europe/Berlin")));
            DeviceNightStore devices = new DeviceNightStore(journal);
            for (LocalDate d : List.of(TO, TO.minusDays(1), TO.minusDays(2))) {
                devices.insertIfAbsent(new DeviceNight(d, "Garmin", d.minusDays(1).atTime(23, 0), d.atTime(7, 0), 480, 430, 50,
                        250, 90, 90));
            }
            ReportBuilder builder = new ReportBuilder(new JournalReportSource(journal));

            assertThat(builder.build(ReportRequest.all(TO.minusDays(6), TO, ""), TO).sleep().orElseThrow().sources())
                    .isEqualTo("sleep: Garmin on 2 nights, diary on 1");
            new SleepSourceSettings(journal).save(new SleepSourcePrefs(List.of(), true));
            assertThat(builder.build(ReportRequest.all(TO.minusDays(6), TO, ""), TO).sleep().orElseThrow().sources())
                    .isEqualTo("sleep: Garmin on 3 nights");
        }
    }
}
