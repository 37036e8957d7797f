package dev.kip.exchange.fitbit;

import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.SkipReason;
import org.junit.jupiter.api.Test;

import static dev.kip.exchange.Fixtures.bytes;
import static dev.kip.exchange.Fixtures.parse;
import static dev.kip.exchange.Fixtures.parseBytes;
import static dev.kip.exchange.Fixtures.parseText;
import static dev.kip.exchange.TrackerFixtures.night;
import static dev.kip.exchange.TrackerFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FitbitParserTest {

    private final FitbitParser parser = new FitbitParser();

    @Test
    void takeoutJson_stagesFromTheSummary_theNapIsNotTheNight() throws Exception {
        ImportBatch batch = parse(parser, "trackers/fitbit-sleep-2024-03-04.json");

        assertThat(batch.deviceNights()).containsExactly(
                night("Fitbit", "2024-03-03T22:41", "2024-03-04T06:52", 491, 433, 58, 268, 71, 94),
                night("Fitbit", "2024-03-04T23:30", "2024-03-05T06:30", 420, 395, 25, 0, 0, 0));
        assertThat(batch.skipped()).containsEntry(SkipReason.SHORTER_SLEEP_SAME_NIGHT, 1);
    }

    @Test
    void takeoutZip_readsEverySleepFileAndNothingElse() throws Exception {
        byte[] month = bytes("trackers/fitbit-sleep-2024-03-04.json");
        ImportBatch batch = parseBytes(parser, zip("Takeout/Fitbit/Global Export Data/sleep-2024-03-04.json", month,
                "Takeout/Fitbit/Global Export Data/steps-2024-03-04.json", "[{\"value\":\"12\"}]".getBytes(),
                "Takeout/Fitbit/Global Export Data/sleep-2024-04-03.json", "[]".getBytes()));

        assertThat(batch.deviceNights()).hasSize(2);
    }

    @Test
    void accountExportCsv_amPmAndDayFirstTimes_thousandsCommas() throws Exception {
        ImportBatch batch = parse(parser, "trackers/fitbit-sleep.csv");

        assertThat(batch.deviceNights()).containsExactly(
                night("Fitbit", "2018-10-13T23:12", "2018-10-14T07:10", 478, 424, 54, 260, 69, 95),
                night("Fitbit", "2018-10-14T22:50", "2018-10-15T06:20", 1030, 1000, 30, 0, 0, 0));
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> parseText(parser, "Sleep\nStart Time,End Time,Minutes Asleep\n\"2018-10-13 11:12PM\",\"soon\",\"1\"\n"))
                .hasMessage("test.csv, line 3, column End Time: 'soon' is not a time like 2024-03-04 06:30:00");
        assertThatThrownBy(() -> parseText(parser, "Sleep\nStart,End\n1,2\n"))
                .hasMessageStartingWith("test.csv, line 2: there is no column 'Start Time', so this is not Fitbit's sleep CSV");
        assertThatThrownBy(() -> parseText(parser, "[{\"startTime\":\"2024-03-03T22:41:30.000\"}]"))
                .hasMessage("test.csv, line 1: $[0].endTime: missing: every sleep log has a start and an end");
    }
}
