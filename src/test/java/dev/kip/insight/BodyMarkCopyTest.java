package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.BodyMark;
import dev.kip.domain.SymptomKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyMarkCopyTest {
    static final LocalDate MON = LocalDate.of(2026, 11, 23);
    static final LocalDate SUN = MON.minusDays(1);

    static BodyMark mark(LocalDate d, String region, SymptomKind kind, int level, String note, boolean nextMorning) {
        return new BodyMark(d, region, kind, level, note, nextMorning);
    }

    @Test
    void copiesWhatTheDayLacksKeepsWhatItHas() {
        // Sunday: knee pain 5 (note), knee soreness 3, quads soreness 6 (next morning).
        // Monday already has knee pain 2, so only the two soreness marks come across.
        List<BodyMark> sunday = List.of(
                mark(SUN, "FRONT.KNEE.L", SymptomKind.PAIN, 5, "stairs", false),
                mark(SUN, "FRONT.KNEE.L", SymptomKind.SORENESS, 3, "", false),
                mark(SUN, "FRONT.QUADRICEPS.R", SymptomKind.SORENESS, 6, "after squats", true));
        List<BodyMark> monday = List.of(mark(MON, "FRONT.KNEE.L", SymptomKind.PAIN, 2, "", false));

        assertThat(BodyMarkCopy.missingOn(MON, sunday, monday)).containsExactly(
                mark(MON, "FRONT.KNEE.L", SymptomKind.SORENESS, 3, "", false),
                mark(MON, "FRONT.QUADRICEPS.R", SymptomKind.SORENESS, 6, "after squats", false));
    }

    @Test
    void nothingToCopyWhenYesterdayIsEmptyOrAllTaken() {
        List<BodyMark> sunday = List.of(mark(SUN, "BACK.LOWER_BACK.R", SymptomKind.PAIN, 4, "", false));
        assertThat(BodyMarkCopy.missingOn(MON, List.of(), List.of())).isEmpty();
        assertThat(BodyMarkCopy.missingOn(MON, sunday, List.of(mark(MON, "BACK.LOWER_BACK.R", SymptomKind.PAIN, 0, "", false)))).isEmpty();
    }
}
