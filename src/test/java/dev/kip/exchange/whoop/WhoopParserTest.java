package dev.kip.exchange.whoop;

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

class WhoopParserTest {

    private final WhoopParser parser = new WhoopParser();

    @Test
    void onsetToWake_inTheCyclesZone_napsCounted() throws Exception {
        ImportBatch batch = parse(parser, "trackers/whoop-sleeps.csv");

        assertThat(batch.deviceNights()).containsExactly(
                in("+01:00", night("Whoop", "2024-03-03T22:33", "2024-03-04T06:41", 488, 441, 47, 219, 104, 118)),
                in("-05:00", night("Whoop", "2024-03-05T23:02", "2024-03-06T07:15", 494, 430, 64, 230, 95, 105)));
        assertThat(batch.skipped()).containsEntry(SkipReason.NAP, 1);
    }

    @Test
    void readsSleepsCsvFromTheExportZip() throws Exception {
        ImportBatch batch = parseBytes(parser, zip("my_whoop_data_2024_03_10/physiological_cycles.csv", new byte[0],
                "my_whoop_data_2024_03_10/sleeps.csv", bytes("trackers/whoop-sleeps.csv")));

        assertThat(batch.deviceNights()).hasSize(2);
    }

    @Test
    void columnsAreMatchedLoosely_anUnknownHeaderSaysWhatWasExpected() throws Exception {
        ImportBatch batch = parseText(parser, "sleep_onset,wake_onset,asleep_duration_min,cycle_timezone\n"
                + "2024-03-03 23:00:00,2024-03-04 07:00:00,450,UTC+00:00\n");
        assertThat(batch.deviceNights()).containsExactly(
                in("Z", night("Whoop", "2024-03-03T23:00", "2024-03-04T07:00", 450, 450, 0, 0, 0, 0)));

        assertThatThrownBy(() -> parseText(parser, "Start,End,Asleep\n1,2,3\n")).hasMessage(
                "test.csv, line 1: there is no column 'Sleep onset', so this is not a WHOOP sleeps.csv (expected 'Sleep onset', "
                        + "'Wake onset', 'Asleep duration (min)', and where there are 'Cycle timezone', 'In bed duration (min)', "
                        + "'Light sleep duration (min)', 'Deep (SWS) duration (min)', 'REM duration (min)', 'Awake duration (min)', "
                        + "'Nap'; the header is 'Start,End,Asleep')");
        assertThatThrownBy(() -> parseText(parser, "Sleep onset,Wake onset,Asleep duration (min),Cycle timezone\n"
                + "2024-03-03 23:00:00,2024-03-04 07:00:00,450,Berlin\n"))
                .hasMessage("test.csv, line 2, column Cycle timezone: 'Berlin' is not a time zone offset like UTC-08:00");
    }
}
