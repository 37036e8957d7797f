package dev.kip.exchange.read;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written readers for numbers, durations and timestamps. */
class FieldReadersTest {

    @Test
    void decimals() {
        assertThat(Decimals.parse("62.5", false)).isEqualTo(62.5);
        assertThat(Decimals.parse(" 62,5 ", true)).isEqualTo(62.5);
        assertThat(Decimals.parse("62,5", false)).isNaN();
        assertThat(Decimals.parse("12,5,0", true)).isNaN();
        assertThat(Decimals.parse("-3", false)).isEqualTo(-3.0);
        assertThat(Decimals.parse(".5", false)).isEqualTo(0.5);
        assertThat(Decimals.parse("5.", false)).isEqualTo(5.0);
        assertThat(Decimals.parse("0.1", false)).isEqualTo(0.1);
        assertThat(Decimals.parse("1e5", false)).isNaN();
        assertThat(Decimals.parse("", false)).isNaN();
        assertThat(Decimals.parse("-", false)).isNaN();
        assertThat(Decimals.parse("0.0000000000000000000001", false)).isEqualTo(1e-22);
        assertThat(Decimals.parse("123456789012345678901", false)).isEqualTo(123456789012345678901.0);
        assertThat(Decimals.round2(Decimals.parse("74.99999999999999", false))).isEqualTo(75.0);
    }

    @Test
    void durations() {
        assertThat(Durations.minutes("1h", false)).isEqualTo(60);
        assertThat(Durations.minutes("38min", false)).isEqualTo(38);
        assertThat(Durations.minutes("1h 2m", false)).isEqualTo(62);
        assertThat(Durations.minutes("56m", false)).isEqualTo(56);
        assertThat(Durations.minutes("89", true)).as("89 s rounds to 1 min").isEqualTo(1);
        assertThat(Durations.minutes("45", false)).isEqualTo(45);
        assertThat(Durations.minutes("1 hour", false)).isEqualTo(-1);
        assertThat(Durations.minutes("h", false)).isEqualTo(-1);
    }

    @Test
    void strongTimestamps() {
        LocalDateTime seven = LocalDateTime.of(2024, 3, 4, 7, 1);
        assertThat(DateTimes.dateAndClock("2024-03-04 07:01:00")).isEqualTo(seven);
        assertThat(DateTimes.dateAndClock("2024-03-04 7:01:00\u202FAM")).isEqualTo(seven);
        assertThat(DateTimes.dateAndClock("2024-03-04 7:01:00 am")).isEqualTo(seven);
        assertThat(DateTimes.dateAndClock("2024-03-04 12:00:00\u202FAM")).isEqualTo(LocalDateTime.of(2024, 3, 4, 0, 0));
        assertThat(DateTimes.dateAndClock("2024-03-04 12:30:00 PM")).isEqualTo(LocalDateTime.of(2024, 3, 4, 12, 30));
        assertThat(DateTimes.dateAndClock("2024-03-04 13:00:00 PM")).isNull();
        assertThat(DateTimes.dateAndClock("2024-03-04 24:00:00")).isNull();
        assertThat(DateTimes.dateAndClock("04/03/2024 07:01")).isNull();
    }

    @Test
    void hevyTimestamps() {
        LocalDateTime expected = LocalDateTime.of(2024, 4, 7, 16, 34);
        assertThat(DateTimes.hevy("7 Apr 2024, 16:34", ZoneOffset.UTC)).isEqualTo(expected);
        assertThat(DateTimes.hevy("9 Sept 2024, 07:05", ZoneOffset.UTC)).isEqualTo(LocalDateTime.of(2024, 9, 9, 7, 5));
        assertThat(DateTimes.hevy("2024-04-07T16:34:00", ZoneOffset.UTC)).isEqualTo(expected);
        assertThat(DateTimes.hevy("2024-04-07T16:34:00+02:00", ZoneOffset.UTC)).isEqualTo(expected.minusHours(2));
        assertThat(DateTimes.hevy("7 Foo 2024, 16:34", ZoneOffset.UTC)).isNull();
        assertThat(DateTimes.hevy("7 Apr 2024 16:34", ZoneOffset.UTC)).isNull();
    }

    @Test
    void datesAndClocks() {
        assertThat(DateTimes.isoDate("2024-03-04")).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(DateTimes.isoDate("2024-3-4")).isNull();
        assertThat(DateTimes.clock("6:05")).isEqualTo(LocalTime.of(6, 5));
        assertThat(DateTimes.clock("23:59:59")).isEqualTo(LocalTime.of(23, 59, 59));
        assertThat(DateTimes.clock("7:5")).isNull();
    }
}
