package dev.kip.exchange.samsung;

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

class SamsungHealthParserTest {

    private static final String SLEEP = "trackers/com.samsung.shealth.sleep.20240310120000.csv";
    private static final String STAGES = "trackers/com.samsung.health.sleep_stage.20240310120000.csv";

    private final SamsungHealthParser parser = new SamsungHealthParser();

    @Test
    void sleepFileAlone_utcTimesShownWithTheRowsOffset() throws Exception {
        ImportBatch batch = parse(parser, SLEEP);

        assertThat(batch.deviceNights()).containsExactly(
                in("+01:00", night("Samsung Health", "2024-03-03T23:20", "2024-03-04T07:05", 465, 465, 0, 0, 0, 0)),
                in("-05:00", night("Samsung Health", "2024-03-05T23:00", "2024-03-06T06:00", 420, 420, 0, 0, 0, 0)));
        assertThat(batch.skipped()).containsEntry(SkipReason.NO_SLEEP_RECORDED, 1);
    }

    @Test
    void exportZip_stagesAddedUpPerSleep() throws Exception {
        ImportBatch batch = parseBytes(parser, zip(
                "samsunghealth_jane_20240310120000/com.samsung.health.sleep_stage.20240310120000.csv", bytes(STAGES),
                "samsunghealth_jane_20240310120000/com.samsung.shealth.sleep.20240310120000.csv", bytes(SLEEP)));

        assertThat(batch.deviceNights()).first()
                .isEqualTo(in("+01:00", night("Samsung Health", "2024-03-03T23:20", "2024-03-04T07:05", 465, 445, 20, 275, 70, 100)));
    }

    @Test
    void theStageFileAloneAndBadRowsAreRefusedWithReasons() {
        assertThatThrownBy(() -> parse(parser, STAGES))
                .hasMessageStartingWith("trackers/com.samsung.health.sleep_stage.20240310120000.csv, line 1: this is Samsung Health's sleep-stage file");
        assertThatThrownBy(() -> parseText(parser, "com.samsung.shealth.sleep,1,2\nstart_time,end_time,time_offset\n"
                + "2024-03-03 22:20:00.000,2024-03-04 06:05:00.000,CET\n"))
                .hasMessage("test.csv, line 3, column time_offset: 'CET' is not a time offset like UTC+0100");
        assertThatThrownBy(() -> parseText(parser, "com.samsung.shealth.sleep,1,2\nbegin,finish\n1,2\n"))
                .hasMessageStartingWith("test.csv, line 2: there is no column 'start_time', so this is not Samsung Health's sleep file");
    }
}
