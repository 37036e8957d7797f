package dev.kip.insight;

import static dev.kip.insight.SleepTestData.night;
import static dev.kip.insight.SleepTestData.inZone;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NightValidatorTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2024, 5, 14);
    /** 23:00 → 07:00, window 23:10 → 06:50 = 460 min, SOL 15, 1 awakening, WASO 10. */
    private static final Night GOOD = night("2024-05-14", "23:00", "23:10", 15, 1, 10, "06:50", "07:00");

    private static List<Problem> check(Night n) {
        return NightValidator.check(n, TODAY);
    }

    private static List<Problem> check(Factors f) {
        return NightValidator.check(GOOD, f, TODAY);
    }

    private static Night withCounts(int sol, int awakenings, int waso, int quality, int rested) {
        return new Night(GOOD.date(), GOOD.intoBed(), GOOD.triedToSleep(), sol, awakenings, waso, GOOD.finalWake(),
                GOOD.outOfBed(), quality, rested, false, "", BERLIN);
    }

    private static Factors factors(Integer caffeine, String lastCaffeine, Integer alcohol, Double roomC, String napStart,
            Integer napMin) {
        return new Factors(GOOD.date(), caffeine, lastCaffeine == null ? null : LocalTime.parse(lastCaffeine), alcohol,
                null, null, null, roomC, napStart == null ? null : LocalTime.parse(napStart), napMin);
    }

    @Test
    void anOrdinaryNightHasNoProblems() {
        assertThat(check(GOOD)).isEmpty();
        assertThat(check(Factors.none(GOOD.date()))).isEmpty();
    }

    @Test
    void theDateMayBeTodayButNotTomorrow() {
        assertThat(check(night("2024-05-15", "23:00", "23:10", 15, 1, 10, "06:50", "07:00")))
                .containsExactly(new Problem("date",
                        "The date is in the future (2024-05-15, today is 2024-05-14): a night is entered under the date you woke up"));
    }

    @Test
    void missingDateAndTimesAreNamed() {
        Night empty = new Night(null, null, LocalTime.of(23, 0), 0, 0, 0, null, LocalTime.of(7, 0), 3, 3, false, "", BERLIN);
        assertThat(check(empty)).extracting(Problem::field).containsExactly("date", "intoBed", "finalWake");
        assertThat(check(empty).get(1).message()).isEqualTo("Into bed is missing: enter a clock time (HH:MM)");
    }

    @ParameterizedTest(name = "{0}: sol={1} awakenings={2} waso={3} quality={4} rested={5}")
    @CsvSource({
        "solMin,     -1, 1, 10, 3, 3, Minutes to fall asleep must not be negative (was -1)",
        "solMin,   1441, 1, 10, 3, 3, Minutes to fall asleep must be from 0 to 1440 (was 1441)",
        "awakenings,  0,-1,  0, 3, 3, Awakenings must not be negative (was -1)",
        "awakenings,  0,101, 0, 3, 3, Awakenings must be from 0 to 100 (was 101)",
        "wasoMin,     0, 1, -5, 3, 3, Minutes awake during the night must not be negative (was -5)",
        "wasoMin,     0, 1,1441,3, 3, Minutes awake during the night must be from 0 to 1440 (was 1441)",
        "quality,     0, 1, 10, 0, 3, Quality must be from 1 to 5 (was 0)",
        "quality,     0, 1, 10, 6, 3, Quality must be from 1 to 5 (was 6)",
        "rested,      0, 1, 10, 3, 0, Rested must be from 1 to 5 (was 0)",
        "rested,      0, 1, 10, 3, 6, Rested must be from 1 to 5 (was 6)",
        "awakenings,  0, 0, 20, 3, 3, Minutes awake during the night (20) need at least one awakening",
    })
    void countsAndScalesOutOfRange(String field, int sol, int awakenings, int waso, int quality, int rested,
            String message) {
        assertThat(check(withCounts(sol, awakenings, waso, quality, rested)))
                .containsExactly(new Problem(field, message));
    }

    @ParameterizedTest(name = "just valid: sol={0} awakenings={1} waso={2} quality={3} rested={4}")
    @CsvSource({
        "0,   0,   0, 1, 1",
        "460, 100, 0, 5, 5", // SOL may fill the whole 460-min window
        "0,   1, 460, 3, 3",
        "0,   1,   0, 3, 3", // an awakening too short to count minutes is fine
    })
    void countsAndScalesAtTheirLimits(int sol, int awakenings, int waso, int quality, int rested) {
        assertThat(check(withCounts(sol, awakenings, waso, quality, rested))).isEmpty();
    }

    @Test
    void minutesAwakeMustFitTheWindow() {
        // Window 23:00 → 00:20 = 80 min; SOL 50 + WASO 45 = 95.
        assertThat(check(night("2024-05-14", "23:00", "23:00", 50, 2, 45, "00:20", "00:30"))).containsExactly(
                new Problem("wasoMin", "Minutes to fall asleep plus minutes awake (95) exceed the time between trying"
                        + " to sleep and the final awakening (80)"));
        // Just valid: 35 + 45 = 80 fills the window exactly (TST 0).
        assertThat(check(night("2024-05-14", "23:00", "23:00", 35, 2, 45, "00:20", "00:30"))).isEmpty();
    }

    @Test
    void triedToSleepBeforeIntoBedIsOutOfOrder() {
        // Into bed 23:00, tried 22:45: placed before 06:50 the tried time is 13 May 22:45, into bed 12 May 23:00,
        // 23 h 45 min earlier: over the 12 h limit.
        assertThat(check(night("2024-05-14", "23:00", "22:45", 15, 1, 10, "06:50", "07:00"))).containsExactly(
                new Problem("triedToSleep", "Tried to sleep must be between into bed and the final awakening"
                        + " (as entered it comes 23 h 45 min after into bed)"));
        // Just valid: 12 h between into bed (10:45) and trying to sleep (22:45); 20 h 15 min in bed.
        assertThat(check(night("2024-05-14", "10:45", "22:45", 15, 1, 10, "06:50", "07:00"))).isEmpty();
    }

    @Test
    void outOfBedBeforeTheFinalAwakeningIsOutOfOrder() {
        // Final wake 07:00, out 06:50: the wake goes to the day before, 23 h 50 min before getting up.
        assertThat(check(night("2024-05-14", "23:00", "23:10", 15, 1, 10, "07:00", "06:50")))
                .containsExactly(new Problem("outOfBed",
                        "Out of bed must be at or after the final awakening (as entered it comes 23 h 50 min after it)"));
        // Just valid: out of bed 12 h after the final awakening (07:00 → 19:00), 20 h in bed.
        assertThat(check(night("2024-05-14", "23:00", "23:10", 15, 1, 10, "07:00", "19:00"))).isEmpty();
    }

    @Test
    void outOfBedMustBeAfterIntoBed() {
        assertThat(check(night("2024-05-14", "23:00", "23:00", 0, 0, 0, "23:00", "23:00")))
                .containsExactly(new Problem("outOfBed", "Out of bed must be after into bed"));
        // Just valid: one minute in bed.
        assertThat(check(night("2024-05-14", "23:00", "23:00", 0, 0, 0, "23:00", "23:01"))).isEmpty();
    }

    @Test
    void moreThanADayInBedIsReported() {
        // Tried 07:30 and final wake 07:00 swapped: out 14 May 07:15, wake 07:00, tried 13 May 07:30,
        // into bed 12 May 23:00 → 32 h 15 min in bed, though each step alone is within its limit.
        assertThat(check(night("2024-05-14", "23:00", "07:30", 0, 0, 0, "07:00", "07:15"))).containsExactly(
                new Problem("outOfBed", "More than 24 h in bed (32 h 15 min, from Sun 12 May 23:00 to Tue 14 May 07:15):"
                        + " check the times and their order"));
        // Just valid: exactly 24 h (13 May 07:00 → 14 May 07:00).
        assertThat(check(night("2024-05-14", "07:00", "07:10", 0, 0, 0, "06:50", "07:00"))).isEmpty();
    }

    @Test
    void nightShiftSleepIsValid() {
        assertThat(check(night("2024-05-14", "07:00", "07:10", 10, 0, 0, "14:40", "15:00"))).isEmpty();
    }

    @Test
    void aClockTimeSkippedBySpringForwardIsReported() {
        // Berlin, 31 Mar 2024: 02:00 jumped to 03:00.
        assertThat(NightValidator.check(night("2024-03-31", "01:30", "02:30", 0, 0, 0, "06:30", "07:00"), TODAY))
                .containsExactly(new Problem("triedToSleep", "02:30 did not exist on 2024-03-31 in Europe/Berlin"
                        + " (the clocks went forward): enter the time the clock showed after the change"));
        // Just valid: 03:00 exists; and in New York 02:30 on 31 Mar is an ordinary time.
        assertThat(NightValidator.check(night("2024-03-31", "01:30", "03:00", 0, 0, 0, "06:30", "07:00"), TODAY))
                .isEmpty();
        assertThat(NightValidator.check(inZone(night("2024-03-31", "01:30", "02:30", 0, 0, 0, "06:30", "07:00"), ZoneId.of("America/New_York")), TODAY)).isEmpty();
    }

    @Test
    void factorsMustBelongToTheNight() {
        assertThat(NightValidator.check(GOOD, Factors.none(LocalDate.of(2024, 5, 13)), TODAY))
                .containsExactly(new Problem("date", "The factors are for 2024-05-13 but the night is 2024-05-14"));
    }

    @ParameterizedTest(name = "{0}: {6}")
    @CsvSource(nullValues = "-", value = {
        "caffeineDrinks, -1, -,     -,  -,     -,   Caffeine drinks must not be negative (was -1)",
        "caffeineDrinks, 51, -,     -,  -,     -,   Caffeine drinks must be from 0 to 50 (was 51)",
        "lastCaffeine,    0, 15:00, -,  -,     -,   A last caffeine time was entered with 0 caffeine drinks: clear the time or enter the drinks",
        "alcoholDrinks,   -, -,    -1,  -,     -,   Alcohol drinks must not be negative (was -1)",
        "alcoholDrinks,   -, -,    51,  -,     -,   Alcohol drinks must be from 0 to 50 (was 51)",
        "roomTempC,       -, -,     -, 45.5,   -,   Room temperature must be from -10 to 45 °C (was 45.5)",
        "roomTempC,       -, -,     -, -10.5,  -,   Room temperature must be from -10 to 45 °C (was -10.5)",
        "roomTempC,       -, -,     -, NaN,    -,   Room temperature must be from -10 to 45 °C (was NaN)",
        "napMin,          -, -,     -,  -,     -1,  Nap minutes must not be negative (was -1)",
        "napMin,          -, -,     -,  -,     601, Nap minutes must be from 0 to 600 (was 601)",
    })
    void factorsOutOfRange(String field, Integer caffeine, String lastCaffeine, Integer alcohol, Double roomC,
            Integer napMin, String message) {
        assertThat(check(factors(caffeine, lastCaffeine, alcohol, roomC, null, napMin)))
                .containsExactly(new Problem(field, message));
    }

    @ParameterizedTest(name = "just valid: caffeine={0} at {1}, alcohol={2}, room={3}, nap {4} for {5}")
    @CsvSource(nullValues = "-", value = {
        "0,  -,     0,  -10.0, -,     0",
        "50, 15:00, 50,  45.0, 13:30, 600",
        "-,  15:00, -,   -,    -,     20", // a time without a count, a length without a start: fine
    })
    void factorsAtTheirLimits(Integer caffeine, String lastCaffeine, Integer alcohol, Double roomC, String napStart,
            Integer napMin) {
        assertThat(check(factors(caffeine, lastCaffeine, alcohol, roomC, napStart, napMin))).isEmpty();
    }

    @Test
    void aNapStartNeedsItsLength() {
        assertThat(check(factors(null, null, null, null, "13:30", null))).containsExactly(
                new Problem("napMin", "A nap start was entered: enter how many minutes the nap lasted"));
        assertThat(check(factors(null, null, null, null, "13:30", 0))).extracting(Problem::field).containsExactly("napMin");
    }
}
