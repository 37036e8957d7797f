package dev.kip.exchange.apple;

import dev.kip.domain.DeviceNight;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SleepNightsTest {

    private static final int CET = 3600;
    private static final int CEST = 7200;

    private static long at(String localDateTime, int offset) {
        return LocalDateTime.parse(localDateTime).toEpochSecond(ZoneOffset.ofTotalSeconds(offset));
    }

    private static void add(SleepNights nights, SleepNights.Category c, String from, String to, int offset) {
        nights.add("W", c, at(from, offset), offset, at(to, offset), offset, null);
    }

    @Test
    void anAfternoonNapJoinsTheNightThatEndedThatMorning_anEveningNapTheNextNight() {
        SleepNights nights = new SleepNights();
        add(nights, SleepNights.Category.UNSPECIFIED, "2024-03-03T23:00", "2024-03-04T07:00", CET); // 480
        add(nights, SleepNights.Category.UNSPECIFIED, "2024-03-04T14:00", "2024-03-04T14:30", CET); // 30, before 18:00
        add(nights, SleepNights.Category.UNSPECIFIED, "2024-03-04T18:10", "2024-03-04T18:40", CET); // 30, after 18:00

        assertThat(nights.deviceNights()).extracting(DeviceNight::date, DeviceNight::asleepMin).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 4), 510),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 5), 30));
    }

    @Test
    void aLateRiserAndADaySleeperKeepTheirWakeDate() {
        SleepNights nights = new SleepNights();
        add(nights, SleepNights.Category.UNSPECIFIED, "2024-03-04T04:00", "2024-03-04T12:30", CET);
        add(nights, SleepNights.Category.UNSPECIFIED, "2024-03-06T08:00", "2024-03-06T15:00", CET);

        assertThat(nights.deviceNights()).extracting(DeviceNight::date)
                .containsExactly(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 6));
    }

    @Test
    void theNightOfTheClockChangeCountsRealMinutes() {
        // 2024-03-31 in Berlin: 02:00 CET becomes 03:00 CEST. 23:00 CET → 07:00 CEST is 7 hours, not 8.
        SleepNights nights = new SleepNights();
        nights.add("W", SleepNights.Category.CORE, at("2024-03-30T23:00", CET), CET, at("2024-03-31T07:00", CEST), CEST, null);

        DeviceNight night = nights.deviceNights().get(0);
        assertThat(night.asleepMin()).isEqualTo(420);
        assertThat(night.start()).isEqualTo(LocalDateTime.of(2024, 3, 30, 23, 0));
        assertThat(night.end()).isEqualTo(LocalDateTime.of(2024, 3, 31, 7, 0));
    }

    @Test
    void unionNeverCountsOverlapTwice() {
        Intervals i = new Intervals();
        i.add(0, 100);
        i.add(50, 150);
        i.add(150, 200);
        i.add(300, 310);
        i.add(10, 20);
        // [0,200] and [300,310]
        assertThat(i.unionSeconds()).isEqualTo(210);
        assertThat(new Intervals().unionSeconds()).isZero();
    }
}
