package dev.kip.insight;

import static dev.kip.insight.SleepTestData.night;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.RoomFeel;
import dev.kip.domain.ScreenTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NightFlagsTest {

    private static final LocalDate DATE = LocalDate.of(2024, 5, 14);
    /** 23:00 → 07:00, asleep 23:00 → 07:00: TST 480, SE 100: raises nothing by itself. */
    private static final Night SOUND = night("2024-05-14", "23:00", "23:00", 0, 0, 0, "07:00", "07:00");

    private static Set<SleepFlag> flags(Night n, Factors f) {
        return NightFlags.of(n, SleepMetrics.of(n), f, OptionalDouble.empty());
    }

    private static Factors caffeine(Integer drinks, String last) {
        return new Factors(DATE, drinks, LocalTime.parse(last), null, null, null, null, null, null, null);
    }

    @Test
    void aSoundNightWithoutFactorsHasNoFlags() {
        assertThat(flags(SOUND, null)).isEmpty();
        assertThat(flags(SOUND, Factors.none(DATE))).isEmpty();
    }

    @Test
    void shortBelowSevenHours() {
        // 23:00 → 05:59: TST 419 < 420 → SHORT. 23:00 → 06:00: 420 → not short.
        assertThat(flags(night("2024-05-14", "23:00", "23:00", 0, 0, 0, "05:59", "05:59"), null))
                .containsExactly(SleepFlag.SHORT);
        assertThat(flags(night("2024-05-14", "23:00", "23:00", 0, 0, 0, "06:00", "06:00"), null)).isEmpty();
    }

    @Test
    void lowEfficiencyBelowEightyFivePercent() {
        // TIB 23:00 → 07:00 = 480; WASO 72 → TST 408, SE 85.0 % exactly: not low (also SHORT: 408 < 420).
        assertThat(flags(night("2024-05-14", "23:00", "23:00", 0, 1, 72, "07:00", "07:00"), null))
                .containsExactly(SleepFlag.SHORT);
        // WASO 73 → TST 407, SE 84.79 % → LOW_EFFICIENCY.
        assertThat(flags(night("2024-05-14", "23:00", "23:00", 0, 1, 73, "07:00", "07:00"), null))
                .containsExactly(SleepFlag.SHORT, SleepFlag.LOW_EFFICIENCY);
        // A 10-h stay with 8 h 30 asleep: 510 / 600 = 85 % → not low, not short.
        assertThat(flags(night("2024-05-14", "22:00", "22:00", 30, 1, 60, "08:00", "08:00"), null)).isEmpty();
    }

    @Test
    void irregularWakeAboveSixtyMinutes() {
        SleepFigures f = SleepMetrics.of(SOUND);
        assertThat(NightFlags.of(SOUND, f, null, OptionalDouble.of(60.0))).isEmpty();
        assertThat(NightFlags.of(SOUND, f, null, OptionalDouble.of(60.01))).containsExactly(SleepFlag.IRREGULAR_WAKE);
    }

    @ParameterizedTest(name = "last caffeine {0} before trying to sleep at {1}: late = {2}")
    @CsvSource({
        "14:00, 23:00, false", // at the cut-off, not after it
        "14:01, 23:00, true",
        "13:00, 23:00, false",
        "23:30, 00:45, true",  // before a bedtime after midnight: 13 May 23:30
        "00:30, 00:45, true",  // 14 May 00:30
        "01:00, 00:45, false", // after trying to sleep, so the day before: 13 May 01:00
        "03:00, 07:10, true",  // day sleep after a night shift: 14 May 03:00
    })
    void lateCaffeineIsAfterTwoInTheAfternoonBeforeTheNight(String last, String tried, boolean late) {
        Night n = night("2024-05-14", tried, tried, 0, 0, 0, "07:45", "08:00");
        assertThat(flags(n, caffeine(1, last)).contains(SleepFlag.LATE_CAFFEINE)).isEqualTo(late);
    }

    @Test
    void noLateCaffeineWhenNoDrinksWereHad() {
        assertThat(flags(SOUND, caffeine(0, "18:00"))).isEmpty();
        assertThat(flags(SOUND, caffeine(null, "18:00"))).containsExactly(SleepFlag.LATE_CAFFEINE);
    }

    @ParameterizedTest(name = "screens {0}: flagged = {1}")
    @CsvSource({"NONE, false", "UNDER_30, false", "FROM_30_TO_60, true", "OVER_60, true"})
    void screensFromThirtyMinutes(ScreenTime screens, boolean flagged) {
        Factors f = new Factors(DATE, null, null, null, screens, null, null, null, null, null);
        assertThat(flags(SOUND, f).contains(SleepFlag.SCREENS)).isEqualTo(flagged);
    }

    @Test
    void lateTrainingWhenRecorded() {
        Factors yes = new Factors(DATE, null, null, null, null, true, null, null, null, null);
        Factors no = new Factors(DATE, null, null, null, null, false, null, null, null, null);
        assertThat(flags(SOUND, yes)).containsExactly(SleepFlag.LATE_TRAINING);
        assertThat(flags(SOUND, no)).isEmpty();
    }

    @ParameterizedTest(name = "room {0} at {1} °C: warm = {2}")
    @CsvSource(nullValues = "-", value = {
        "-,    20.0, false",
        "-,    20.5, true",
        "WARM, -,    true",
        "OK,   -,    false",
        "COOL, 19.0, false",
    })
    void warmRoomAboveTwentyDegreesOrFeltWarm(RoomFeel room, Double tempC, boolean warm) {
        Factors f = new Factors(DATE, null, null, null, null, null, room, tempC, null, null);
        assertThat(flags(SOUND, f).contains(SleepFlag.WARM_ROOM)).isEqualTo(warm);
    }

    @Test
    void everyFlagCarriesItsEvidence() {
        assertThat(SleepFlag.SHORT.evidence()).isEqualTo(Evidence.SLEEP_NEED);
        assertThat(SleepFlag.LOW_EFFICIENCY.evidence()).isEqualTo(Evidence.QUALITY);
        assertThat(SleepFlag.IRREGULAR_WAKE.evidence()).isEqualTo(Evidence.WAKE_TIME);
        assertThat(SleepFlag.LATE_CAFFEINE.evidence()).isEqualTo(Evidence.CAFFEINE);
        assertThat(SleepFlag.SCREENS.evidence()).isEqualTo(Evidence.SCREENS);
        assertThat(SleepFlag.LATE_TRAINING.evidence()).isEqualTo(Evidence.LATE_TRAINING);
        assertThat(SleepFlag.WARM_ROOM.evidence()).isEqualTo(Evidence.ROOM_TEMP);
        for (SleepFlag flag : SleepFlag.values()) {
            assertThat(flag.label()).isNotBlank();
            assertThat(flag.whyItMatters()).isNotBlank();
        }
    }
}
