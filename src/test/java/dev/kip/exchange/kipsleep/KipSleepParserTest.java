package dev.kip.exchange.kipsleep;

import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.RoomFeel;
import dev.kip.domain.ScreenTime;
import dev.kip.exchange.export.SleepCsvExport;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.SkipReason;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static dev.kip.exchange.Fixtures.parse;
import static dev.kip.exchange.Fixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KipSleepParserTest {

    private final KipSleepParser parser = new KipSleepParser();

    @Test
    void readsDiaryColumns_ignoresDerivedOnes_readsKnownTrailingColumns() throws Exception {
        ImportBatch batch = parse(parser, "kip-sleep.csv");

        assertThat(batch.nights()).containsExactly(
                new Night(LocalDate.of(2024, 3, 4), LocalTime.of(22, 45), LocalTime.of(23, 0), 15, 1, 10,
                        LocalTime.of(6, 30), LocalTime.of(6, 45), 4, 3, false, "Slept ok, \"mostly\"", ZoneId.of("Europe/Berlin")),
                new Night(LocalDate.of(2024, 3, 5), LocalTime.of(23, 30), LocalTime.of(23, 40), 30, 3, 45,
                        LocalTime.of(6, 0), LocalTime.of(6, 20), 2, 2, true, "", ZoneId.of("Europe/Berlin")));
        assertThat(batch.factors()).as("the second night records no factors").containsExactly(
                new Factors(LocalDate.of(2024, 3, 4), 2, LocalTime.of(14, 0), null, ScreenTime.UNDER_30, null,
                        RoomFeel.COOL, 18.5, null, null));
    }

    @Test
    void exactlyTheDesignColumnsAreEnough() throws Exception {
        ImportBatch batch = parseText(parser, String.join(",", KipSleepParser.COLUMNS) + "\n"
                + "2024-03-04,22:45,23:00,15,1,10,06:30,06:45,4,3,480,425,88.5,\n");

        assertThat(batch.nights()).hasSize(1);
        assertThat(batch.factors()).isEmpty();
    }

    @Test
    void aNightKeepsTheZoneOfItsRowElseTheImportingMachinesZone() throws Exception {
        String header = String.join(",", KipSleepParser.COLUMNS) + ",woke_early,zone\n";
        ImportBatch batch = parseText(parser, header
                + "2024-03-31,23:00,23:00,15,1,5,07:00,07:00,4,3,420,400,95.2,,0,America/New_York\n"
                + "2024-04-01,23:00,23:00,15,1,5,07:00,07:00,4,3,480,460,95.8,,0,\n");

        assertThat(batch.nights()).extracting(Night::zone)
                .containsExactly(ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"));
        assertThatThrownBy(() -> parseText(parser, header + "2024-03-31,23:00,23:00,15,1,5,07:00,07:00,4,3,,,,,0,Mars/Olympus\n"))
                .hasMessage("test.csv, line 2, column zone: 'Mars/Olympus' is not a time zone id like Europe/Berlin");
    }

    @Test
    void notesComeBackExactlyAsTypedAfterTheExportQuotedThemAgainstFormulas() throws Exception {
        List<String> notes = List.of("=HYPERLINK(\"http://example.invalid\")", "+cmd|' /C calc'!A0", "-3 kg felt easy", "@SUM(1+1)",
                "\tindented", "'=already quoted", "''=twice", "'plain quote", "plain", "");
        List<Night> nights = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            nights.add(new Night(LocalDate.of(2024, 3, 4).plusDays(i), LocalTime.of(22, 45), LocalTime.of(23, 0), 15, 1, 10,
                    LocalTime.of(6, 30), LocalTime.of(6, 45), 4, 3, false, notes.get(i), ZoneId.of("Europe/Berlin")));
        }
        StringWriter csv = new StringWriter();
        new SleepCsvExport().write(nights, csv);

        assertThat(csv.toString()).contains("'=HYPERLINK");
        assertThat(parseText(parser, csv.toString()).nights()).containsExactlyElementsOf(nights);
    }

    @Test
    void aNightGivenTwiceIsOneNightCountedAsRepeated_twoDifferentNightsForOneDateAreRefused() throws Exception {
        String header = String.join(",", KipSleepParser.COLUMNS) + "\n";
        String night = "2024-03-04,22:45,23:00,15,1,10,06:30,06:45,4,3,,,,ok\n";
        ImportBatch batch = parseText(parser, header + night + "2024-03-05,22:45,23:00,15,1,10,06:30,06:45,4,3,,,,\n" + night);
        assertThat(batch.nights()).extracting(Night::date).containsExactly(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5));
        assertThat(batch.skipped(SkipReason.REPEATED_NIGHT)).isEqualTo(1);

        assertThatThrownBy(() -> parseText(parser, header + night + night.replace(",ok", ",other")))
                .hasMessage("test.csv, line 3, column date: a second night for 2024-03-04, with other values than line 2: which one"
                        + " is right is unclear (keep one of the two lines)");
    }

    @Test
    void wrongHeaderOrBadValuesAreNamed() {
        assertThatThrownBy(() -> parseText(parser, "date,bed,quality\n2024-03-04,22:45,4\n"))
                .hasMessageStartingWith("test.csv, line 1: this is not a Kip sleep export: the header must start 'date,into_bed,");
        String header = String.join(",", KipSleepParser.COLUMNS) + "\n";
        assertThatThrownBy(() -> parseText(parser, header + "2024-03-04,22:45,23:00,15,1,10,06:30,06:45,6,3,,,,\n"))
                .hasMessage("test.csv, line 2, column quality: '6' is not a whole number from 1 to 5");
        assertThatThrownBy(() -> parseText(parser, header + "2024-03-04,25:45,23:00,15,1,10,06:30,06:45,4,3,,,,\n"))
                .hasMessage("test.csv, line 2, column into_bed: '25:45' is not a clock time like 23:15");
    }
}
