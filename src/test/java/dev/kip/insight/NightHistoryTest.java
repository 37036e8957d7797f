package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.RoomFeel;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NightHistoryTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    @Test
    void newestFirstWithFiguresAndFlags() {
        // 23:00 → 07:00, tried 23:00, SOL 30, WASO 90, wake 07:00: TST = 480 − 120 = 360 (short), SE 75 % (broken).
        Night poor = new Night(DAY, LocalTime.of(23, 0), LocalTime.of(23, 0), 30, 3, 90, LocalTime.of(7, 0),
                LocalTime.of(7, 0), 2, 2, false, "");
        Night good = new Night(DAY.minusDays(1), LocalTime.of(22, 30), LocalTime.of(22, 30), 10, 0, 0, LocalTime.of(6, 40),
                LocalTime.of(6, 40), 4, 4, false, "");
        Factors warm = new Factors(DAY, null, null, null, null, null, RoomFeel.WARM, null, null, null);

        List<ScoredNight> history = NightHistory.of(List.of(good, poor), List.of(warm), ZONE);

        assertThat(history).extracting(s -> s.night().date()).containsExactly(DAY, DAY.minusDays(1));
        assertThat(history.get(0).figures().tstMin()).isEqualTo(360);
        assertThat(history.get(0).flags()).containsExactlyInAnyOrder(SleepFlag.SHORT, SleepFlag.LOW_EFFICIENCY,
                SleepFlag.WARM_ROOM);
        // 490 − 10 = 480 min asleep of 490 in bed: 98 %, no flags.
        assertThat(history.get(1).flags()).isEmpty();
    }

    @Test
    void flagsAgreeWithTheSummaryForEveryNightOfTheFortnight() {
        // Random nights with wake times wandering by hours: IRREGULAR_WAKE comes and goes.
        Random random = new Random(7);
        List<Night> nights = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            if (random.nextInt(5) == 0) {
                continue; // a missing night
            }
            LocalTime wake = LocalTime.of(5 + random.nextInt(5), random.nextInt(60));
            LocalTime bed = LocalTime.of(22, 0).plusMinutes(random.nextInt(180));
            nights.add(new Night(DAY.minusDays(i), bed, bed.plusMinutes(5), 10, 1, random.nextInt(60), wake, wake.plusMinutes(5),
                    3, 3, false, ""));
        }
        List<ScoredNight> history = NightHistory.of(nights, List.of(), ZONE);
        SleepSummary summary = SleepSummary.of(nights, List.of(), DAY, ZONE);

        assertThat(summary.flagsByNight()).isNotEmpty();
        for (ScoredNight s : history) {
            Set<SleepFlag> expected = summary.flagsByNight().get(s.night().date());
            if (expected != null) {
                assertThat(s.flags()).as("flags of %s", s.night().date()).isEqualTo(expected);
            }
        }
        assertThat(history).anySatisfy(s -> assertThat(s.flags()).contains(SleepFlag.IRREGULAR_WAKE));
    }
}
