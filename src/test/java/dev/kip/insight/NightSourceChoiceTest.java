package dev.kip.insight;

import dev.kip.domain.DeviceNight;
import dev.kip.domain.Night;
import dev.kip.domain.NightSleep;
import dev.kip.domain.NightTrust;
import dev.kip.domain.SleepSourcePrefs;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NightSourceChoiceTest {

    static final LocalDate D = LocalDate.of(2024, 3, 4);

    /** 23:00 to bed and trying, 10 min to fall asleep, no WASO: TST = wake − 23:10. */
    static Night diary(LocalDate date, String wake) {
        return new Night(date, LocalTime.of(23, 0), LocalTime.of(23, 0), 10, 0, 0, LocalTime.parse(wake), LocalTime.parse(wake),
                3, 3, false, "", ZoneId.of("Europe/Berlin"));
    }

    static DeviceNight device(LocalDate date, String source, String start, String end, int asleep, int deep) {
        LocalTime from = LocalTime.parse(start);
        return new DeviceNight(date, source, (from.getHour() >= 12 ? date.minusDays(1) : date).atTime(from), date.atTime(LocalTime.parse(end)),
                asleep + 20, asleep, 20, asleep - deep, deep, 0);
    }

    @Test
    void diaryWhereItHasTheNight_elseTheDevice_andSaysWhichOnHowManyNights() {
        var choice = NightSourceChoice.choose(List.of(diary(D, "06:10"), diary(D.minusDays(1), "07:10")),
                List.of(device(D, "Garmin", "23:00", "06:00", 400, 60), device(D.minusDays(2), "Garmin", "23:00", "06:00", 390, 60)),
                SleepSourcePrefs.DEFAULTS, Map.of());

        assertThat(choice.nights()).extracting(NightSleep::date, NightSleep::sleepMin, NightSleep::fromDiary).containsExactly(
                org.assertj.core.groups.Tuple.tuple(D.minusDays(2), 390, false),
                org.assertj.core.groups.Tuple.tuple(D.minusDays(1), 480, true),
                org.assertj.core.groups.Tuple.tuple(D, 420, true));
        assertThat(choice.describe()).isEqualTo("sleep: diary on 2 nights, Garmin on 1");
    }

    @Test
    void aNightOfTimeInBedOnlyIsNeverAFigure_theDiaryStandsInEvenWhenTheDeviceIsPreferred_elseItIsLeftOut() {
        DeviceNight phone = new DeviceNight(D, "iPhone", D.minusDays(1).atTime(23, 0), D.atTime(6, 30), 450, null, 0, 0, 0, 0);
        DeviceNight phoneAlone = new DeviceNight(D.minusDays(1), "iPhone", D.minusDays(2).atTime(23, 0), D.minusDays(1).atTime(6, 30),
                450, null, 0, 0, 0, 0);

        var choice = NightSourceChoice.choose(List.of(diary(D, "06:10")), List.of(phone, phoneAlone),
                new SleepSourcePrefs(List.of(), true), Map.of());

        assertThat(choice.nights()).extracting(NightSleep::date, NightSleep::sleepMin, NightSleep::fromDiary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(D, 420, true));
        assertThat(choice.leftOut()).containsExactly(D.minusDays(1));
        assertThat(SleepComparison.of(diary(D, "06:10"), phone).disagrees()).isFalse();
    }

    @Test
    void preferTheDevice_orOneNightsTrust_overrideTheDiary() {
        List<Night> diary = List.of(diary(D, "06:10"), diary(D.minusDays(1), "07:10"));
        List<DeviceNight> devices = List.of(device(D, "Garmin", "23:00", "06:00", 400, 60),
                device(D.minusDays(1), "Garmin", "23:00", "06:00", 300, 60));

        var preferDevice = NightSourceChoice.choose(diary, devices, new SleepSourcePrefs(List.of(), true),
                Map.of(D, NightTrust.DIARY));
        assertThat(preferDevice.nights()).extracting(NightSleep::sleepMin).containsExactly(300, 420);
        assertThat(preferDevice.describe()).isEqualTo("sleep: Garmin on 1 night, diary on 1");

        var trusted = NightSourceChoice.choose(diary, devices, SleepSourcePrefs.DEFAULTS, Map.of(D, NightTrust.DEVICE));
        assertThat(trusted.nights()).extracting(NightSleep::sleepMin).containsExactly(480, 400);
    }

    @Test
    void amongDevices_thePersonsOrder_thenCoverage_thenStages() {
        DeviceNight fragment = device(D, "Watch", "05:00", "06:20", 80, 30);
        DeviceNight phone = new DeviceNight(D, "Phone", D.minusDays(1).atTime(23, 0), D.atTime(6, 55), 475, 355, 0, 0, 0, 0);
        DeviceNight garmin = device(D, "Garmin", "23:00", "06:55", 350, 60);

        assertThat(NightSourceChoice.bestDevice(List.of(fragment, phone, garmin), SleepSourcePrefs.DEFAULTS).get(D))
                .as("same span: the one with stages").isEqualTo(garmin);
        assertThat(NightSourceChoice.bestDevice(List.of(fragment, phone), SleepSourcePrefs.DEFAULTS).get(D))
                .as("a fragment loses to a recording of the whole night").isEqualTo(phone);
        assertThat(NightSourceChoice.bestDevice(List.of(fragment, phone, garmin), new SleepSourcePrefs(List.of("Watch"), false))
                .get(D)).as("prefer my watch").isEqualTo(fragment);
    }

    @Test
    void aDiaryNightBesideItsDeviceNight_flaggedOverAnHourApart() {
        assertThat(SleepComparison.of(diary(D, "06:10"), device(D, "Garmin", "23:00", "06:00", 400, 60)).disagrees()).isFalse();
        SleepComparison apart = SleepComparison.of(diary(D, "06:10"), device(D, "Garmin", "23:00", "06:00", 350, 60));
        assertThat(apart.asleepDifferenceMin()).hasValue(70);
        assertThat(apart.disagrees()).isTrue();
    }

    @Test
    void theLongestSpanIsCountedInEachNightsOwnZone_aSpringForwardNightIsAnHourShorter() {
        LocalDate sunday = LocalDate.of(2024, 3, 31); // clocks went forward in Berlin at 02:00
        // 23:00 → 07:00 by the clock in Berlin is 7 h; 23:30 → 07:00 in Tokyo (no clock change) is 7 h 30 min.
        DeviceNight berlin = new DeviceNight(sunday, "Garmin", sunday.minusDays(1).atTime(23, 0), sunday.atTime(7, 0), 420, 400,
                20, 300, 100, 0, ZoneId.of("Europe/Berlin"));
        DeviceNight tokyo = new DeviceNight(sunday, "Oura", sunday.minusDays(1).atTime(23, 30), sunday.atTime(7, 0), 450, 410,
                40, 300, 110, 0, ZoneId.of("Asia/Tokyo"));
        assertThat(berlin.spanMin()).isEqualTo(420);
        assertThat(tokyo.spanMin()).isEqualTo(450);

        var choice = NightSourceChoice.choose(List.of(), List.of(berlin, tokyo), SleepSourcePrefs.DEFAULTS, Map.of());
        assertThat(choice.nights()).extracting(NightSleep::source).containsExactly("Oura");
        assertThat(NightSourceChoice.countBySource(choice.nights())).containsExactly(Map.entry("Oura", 1));
    }
}
