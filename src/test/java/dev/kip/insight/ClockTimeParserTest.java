package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClockTimeParserTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "23:15|23:15", "2315|23:15", "11:15pm|23:15", "11.15 pm|23:15", "11:15 PM|23:15", "11:15 p.m.|23:15",
            "7|07:00", "7am|07:00", "7 a.m.|07:00", "07|07:00", "715|07:15", "0715|07:15", "0|00:00", "00:00|00:00",
            "12am|00:00", "12:30 am|00:30", "12pm|12:00", "12:05p|12:05", "19|19:00", "  6:45  |06:45", "23.59|23:59"})
    void readsTheWaysPeopleTypeTimes(String text, String expected) {
        assertThat(ClockTimeParser.parse(text)).contains(LocalTime.parse(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is not a time")
    @ValueSource(strings = {"", " ", "24:00", "25", "7:60", "13pm", "0am", "12345", "7:5", "abc", "7:15 xm", "-1",
            "1:15:00", "٧:١٥", "7 pm pm", "11:15pmx"})
    void refusesWhatIsNotAClockTime(String text) {
        assertThat(ClockTimeParser.parse(text)).isEmpty();
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void every24HourTimeReadsBack(@ForAll @IntRange(min = 0, max = 23) int h, @ForAll @IntRange(min = 0, max = 59) int m) {
        LocalTime t = LocalTime.of(h, m);
        assertThat(ClockTimeParser.parse(ClockTimeFormat.format(t, true))).contains(t);
        assertThat(ClockTimeParser.parse(String.format("%02d%02d", h, m))).contains(t);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void every12HourTimeReadsBack(@ForAll @IntRange(min = 0, max = 23) int h, @ForAll @IntRange(min = 0, max = 59) int m) {
        LocalTime t = LocalTime.of(h, m);
        String twelve = ClockTimeFormat.format(t, false);
        assertThat(ClockTimeParser.parse(twelve)).contains(t);
        assertThat(ClockTimeParser.parse(twelve.replace(" ", "").replace(':', '.').toUpperCase())).contains(t);
    }

    @Property
    void garbageGivesAnEmptyResultNeverAnException(@ForAll String text) {
        // Whatever comes in, the answer is a time or empty; parse must not throw.
        ClockTimeParser.parse(text).ifPresent(t -> assertThat(t.getSecond()).isZero());
    }

    @Property(tries = 3000)
    void nearMissesGiveAnEmptyResultOrAValidTime(@ForAll @StringLength(max = 10) @Chars({'0', '1', '2', '3', '5', '7', '9',
            ':', '.', ' ', 'a', 'p', 'm', 'A', 'P', 'M', '-'}) String text) {
        ClockTimeParser.parse(text).ifPresent(t -> assertThat(t.getSecond()).isZero());
    }

    @Test
    void aFieldThatIsNotATimeBecomesAProblemNamingIt() {
        List<Problem> problems = new ArrayList<>();
        assertThat(ClockTimeParser.parseField("outOfBed", "Out of bed", "7:75", problems)).isNull();
        assertThat(ClockTimeParser.parseField("intoBed", "Into bed", "  ", problems)).isNull();
        assertThat(problems).containsExactly(
                new Problem("outOfBed", "Out of bed: \"7:75\" is not a clock time such as 23:15, 2315 or 11:15 pm"));
    }

    @Test
    void formatsInTheClockOfTheSettings() {
        assertThat(ClockTimeFormat.format(LocalTime.of(23, 15), true)).isEqualTo("23:15");
        assertThat(ClockTimeFormat.format(LocalTime.of(23, 15), false)).isEqualTo("11:15 pm");
        assertThat(ClockTimeFormat.format(LocalTime.of(0, 5), false)).isEqualTo("12:05 am");
        assertThat(ClockTimeFormat.format(LocalTime.of(12, 0), false)).isEqualTo("12:00 pm");
    }
}
