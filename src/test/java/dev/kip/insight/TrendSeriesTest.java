package dev.kip.insight;

import dev.kip.domain.NightSleep;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrendSeriesTest {
    static final LocalDate D = LocalDate.of(2026, 1, 1);

    static DayValue v(int day, double value) {
        return new DayValue(D.plusDays(day), value);
    }

    @Test
    void downsampleKeepsEachBucketsLowestAndHighestInDateOrder() {
        // 8 daily points over 2 buckets (days 0–3, 4–7): bucket 1 low 1 (day 2) then high 9 (day 3);
        // bucket 2 high 8 (day 4) before low 0 (day 6).
        List<DayValue> points = List.of(v(0, 5), v(1, 6), v(2, 1), v(3, 9), v(4, 8), v(5, 4), v(6, 0), v(7, 3));
        assertThat(TrendSeries.downsample(points, 2)).containsExactly(v(2, 1), v(3, 9), v(4, 8), v(6, 0));
    }

    @Test
    void downsampleLeavesShortSeriesAloneAndKeepsAFlatBucketAsOnePoint() {
        List<DayValue> four = List.of(v(0, 1), v(1, 2), v(2, 3), v(3, 4));
        assertThat(TrendSeries.downsample(four, 2)).isEqualTo(four);
        List<DayValue> flat = List.of(v(0, 7), v(1, 7), v(2, 7), v(3, 7), v(4, 7));
        assertThat(TrendSeries.downsample(flat, 1)).containsExactly(v(0, 7));
        assertThatThrownBy(() -> TrendSeries.downsample(four, 0)).hasMessageContaining("buckets");
    }

    @Property
    void downsampleKeepsTheExtremesAndAtMostTwoPointsPerBucket(
            @ForAll @Size(min = 1, max = 400) List<@IntRange(min = 0, max = 900) Integer> values,
            @ForAll @IntRange(min = 1, max = 50) int buckets) {
        List<DayValue> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(v(i * 2, values.get(i)));
        }
        List<DayValue> thin = TrendSeries.downsample(points, buckets);
        assertThat(thin.size()).isLessThanOrEqualTo(Math.max(points.size() <= 2 * buckets ? points.size() : 0, 2 * buckets));
        assertThat(thin.stream().mapToDouble(DayValue::value).max()).isEqualTo(points.stream().mapToDouble(DayValue::value).max());
        assertThat(thin.stream().mapToDouble(DayValue::value).min()).isEqualTo(points.stream().mapToDouble(DayValue::value).min());
        assertThat(thin).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
        assertThat(points).containsAll(thin);
    }

    @Test
    void rollingMeanNeedsFourOfSevenNightsAndSkipsMissingOnes() {
        // Nights on days 0,1,2,3 then a gap, day 9. Day 3: (400+420+440+460)/4 = 430.
        // Day 9: window days 3–9 holds only days 3 and 9 → no point.
        List<DayValue> nightly = List.of(v(0, 400), v(1, 420), v(2, 440), v(3, 460), v(9, 480));
        assertThat(TrendSeries.rollingMean(nightly)).containsExactly(v(3, 430));
    }

    @Test
    void sleepDebtSumsTheShortfallOverFourteenNightsAndBanksNothing() {
        // Target 480. Days 0–6 at 420 (60 short each) → day 6: 7 nights, debt 420.
        // Day 7 at 600 repays 120 → 300. Day 8 at 900 repays 420 → floored at 0.
        List<DayValue> nightly = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            nightly.add(v(d, 420));
        }
        nightly.add(v(7, 600));
        nightly.add(v(8, 900));
        assertThat(TrendSeries.sleepDebt(nightly, 480)).containsExactly(v(6, 420), v(7, 300), v(8, 0));
    }

    @Test
    void wakeSdOverTheFortnightIsMidnightSafe() {
        // Seven wakes alternating 23:30 and 00:30 (four at 23:30), as minutes from midnight −30 and +30:
        // mean −30/7 = −4.29; deviations −25.71 (×4) and 34.29 (×3); Σ squares = 2644.9 + 3526.5 = 6171.4;
        // SD = √(6171.4 / 6) = 32.07 min (not 23 h apart).
        List<NightSleep> nights = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            nights.add(new NightSleep(D.plusDays(d), 420, d % 2 == 0 ? LocalTime.of(23, 30) : LocalTime.of(0, 30), true));
        }
        List<DayValue> sd = TrendSeries.wakeSd(nights);
        assertThat(sd).hasSize(1);
        assertThat(sd.get(0).date()).isEqualTo(D.plusDays(6));
        assertThat(sd.get(0).value()).isCloseTo(32.07, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void everyWindowOfARandomSeriesGivesWhatItsNightsGiveWrittenOut() {
        // Gaps, fortnights with fewer than seven nights and wake times either side of midnight: each night's
        // rolling mean, debt and wake SD against its window's nights listed and worked out one by one.
        java.util.SplittableRandom random = new java.util.SplittableRandom(14);
        List<NightSleep> nights = new ArrayList<>();
        for (int d = 0; d < 400; d++) {
            if (random.nextInt(10) < (d / 50 % 2 == 0 ? 8 : 4)) {
                LocalTime wake = LocalTime.ofSecondOfDay(random.nextInt(22 * 3600, 24 * 3600 + 9 * 3600) % 86_400);
                nights.add(new NightSleep(D.plusDays(d), random.nextInt(240, 600), random.nextInt(8) == 0 ? null : wake, true));
            }
        }
        List<DayValue> nightly = nights.stream().map(n -> new DayValue(n.date(), n.sleepMin())).toList();
        List<DayValue> means = new ArrayList<>();
        List<DayValue> debts = new ArrayList<>();
        List<DayValue> sds = new ArrayList<>();
        for (NightSleep end : nights) {
            List<NightSleep> week = window(nights, end.date(), TrendSeries.MEAN_DAYS);
            if (week.size() >= TrendSeries.MEAN_MIN_NIGHTS) {
                means.add(new DayValue(end.date(), week.stream().mapToInt(NightSleep::sleepMin).average().orElseThrow()));
            }
            List<NightSleep> fortnight = window(nights, end.date(), TrendSeries.FORTNIGHT_DAYS);
            if (fortnight.size() >= TrendSeries.FORTNIGHT_MIN_NIGHTS) {
                debts.add(new DayValue(end.date(), Math.max(0, fortnight.stream().mapToDouble(n -> 480 - n.sleepMin()).sum())));
            }
            List<LocalTime> wakes = fortnight.stream().map(NightSleep::wake).filter(java.util.Objects::nonNull).toList();
            if (end.wake() != null && wakes.size() >= TrendSeries.FORTNIGHT_MIN_NIGHTS) {
                sds.add(new DayValue(end.date(), ClockTimeSpreadTest.textbookSd(wakes)));
            }
        }
        assertSameSeries(TrendSeries.rollingMean(nightly), means);
        assertSameSeries(TrendSeries.sleepDebt(nightly, 480), debts);
        assertSameSeries(TrendSeries.wakeSd(nights), sds);
    }

    private static List<NightSleep> window(List<NightSleep> nights, LocalDate end, int days) {
        return nights.stream().filter(n -> !n.date().isAfter(end) && n.date().isAfter(end.minusDays(days))).toList();
    }

    private static void assertSameSeries(List<DayValue> actual, List<DayValue> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).date()).isEqualTo(expected.get(i).date());
            assertThat(actual.get(i).value()).as(expected.get(i).date().toString())
                    .isCloseTo(expected.get(i).value(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void seriesOutOfOrderIsRefused() {
        assertThatThrownBy(() -> TrendSeries.rollingMean(List.of(v(1, 1), v(0, 1))))
                .hasMessageContaining("oldest first");
    }
}
