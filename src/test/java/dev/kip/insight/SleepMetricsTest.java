package dev.kip.insight;

import static dev.kip.insight.SleepTestData.night;
import static dev.kip.insight.SleepTestData.inZone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kip.domain.Night;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SleepMetricsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void ordinaryNightAcrossMidnight() {
        // Into bed 22:45 (13 May), tried 23:00, SOL 20, 2 awakenings, WASO 25, final wake 06:30, out 06:50 (14 May).
        // TIB = 22:45 → 06:50 = 8 h 05 = 485 min. Window = 23:00 → 06:30 = 450 min.
        // TST = 450 − 20 − 25 = 405 min. SE = 405 / 485 × 100 = 83.505 %.
        // Asleep 23:20 → 06:30 = 430 min; half is 215 min = 3 h 35 → midpoint 02:55.
        SleepFigures f = SleepMetrics.of(night("2024-05-14", "22:45", "23:00", 20, 2, 25, "06:30", "06:50"));

        assertThat(f.tibMin()).isEqualTo(485);
        assertThat(f.sleepWindowMin()).isEqualTo(450);
        assertThat(f.tstMin()).isEqualTo(405);
        assertThat(f.sePct()).isCloseTo(83.505, within(0.001));
        assertThat(f.solMin()).isEqualTo(20);
        assertThat(f.wasoMin()).isEqualTo(25);
        assertThat(f.midpoint()).isEqualTo(LocalTime.of(2, 55));
        assertThat(f.inBed().toLocalDateTime()).hasToString("2024-05-13T22:45");
        assertThat(f.triedToSleep().toLocalDateTime()).hasToString("2024-05-13T23:00");
        assertThat(f.finalWake().toLocalDateTime()).hasToString("2024-05-14T06:30");
        assertThat(f.outOfBed().toLocalDateTime()).hasToString("2024-05-14T06:50");
    }

    @Test
    void nightShiftSleepStaysOnTheWakeDate() {
        // Into bed 07:00, tried 07:10, SOL 10, final wake 14:40, out 15:00, all on 14 May.
        // TIB = 07:00 → 15:00 = 480. Window = 07:10 → 14:40 = 450. TST = 450 − 10 = 440. SE = 91.667 %.
        // Asleep 07:20 → 14:40 = 440 min; half 220 = 3 h 40 → midpoint 11:00.
        SleepFigures f = SleepMetrics.of(night("2024-05-14", "07:00", "07:10", 10, 0, 0, "14:40", "15:00"));

        assertThat(f.tibMin()).isEqualTo(480);
        assertThat(f.tstMin()).isEqualTo(440);
        assertThat(f.sePct()).isCloseTo(91.667, within(0.001));
        assertThat(f.midpoint()).isEqualTo(LocalTime.of(11, 0));
        assertThat(f.inBed().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 14));
    }

    @Test
    void bedtimeAfterMidnightIsOnTheWakeDate() {
        // Into bed 00:30, tried 00:40, SOL 5, WASO 0, final 07:40, out 08:00 → all on 14 May.
        // TIB = 450. Window = 420. TST = 415. SE = 415 / 450 = 92.222 %.
        SleepFigures f = SleepMetrics.of(night("2024-05-14", "00:30", "00:40", 5, 0, 0, "07:40", "08:00"));

        assertThat(f.tibMin()).isEqualTo(450);
        assertThat(f.tstMin()).isEqualTo(415);
        assertThat(f.sePct()).isCloseTo(92.222, within(0.001));
        assertThat(f.inBed().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 14));
    }

    @Test
    void aStayOfMoreThanTwelveHours() {
        // Into bed 20:00 (13 May), tried 20:30, SOL 30, WASO 60, final 09:30, out 10:00 (14 May).
        // TIB = 14 h = 840. Window = 13 h = 780. TST = 780 − 30 − 60 = 690. SE = 690 / 840 = 82.143 %.
        SleepFigures f = SleepMetrics.of(night("2024-05-14", "20:00", "20:30", 30, 3, 60, "09:30", "10:00"));

        assertThat(f.tibMin()).isEqualTo(840);
        assertThat(f.tstMin()).isEqualTo(690);
        assertThat(f.sePct()).isCloseTo(82.143, within(0.001));
    }

    @ParameterizedTest(name = "{0} {1}: 23:00 → 07:00 is {2} min, midpoint {3}")
    @CsvSource({
        // Spring forward: one hour is skipped, 8 h on the clock is 7 h in bed. Midpoint 23:00 + 210 real
        // minutes = 02:30 standard time, which the clock shows as 03:30.
        "Europe/Berlin,    2024-03-31, 420, 03:30",
        "America/New_York, 2024-03-10, 420, 03:30",
        // Fall back: one hour is lived twice, 8 h on the clock is 9 h. 23:00 + 270 min = 03:30 summer time
        // = 02:30 after the clocks went back.
        "Europe/Berlin,    2024-10-27, 540, 02:30",
        "America/New_York, 2024-11-03, 540, 02:30",
        // The same clock times on an ordinary night.
        "Europe/Berlin,    2024-03-24, 480, 03:00",
    })
    void durationsAreRealMinutesAcrossDaylightSavingChanges(String zone, String date, int minutes, String midpoint) {
        // SOL and WASO 0, so TST = window = TIB and SE = 100.
        SleepFigures f = SleepMetrics.of(inZone(night(date, "23:00", "23:00", 0, 0, 0, "07:00", "07:00"), ZoneId.of(zone)));

        assertThat(f.tibMin()).isEqualTo(minutes);
        assertThat(f.tstMin()).isEqualTo(minutes);
        assertThat(f.sePct()).isEqualTo(100.0);
        assertThat(f.midpoint()).isEqualTo(LocalTime.parse(midpoint));
    }

    @Test
    void theZoneDecidesWhetherTheNightIsShort() {
        Night spring = night("2024-03-31", "23:00", "23:15", 15, 1, 30, "07:00", "07:00");
        // UTC has no DST: TIB 480, window 465, TST 465 − 15 − 30 = 420. Berlin: one hour less each.
        assertThat(SleepMetrics.of(inZone(spring, ZoneOffset.UTC)).tstMin()).isEqualTo(420);
        assertThat(SleepMetrics.of(spring).tstMin()).isEqualTo(360);
        assertThat(SleepMetrics.of(inZone(spring, NEW_YORK)).tstMin()).isEqualTo(420);
    }

    @Test
    void aClockTimeInTheSpringGapIsMovedForwardByTheGap() {
        // Berlin 31 Mar 2024: 02:00 → 03:00. Tried to sleep "02:30" never happened; it is read as 03:30 CEST.
        // Into bed 01:30 CET, out 07:00 CEST: TIB = 4 h 30 real = 270. Window 03:30 → 06:30 = 180.
        SleepFigures f = SleepMetrics.of(night("2024-03-31", "01:30", "02:30", 0, 0, 0, "06:30", "07:00"));

        assertThat(f.triedToSleep().toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        assertThat(f.tibMin()).isEqualTo(270);
        assertThat(f.sleepWindowMin()).isEqualTo(180);
    }

    @Test
    void aGapTimeThatWouldOvertakeTheNextEventIsHeldAtIt() {
        // Final wake "02:40" (gap → 03:40) but out of bed 03:10: the wake is held at 03:10, never after it.
        SleepFigures f = SleepMetrics.of(night("2024-03-31", "23:00", "23:00", 0, 0, 0, "02:40", "03:10"));

        assertThat(f.finalWake()).isEqualTo(f.outOfBed());
        assertThat(f.tibMin()).isEqualTo(f.sleepWindowMin()).isEqualTo(190); // 23:00 CET → 03:10 CEST = 3 h 10
    }

    @Test
    void minutesAwakeLongerThanTheWindowGiveZeroSleepNotANegative() {
        // Window 23:00 → 00:20 = 80; SOL 50 + WASO 45 = 95 > 80 → TST held at 0, SE 0 (the validator reports it).
        SleepFigures f = SleepMetrics.of(night("2024-05-14", "23:00", "23:00", 50, 1, 45, "00:20", "00:30"));

        assertThat(f.tstMin()).isZero();
        assertThat(f.sePct()).isZero();
        // Asleep from 23:00 + 50 = 23:50 to 00:20: 30 min, midpoint 00:05.
        assertThat(f.midpoint()).isEqualTo(LocalTime.of(0, 5));
    }

    @Test
    void negativeMinutesReadAsZero() {
        // Window 480; SOL −30 would otherwise make TST 510 > window.
        SleepFigures f = SleepMetrics.of(night("2024-05-14", "23:00", "23:00", -30, 0, 0, "07:00", "07:00"));

        assertThat(f.solMin()).isZero();
        assertThat(f.tstMin()).isEqualTo(480);
    }

    @Test
    void zeroTimeInBedHasZeroEfficiency() {
        SleepFigures f = SleepMetrics.of(night("2024-05-14", "07:00", "07:00", 0, 0, 0, "07:00", "07:00"));

        assertThat(f.tibMin()).isZero();
        assertThat(f.sePct()).isZero();
    }
}
