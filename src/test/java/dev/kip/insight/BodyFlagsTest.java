package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.BodyMark;
import dev.kip.domain.SymptomKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyFlagsTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 5, 14);
    private static final String KNEE = "FRONT.KNEE.L";
    private static final String BACK = "BACK.LOWER_BACK.R";

    /** Marks on consecutive days ending at AS_OF: levels[0] is the oldest; a negative level means no mark that day. */
    private static List<BodyMark> series(String region, SymptomKind kind, int... levels) {
        List<BodyMark> marks = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] >= 0) {
                marks.add(new BodyMark(AS_OF.minusDays(levels.length - 1L - i), region, kind, levels[i], "", false));
            }
        }
        return marks;
    }

    private static List<BodyFlag> flags(List<BodyMark> marks) {
        return BodyFlags.evaluate(marks, AS_OF);
    }

    @Test
    void sorenessAboveThreeOnFourDaysRunningIsLasting() {
        // 11, 12, 13, 14 May: 5, 4, 6, 4 → all above 3 on four days: sore for more than 72 h.
        List<BodyFlag> f = flags(series(KNEE, SymptomKind.SORENESS, 5, 4, 6, 4));

        assertThat(f).containsExactly(new BodyFlag(BodyFlag.Kind.SORENESS_LASTING, KNEE, 4, 4));
        assertThat(f.get(0).regionName()).isEqualTo("Left knee");
        assertThat(f.get(0).evidence()).isEqualTo(Evidence.RECOVERY_SIGNS);
    }

    @Test
    void sorenessOnlyThreeDaysRunningIsNotLasting() {
        // Just miss: 12–14 May only (72 h, not more).
        assertThat(flags(series(KNEE, SymptomKind.SORENESS, 5, 4, 6))).isEmpty();
        // Four days, but the first is exactly 3: not above 3.
        assertThat(flags(series(KNEE, SymptomKind.SORENESS, 3, 4, 6, 4))).isEmpty();
        // Four days with a missing day in between: the run is broken.
        assertThat(flags(series(KNEE, SymptomKind.SORENESS, 5, 4, -1, 6, 4))).isEmpty();
        // Four sore days that ended yesterday: nothing marked today.
        assertThat(flags(series(KNEE, SymptomKind.SORENESS, 5, 4, 6, 4, -1))).isEmpty();
    }

    @Test
    void painDoesNotCountAsSoreness() {
        assertThat(flags(series(KNEE, SymptomKind.PAIN, 5, 5, 5, 5))).isEmpty();
    }

    @Test
    void painOfSixOrMoreIsHigh() {
        assertThat(flags(series(BACK, SymptomKind.PAIN, 6)))
                .containsExactly(new BodyFlag(BodyFlag.Kind.PAIN_HIGH, BACK, 6, 1));
        assertThat(flags(series(BACK, SymptomKind.PAIN, 5))).isEmpty();
        // High pain yesterday, 2 today: not high today.
        assertThat(flags(series(BACK, SymptomKind.PAIN, 8, 2))).isEmpty();
        assertThat(flags(series(BACK, SymptomKind.SORENESS, 9))).isEmpty();
    }

    @Test
    void painRisingOnThreeDaysRunning() {
        // 12, 13, 14 May: 2 → 3 → 5, three marks each higher than the day before.
        List<BodyFlag> f = flags(series(BACK, SymptomKind.PAIN, 2, 3, 5));
        assertThat(f).containsExactly(new BodyFlag(BodyFlag.Kind.PAIN_RISING, BACK, 5, 3));
        assertThat(f.get(0).evidence()).isEqualTo(Evidence.PAIN_THRESHOLD);
        // 1 → 2 → 3 → 4: a four-day rise is reported with its length.
        assertThat(flags(series(BACK, SymptomKind.PAIN, 1, 2, 3, 4)))
                .containsExactly(new BodyFlag(BodyFlag.Kind.PAIN_RISING, BACK, 4, 4));
    }

    @Test
    void painNotRisingOnThreeDaysRunning() {
        // Just miss: two days (3 → 5), a plateau (2 → 3 → 3), a gap (2, −, 3, 5), a dip (5 → 2 → 3).
        assertThat(flags(series(BACK, SymptomKind.PAIN, 3, 5))).isEmpty();
        assertThat(flags(series(BACK, SymptomKind.PAIN, 2, 3, 3))).isEmpty();
        assertThat(flags(series(BACK, SymptomKind.PAIN, 2, -1, 3, 5))).isEmpty();
        assertThat(flags(series(BACK, SymptomKind.PAIN, 5, 2, 3))).isEmpty();
    }

    @Test
    void flagsAreKeptPerRegionAndOrderedByKindThenRegion() {
        List<BodyMark> marks = new ArrayList<>();
        marks.addAll(series(BACK, SymptomKind.PAIN, 3, 5, 7));   // rising and high
        marks.addAll(series(KNEE, SymptomKind.PAIN, 6));         // high
        marks.addAll(series(KNEE, SymptomKind.SORENESS, 4, 4, 4, 4)); // lasting
        marks.addAll(series("FRONT.KNEE.R", SymptomKind.SORENESS, 4, 4, 4)); // other knee: 3 days only

        assertThat(flags(marks)).containsExactly(
                new BodyFlag(BodyFlag.Kind.SORENESS_LASTING, KNEE, 4, 4),
                new BodyFlag(BodyFlag.Kind.PAIN_HIGH, BACK, 7, 1),
                new BodyFlag(BodyFlag.Kind.PAIN_HIGH, KNEE, 6, 1),
                new BodyFlag(BodyFlag.Kind.PAIN_RISING, BACK, 7, 3));
    }

    @Test
    void twoMarksOnOneDayCountAsTheHigher() {
        // 12 May 2, 13 May 3, and on 14 May both 1 and 6: read as 6 → high and rising (as 1 it would be neither).
        List<BodyMark> marks = new ArrayList<>(series(BACK, SymptomKind.PAIN, 2, 3, -1));
        marks.add(new BodyMark(AS_OF, BACK, SymptomKind.PAIN, 1, "", false));
        marks.add(new BodyMark(AS_OF, BACK, SymptomKind.PAIN, 6, "", true));
        assertThat(flags(marks)).extracting(BodyFlag::kind)
                .containsExactly(BodyFlag.Kind.PAIN_HIGH, BodyFlag.Kind.PAIN_RISING);
    }

    @Test
    void daysInARowAboveCountsBackFromTheDate() {
        List<BodyMark> marks = series(KNEE, SymptomKind.SORENESS, 6, 2, 5, 4, 7);
        // 12–14 May above 3 (5, 4, 7); 11 May is 2 → 3 days.
        assertThat(BodyFlags.daysInARowAbove(marks, KNEE, SymptomKind.SORENESS, 3, AS_OF)).isEqualTo(3);
        // Above 4: only 14 May (7); 13 May is 4, not above.
        assertThat(BodyFlags.daysInARowAbove(marks, KNEE, SymptomKind.SORENESS, 4, AS_OF)).isEqualTo(1);
        // As of 10 May: 6 that day, nothing on 9 May → 1.
        assertThat(BodyFlags.daysInARowAbove(marks, KNEE, SymptomKind.SORENESS, 3, AS_OF.minusDays(4))).isEqualTo(1);
        // Nothing above 3 on 11 May, another kind, another region, a day without marks → 0.
        assertThat(BodyFlags.daysInARowAbove(marks, KNEE, SymptomKind.SORENESS, 3, AS_OF.minusDays(3))).isZero();
        assertThat(BodyFlags.daysInARowAbove(marks, KNEE, SymptomKind.PAIN, 3, AS_OF)).isZero();
        assertThat(BodyFlags.daysInARowAbove(marks, "FRONT.KNEE.R", SymptomKind.SORENESS, 3, AS_OF)).isZero();
        assertThat(BodyFlags.daysInARowAbove(marks, KNEE, SymptomKind.SORENESS, 3, AS_OF.plusDays(1))).isZero();
    }

    @Test
    void anUnknownRegionIsNamedByItsId() {
        assertThat(new BodyFlag(BodyFlag.Kind.PAIN_HIGH, "FRONT.TAIL", 7, 1).regionName()).isEqualTo("FRONT.TAIL");
    }
}
