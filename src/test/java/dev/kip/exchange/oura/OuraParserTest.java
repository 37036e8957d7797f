package dev.kip.exchange.oura;

import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.SkipReason;
import org.junit.jupiter.api.Test;

import static dev.kip.exchange.Fixtures.parse;
import static dev.kip.exchange.Fixtures.parseText;
import static dev.kip.exchange.TrackerFixtures.in;
import static dev.kip.exchange.TrackerFixtures.night;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OuraParserTest {

    private final OuraParser parser = new OuraParser();

    @Test
    void trendsCsv_secondsAndOffsets_daysWithoutANightCounted() throws Exception {
        ImportBatch batch = parse(parser, "trackers/oura-trends.csv");

        assertThat(batch.deviceNights()).containsExactly(
                in("+01:00", night("Oura", "2024-03-03T22:55", "2024-03-04T06:55", 480, 425, 55, 245, 80, 100)),
                in("-08:00", night("Oura", "2024-03-05T23:30", "2024-03-06T07:00", 450, 390, 60, 230, 70, 90)));
        assertThat(batch.skipped()).containsEntry(SkipReason.NO_SLEEP_RECORDED, 1);
    }

    @Test
    void fullExportJson_olderAndNewerFieldNames() throws Exception {
        assertThat(parse(parser, "trackers/oura-data.json").deviceNights()).containsExactly(
                in("+01:00", night("Oura", "2024-03-03T22:55", "2024-03-04T06:55", 480, 425, 55, 245, 80, 100)));

        ImportBatch v2 = parseText(parser, "{\"data\":[{\"day\":\"2024-03-04\",\"type\":\"long_sleep\","
                + "\"bedtime_start\":\"2024-03-03T23:00:00.000+01:00\",\"bedtime_end\":\"2024-03-04T07:00:00.000+01:00\","
                + "\"time_in_bed\":28800,\"total_sleep_duration\":26400,\"awake_time\":2400,\"light_sleep_duration\":15000,"
                + "\"deep_sleep_duration\":5400,\"rem_sleep_duration\":6000,\"latency\":420},"
                + "{\"type\":\"deleted\"}]}");
        assertThat(v2.deviceNights()).containsExactly(
                in("+01:00", night("Oura", "2024-03-03T23:00", "2024-03-04T07:00", 480, 440, 40, 250, 90, 100)));
    }

    @Test
    void unknownHeaderAndBadTimesAreNamed() {
        assertThatThrownBy(() -> parseText(parser, "date,score\n2024-03-03,80\n"))
                .hasMessageStartingWith("test.csv, line 1: there is no column 'Bedtime Start', so this is not Oura's Trends CSV "
                        + "(expected 'Bedtime Start', 'Bedtime End', 'Total Sleep Time'");
        assertThatThrownBy(() -> parseText(parser, "{\"sleep\":[{\"bedtime_start\":\"late\",\"bedtime_end\":\"early\"}]}"))
                .hasMessage("test.csv, line 1: $.sleep[0].bedtime_start: 'late' is not a time like 2024-03-04T06:30:00");
        assertThatThrownBy(() -> parseText(parser, "{\"activity\":[]}"))
                .hasMessage("test.csv, line 1: the JSON object has no array under \"data\" or \"sleep\"");
    }
}
