package dev.kip.exchange.garmin;

import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.SkipReason;
import org.junit.jupiter.api.Test;

import static dev.kip.exchange.Fixtures.bytes;
import static dev.kip.exchange.Fixtures.parse;
import static dev.kip.exchange.Fixtures.parseBytes;
import static dev.kip.exchange.Fixtures.parseText;
import static dev.kip.exchange.TrackerFixtures.in;
import static dev.kip.exchange.TrackerFixtures.night;
import static dev.kip.exchange.TrackerFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GarminParserTest {

    private final GarminParser parser = new GarminParser();

    @Test
    void readsGmtTimesInTheLocalTimesGivenOrTheComputersZone_stagesInSeconds() throws Exception {
        ImportBatch batch = parse(parser, "trackers/garmin-sleepData.json");

        assertThat(batch.deviceNights()).containsExactly(
                night("Garmin", "2024-03-03T23:10", "2024-03-04T06:40", 450, 430, 20, 240, 90, 100),
                in("-05:00", night("Garmin", "2024-03-05T23:30", "2024-03-06T07:00", 450, 440, 10, 300, 60, 80)));
        assertThat(batch.skipped()).containsEntry(SkipReason.NO_SLEEP_RECORDED, 1);
    }

    @Test
    void readsEverySleepDataFileOfTheAccountExportZip() throws Exception {
        byte[] days = bytes("trackers/garmin-sleepData.json");
        ImportBatch batch = parseBytes(parser, zip(
                "DI_CONNECT/DI-Connect-Wellness/2024-01-01_2024-04-10_1234_sleepData.json", days,
                "DI_CONNECT/DI-Connect-Wellness/2024-04-10_2024-07-19_1234_sleepData.json",
                ("[{\"calendarDate\":\"2024-04-11\",\"sleepStartTimestampGMT\":\"2024-04-10T21:00:00.0\","
                        + "\"sleepEndTimestampGMT\":\"2024-04-11T05:00:00.0\",\"deepSleepSeconds\":3600}]").getBytes(),
                "DI_CONNECT/DI-Connect-User/user_profile.json", "{}".getBytes()));

        assertThat(batch.deviceNights()).hasSize(3);
    }

    @Test
    void malformedFilesAreRefusedWithLineAndJsonPath() {
        assertThatThrownBy(() -> parseText(parser, "[{\"sleepStartTimestampGMT\":\"2024-03-03T22:10:00.0\",\n"
                + "\"sleepEndTimestampGMT\":\"yesterday\"}]"))
                .hasMessage("test.csv, line 1: $[0].sleepEndTimestampGMT: 'yesterday' is not a time like 2024-03-04T06:30:00");
        assertThatThrownBy(() -> parseText(parser, "[{\"calendarDate\":\"2024-03-04\"},\n{\"sleepStartTimestampGMT\":"))
                .hasMessageStartingWith("test.csv, line 2: the JSON is broken");
        assertThatThrownBy(() -> parseText(parser, "[{\"sleepStartTimestampGMT\":\"2024-03-03T22:10:00.0\","
                + "\"sleepEndTimestampGMT\":\"2024-03-03T21:10:00.0\"}]"))
                .hasMessageContaining("$[0].sleepEndTimestampGMT: '2024-03-03T21:10:00.0' is before the start");
        assertThatThrownBy(() -> parseText(parser, "[{\"sleepStartTimestampGMT\":\"2024-03-03T22:10:00.0\","
                + "\"sleepEndTimestampGMT\":\"2024-03-04T06:10:00.0\",\"deepSleepSeconds\":-5}]"))
                .hasMessage("test.csv, line 1: $[0].deepSleepSeconds: '-5' is not a length of sleep (0 to 48 hours)");
        assertThatThrownBy(() -> parseBytes(parser, zip("DI_CONNECT/readme.txt", new byte[1])))
                .hasMessageStartingWith("test.csv: the zip file holds no …_sleepData.json");
    }
}
