package dev.kip.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kip.domain.BodyRegions;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The quick readers of stored dates and times agree with java.time's parsers, failures included. */
class SqlParseTest {

    @Property(tries = 2000)
    void storedTimesReadAsTheParserReadsThem(@ForAll @IntRange(max = 23) int hour, @ForAll @IntRange(max = 59) int minute) {
        String stored = Sql.time(LocalTime.of(hour, minute));
        assertThat(stored).isEqualTo(String.format("%02d:%02d", hour, minute));
        assertThat(Sql.parseTime(stored)).isEqualTo(LocalTime.parse(stored));
    }

    @Property(tries = 2000)
    void storedDatesReadAsTheParserReadsThem(@ForAll @IntRange(min = 1900, max = 2200) int year,
            @ForAll @IntRange(min = 0, max = 366) int dayOfYear) {
        LocalDate date = LocalDate.of(year, 1, 1).plusDays(dayOfYear);
        assertThat(Sql.parseDate(date.toString())).isEqualTo(date);
    }

    /** Any 5- or 10-character text: the same value as the parser, or the parser's own exception. */
    @Property(tries = 3000)
    void otherTextFallsBackToTheParser(@ForAll @StringLength(min = 5, max = 10) String text) {
        assertSameAsParser(text);
    }

    @Test
    void impossibleValuesFailAsBefore() {
        for (String s : new String[] {"24:00", "07:60", "7:30", "07:30:00", "ab:cd"}) {
            Object expected = parseOrFailure(() -> LocalTime.parse(s));
            assertThat(parseOrFailure(() -> Sql.parseTime(s))).as(s).isEqualTo(expected);
        }
        assertThat(Sql.parseTime("07:30:15")).isEqualTo(LocalTime.of(7, 30, 15)); // not the journal's shape: parsed as before
        assertThatThrownBy(() -> Sql.parseDate("2026-02-30")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Sql.parseDate("2026-13-01")).isInstanceOf(DateTimeParseException.class);
        assertThat(Sql.parseDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    /** Sharing is what keeps a 40-year journal's rows small in the window's heap (about 10 MB). */
    @Test
    void aDayAMinuteAndARegionIdAreOneValueAcrossRows() {
        assertThat(Sql.parseDate(new String("2026-12-07"))).isSameAs(Sql.parseDate("2026-12-07"))
                .isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(Sql.parseTime(new String("06:45"))).isSameAs(Sql.parseTime("06:45")).isEqualTo(LocalTime.of(6, 45));
        String read = new String("FRONT.KNEE.L");
        assertThat(Sql.regionId(read)).isEqualTo(read).isSameAs(BodyRegions.require("FRONT.KNEE.L").id());
        assertThat(Sql.regionId("FRONT.NOSE")).isEqualTo("FRONT.NOSE"); // not in the catalog: kept as read
        assertThat(Sql.parseDate("1850-03-01")).isEqualTo(LocalDate.of(1850, 3, 1)); // outside the shared years
    }

    private static void assertSameAsParser(String text) {
        assertThat(parseOrFailure(() -> Sql.parseTime(text))).isEqualTo(parseOrFailure(() -> LocalTime.parse(text)));
        assertThat(parseOrFailure(() -> Sql.parseDate(text))).isEqualTo(parseOrFailure(() -> LocalDate.parse(text)));
    }

    /** The value, or the class of the exception thrown. */
    private static Object parseOrFailure(java.util.function.Supplier<Object> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
