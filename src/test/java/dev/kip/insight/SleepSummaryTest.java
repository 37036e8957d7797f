package dev.kip.insight;

import static dev.kip.insight.SleepTestData.night;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.RoomFeel;
import dev.kip.domain.ScreenTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SleepSummaryTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 5, 14);

    /**
     * 14 nights, 1–14 May 2024. Into bed = tried to sleep, final wake = out of bed, SOL 10, WASO 20.
     * Bedtimes alternate 23:50 (even index) and 00:10 (odd index): around midnight.
     * Nights 0–6 are long: 23:50 → 08:50 or 00:10 → 09:10, TIB 540, TST 510, quality 4.
     * Nights 7–13 are short: 23:50 → 06:50 or 00:10 → 07:10, TIB 420, TST 390, quality 2.
     */
    private static List<Night> fortnight() {
        List<Night> nights = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            boolean early = i % 2 == 0;
            boolean longNight = i < 7;
            String bed = early ? "23:50" : "00:10";
            String wake = longNight ? (early ? "08:50" : "09:10") : (early ? "06:50" : "07:10");
            nights.add(night(AS_OF.minusDays(13 - i).toString(), bed, bed, 10, 1, 20, wake, wake, longNight ? 4 : 2));
        }
        return nights;
    }

    @Test
    void lastNightAndAverages() {
        SleepSummary s = SleepSummary.of(fortnight(), List.of(), AS_OF);

        assertThat(s.targetMin()).isEqualTo(480);
        // Last night (14 May, index 13): 00:10 → 07:10 = 420 in bed, 420 − 30 = 390 asleep, SE 92.857 %.
        assertThat(s.lastNight()).hasValueSatisfying(f -> {
            assertThat(f.tstMin()).isEqualTo(390);
            assertThat(f.sePct()).isCloseTo(92.857, within(0.001));
        });
        // Week = the 7 short nights: TST 390, SE 92.857 %, quality 2.
        assertThat(s.week()).hasValueSatisfying(w -> {
            assertThat(w.nights()).isEqualTo(7);
            assertThat(w.tstMin()).isEqualTo(390.0);
            assertThat(w.sePct()).isCloseTo(92.857, within(0.001));
            assertThat(w.quality()).isEqualTo(2.0);
        });
        // Fortnight: TST (7 × 510 + 7 × 390) / 14 = 450; SE (94.444 + 92.857) / 2 = 93.651; quality 3.
        assertThat(s.fortnight()).hasValueSatisfying(w -> {
            assertThat(w.nights()).isEqualTo(14);
            assertThat(w.tstMin()).isEqualTo(450.0);
            assertThat(w.sePct()).isCloseTo(93.651, within(0.001));
            assertThat(w.quality()).isEqualTo(3.0);
        });
    }

    @Test
    void debtCountsLongNightsAgainstShortOnes() {
        // 7 × (480 − 390) = 630 owed; 7 × (480 − 510) = −210 repaid → 420 min.
        assertThat(SleepSummary.of(fortnight(), List.of(), AS_OF).debtMin()).isEqualTo(420);
        // Target 420 min: 7 × 30 owed, 7 × (−90) repaid → −420, reported as 0 (no sleep is banked).
        assertThat(SleepSummary.of(fortnight(), List.of(), AS_OF, 420).debtMin()).isZero();
    }

    @Test
    void debtOnlyCountsTheFortnight() {
        List<Night> nights = new ArrayList<>(fortnight());
        // A 15th, very short night on 30 April is outside the 14 days ending 14 May.
        nights.add(night("2024-04-30", "03:00", "03:00", 0, 0, 0, "05:00", "05:00"));
        assertThat(SleepSummary.of(nights, List.of(), AS_OF).debtMin()).isEqualTo(420);
    }

    @Test
    void regularityIsMidnightSafe() {
        SleepSummary s = SleepSummary.of(fortnight(), List.of(), AS_OF);

        // Bedtimes: 7 × 23:50 and 7 × 00:10 → ±10 min around 00:00; Σ squares = 14 × 100; SD = √(1400 / 13) = 10.377.
        assertThat(s.bedtimeSdMin()).hasValueCloseTo(10.377, within(0.001));
        // Wake times around 08:00: 4 × 08:50 (+50), 3 × 09:10 (+70), 4 × 07:10 (−50), 3 × 06:50 (−70).
        // Σ squares = 8 × 2500 + 6 × 4900 = 49 400; SD = √(49 400 / 13) = √3800 = 61.644.
        assertThat(s.wakeSdMin()).hasValueCloseTo(61.644, within(0.001));
    }

    @Test
    void lastNightFlags() {
        // 14 May: TST 390 < 420 → SHORT; SE 92.9 % is fine; wake SD 61.6 > 60 → IRREGULAR_WAKE; and the factors.
        Factors f = new Factors(AS_OF, 2, LocalTime.of(15, 0), 0, ScreenTime.OVER_60, true, RoomFeel.OK, 21.0, null,
                null);
        SleepSummary s = SleepSummary.of(fortnight(), List.of(f), AS_OF);

        assertThat(s.lastNightFlags()).containsExactly(SleepFlag.SHORT, SleepFlag.IRREGULAR_WAKE,
                SleepFlag.LATE_CAFFEINE, SleepFlag.SCREENS, SleepFlag.LATE_TRAINING, SleepFlag.WARM_ROOM);
    }

    @Test
    void eachNightIsFlaggedOnTheFourteenNightsEndingThatNight() {
        SleepSummary s = SleepSummary.of(fortnight(), List.of(), AS_OF);

        assertThat(s.flagsByNight().keySet()).first().isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(s.flagsByNight()).hasSize(14);
        // 1 May: a long night, alone in its fortnight (too few nights for regularity): no flags.
        assertThat(s.flagsByNight().get(LocalDate.of(2024, 5, 1))).isEmpty();
        // 8 May, first short night. Wake times 1–8 May: 4 × 08:50, 3 × 09:10, 1 × 06:50. Mean 08:40;
        // offsets +10 ×4, +30 ×3, −110 → Σ squares 400 + 2700 + 12 100 = 15 200;
        // SD = √(15 200 / 7) = 46.6 ≤ 60 → SHORT only.
        assertThat(s.flagsByNight().get(LocalDate.of(2024, 5, 8))).containsExactly(SleepFlag.SHORT);
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<Night> shuffled = new ArrayList<>(fortnight());
        Collections.shuffle(shuffled, new Random(7));
        assertThat(SleepSummary.of(shuffled, List.of(), AS_OF))
                .isEqualTo(SleepSummary.of(fortnight(), List.of(), AS_OF));
    }

    @Test
    void missingNightsAreLeftOutAndLaterNightsIgnored() {
        List<Night> nights = new ArrayList<>(fortnight());
        nights.removeIf(n -> n.date().equals(AS_OF) || n.date().equals(AS_OF.minusDays(1)));
        nights.add(night("2024-05-15", "23:00", "23:00", 0, 0, 0, "03:00", "03:00"));
        SleepSummary s = SleepSummary.of(nights, List.of(), AS_OF);

        assertThat(s.lastNight()).isEmpty();
        assertThat(s.lastNightFlags()).isEmpty();
        // Week: 8–12 May, five short nights of TST 390.
        assertThat(s.week()).hasValueSatisfying(w -> {
            assertThat(w.nights()).isEqualTo(5);
            assertThat(w.tstMin()).isEqualTo(390.0);
        });
        // Debt: 5 × 90 − 7 × 30 = 240.
        assertThat(s.debtMin()).isEqualTo(240);
    }

    @Test
    void tooFewNightsGiveNoRegularityAndNoAverages() {
        SleepSummary none = SleepSummary.of(List.of(), List.of(), AS_OF);
        assertThat(none.week()).isEmpty();
        assertThat(none.fortnight()).isEmpty();
        assertThat(none.debtMin()).isZero();
        assertThat(none.wakeSdMin()).isEmpty();

        List<Night> two = fortnight().subList(12, 14);
        assertThat(SleepSummary.of(two, List.of(), AS_OF).wakeSdMin()).isEmpty();
        assertThat(SleepSummary.of(fortnight().subList(11, 14), List.of(), AS_OF).wakeSdMin()).isPresent();
    }

    @Test
    void badInputIsRefusedWithAReason() {
        List<Night> twice = List.of(fortnight().get(13), fortnight().get(13));
        assertThatThrownBy(() -> SleepSummary.of(twice, List.of(), AS_OF))
                .hasMessage("two nights keyed 2024-05-14 (expected at most one per date)");
        assertThatThrownBy(() -> SleepSummary.of(fortnight(), List.of(), AS_OF, 0))
                .hasMessage("sleep target must be a positive number of minutes (was 0)");
    }
}
