package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Night;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SleepMetricsPropertyTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

    @Provide
    Arbitrary<ZoneId> zones() {
        // Lord Howe shifts by 30 min; UTC never shifts.
        return Arbitraries.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
                ZoneId.of("Australia/Lord_Howe"), ZoneId.of("UTC"));
    }

    @Provide
    Arbitrary<LocalDate> wakeDates() {
        // Any day of 2024, with the DST change days (and the mornings after) drawn often.
        Arbitrary<LocalDate> changeDays = Arbitraries.of("2024-03-10", "2024-03-11", "2024-03-31", "2024-04-01",
                "2024-04-07", "2024-10-06", "2024-10-27", "2024-10-28", "2024-11-03", "2024-11-04").map(LocalDate::parse);
        Arbitrary<LocalDate> anyDay = Arbitraries.integers().between(0, 365).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
        return Arbitraries.oneOf(changeDays, anyDay);
    }

    /**
     * Valid nights built backwards from getting up: out of bed, then the final awakening {@code lingerMin}
     * earlier, trying to sleep {@code windowMin} before that, into bed {@code settleMin} before that (on the
     * clock); SOL and WASO fit the window. Whatever the validator still rejects (a time in a DST gap, or SOL +
     * WASO longer than a window an hour shorter than on the clock) is left out.
     */
    @Property(tries = 3000)
    void validNightsHaveSleepWithinTimeInBed(
            @ForAll("zones") ZoneId zone, @ForAll("wakeDates") LocalDate date,
            @ForAll @IntRange(min = 0, max = 1439) int outOfBedMin, @ForAll @IntRange(min = 0, max = 180) int lingerMin,
            @ForAll @IntRange(min = 1, max = 1000) int windowMin, @ForAll @IntRange(min = 0, max = 180) int settleMin,
            @ForAll @IntRange(min = 0, max = 100_000) int solSeed, @ForAll @IntRange(min = 0, max = 100_000) int wasoSeed,
            @ForAll @IntRange(min = 0, max = 10) int extraAwakenings) {
        LocalDateTime out = date.atStartOfDay().plusMinutes(outOfBedMin);
        LocalDateTime wake = out.minusMinutes(lingerMin);
        LocalDateTime tried = wake.minusMinutes(windowMin);
        LocalDateTime bed = tried.minusMinutes(settleMin);
        int sol = solSeed % (windowMin + 1);
        int waso = wasoSeed % (windowMin - sol + 1);
        Night night = new Night(date, bed.toLocalTime(), tried.toLocalTime(), sol, (waso > 0 ? 1 : 0) + extraAwakenings,
                waso, wake.toLocalTime(), out.toLocalTime(), 3, 3, false, "", zone);
        Assume.that(NightValidator.check(night, TODAY).isEmpty());

        SleepFigures f = SleepMetrics.of(night);

        assertThat(f.tstMin()).isBetween(0, f.tibMin());
        assertThat(f.sePct()).isBetween(0.0, 100.0);
        assertThat(f.tibMin()).isBetween(1, 24 * 60);
        // The timeline finds the very date-times the night was built from; minutes are real minutes.
        assertThat(f.inBed().toLocalDateTime()).isEqualTo(bed);
        assertThat(f.outOfBed().toLocalDateTime()).isEqualTo(out);
        assertThat(f.tibMin()).isEqualTo(Duration.between(bed.atZone(zone), out.atZone(zone)).toMinutes());
    }

    /** Even nights the validator would refuse get figures in range and an ordered timeline. */
    @Property(tries = 2000)
    void anyNightHasFiguresInRange(
            @ForAll("zones") ZoneId zone, @ForAll("wakeDates") LocalDate date,
            @ForAll @IntRange(min = 0, max = 1439) int bedMin, @ForAll @IntRange(min = 0, max = 1439) int triedMin,
            @ForAll @IntRange(min = 0, max = 1439) int wakeMin, @ForAll @IntRange(min = 0, max = 1439) int outMin,
            @ForAll @IntRange(min = -100, max = 2000) int sol, @ForAll @IntRange(min = -100, max = 2000) int waso) {
        Night night = new Night(date, clock(bedMin), clock(triedMin), sol, 1, waso, clock(wakeMin), clock(outMin),
                3, 3, false, "", zone);

        SleepFigures f = SleepMetrics.of(night);

        assertThat(f.tstMin()).isBetween(0, f.tibMin());
        assertThat(f.sePct()).isBetween(0.0, 100.0);
        assertThat(f.inBed()).isBeforeOrEqualTo(f.triedToSleep());
        assertThat(f.triedToSleep()).isBeforeOrEqualTo(f.finalWake());
        assertThat(f.finalWake()).isBeforeOrEqualTo(f.outOfBed());
        // And the validator answers every one of them with field-named messages rather than an exception.
        assertThat(NightValidator.check(night, TODAY))
                .allSatisfy(p -> assertThat(p.message()).isNotBlank())
                .allSatisfy(p -> assertThat(p.field()).isIn("date", "intoBed", "triedToSleep", "solMin", "awakenings",
                        "wasoMin", "finalWake", "outOfBed"));
    }

    private static LocalTime clock(int minuteOfDay) {
        return LocalTime.MIDNIGHT.plusMinutes(minuteOfDay);
    }
}
