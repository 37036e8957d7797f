package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                LocalTime.of(7, 0), 2, 2, false, "", ZONE);
        Night good = new Night(DAY.minusDays(1), LocalTime.of(22, 30), LocalTime.of(22, 30), 10, 0, 0, LocalTime.of(6, 40),
                LocalTime.of(6, 40), 4, 4, false, "", ZONE);
        Factors warm = new Factors(DAY, null, null, null, null, null, RoomFeel.WARM, null, null, null);

        List<ScoredNight> history = NightHistory.of(List.of(good, poor), List.of(warm)).asList();

        assertThat(history).extracting(s -> s.night().date()).containsExactly(DAY, DAY.minusDays(1));
        assertThat(history.get(0).figures().tstMin()).isEqualTo(360);
        assertThat(history.get(0).flags()).containsExactlyInAnyOrder(SleepFlag.SHORT, SleepFlag.LOW_EFFICIENCY,
                SleepFlag.WARM_ROOM);
        // 490 − 10 = 480 min asleep of 490 in bed: 98 %, no flags.
        assertThat(history.get(1).flags()).isEmpty();
    }

    @Test
    void nightsAreScoredOnceWhenFirstRead() {
        Night n = new Night(DAY, LocalTime.of(23, 0), LocalTime.of(23, 0), 10, 0, 0, LocalTime.of(7, 0), LocalTime.of(7, 0),
                4, 4, false, "", ZONE);
        NightHistory history = NightHistory.of(List.of(n), List.of());
        assertThat(history.get(0)).isSameAs(history.get(0));
        assertThat(history.indexOf(DAY)).isZero();
        assertThat(history.indexOf(DAY.minusDays(1))).isEqualTo(-1);
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
                    3, 3, false, "", ZONE));
        }
        List<ScoredNight> history = NightHistory.of(nights, List.of()).asList();
        SleepSummary summary = SleepSummary.of(nights, List.of(), DAY);

        assertThat(summary.flagsByNight()).isNotEmpty();
        for (ScoredNight s : history) {
            Set<SleepFlag> expected = summary.flagsByNight().get(s.night().date());
            if (expected != null) {
                assertThat(s.flags()).as("flags of %s", s.night().date()).isEqualTo(expected);
            }
        }
        assertThat(history).anySatisfy(s -> assertThat(s.flags()).contains(SleepFlag.IRREGULAR_WAKE));
    }

    @Test
    void replacingANightGivesWhatScoringTheWholeHistoryAgainGives() {
        // 40 nights with gaps and wandering wake times; every row is read first, so stale scores would show.
        Random random = new Random(11);
        List<Night> nights = new ArrayList<>();
        List<Factors> factors = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            if (random.nextInt(6) == 0) {
                continue;
            }
            nights.add(randomNight(random, DAY.minusDays(i)));
            if (i % 3 == 0) {
                factors.add(new Factors(DAY.minusDays(i), null, null, null, null, null, RoomFeel.WARM, null, null, null));
            }
        }
        NightHistory history = NightHistory.of(nights, factors);
        history.asList().forEach(ScoredNight::flags); // score every row before any replace
        for (int k = 0; k < 10; k++) {
            int victim = random.nextInt(nights.size());
            Night changed = randomNight(random, nights.get(victim).date());
            nights.set(victim, changed);
            LocalDate date = changed.date();
            factors.removeIf(f -> f.date().equals(date));
            Factors warm = null;
            if (random.nextBoolean()) {
                warm = new Factors(date, null, null, null, null, null, RoomFeel.WARM, null, null, null);
                factors.add(warm);
            }

            NightHistory.Rows reached = history.rowsChangedBy(date);
            NightHistory.Rows rows = history.replace(changed, warm);
            assertThat(rows).isEqualTo(reached);

            assertThat(history.get(rows.to()).night()).isSameAs(changed);
            assertThat(history.asList()).isEqualTo(NightHistory.of(nights, factors).asList());
            // Rows outside the range are the ones kept: only the night and the 13 days after it changed.
            assertThat(history.get(rows.from()).night().date()).isBeforeOrEqualTo(date.plusDays(13));
            if (rows.from() > 0) {
                assertThat(history.get(rows.from() - 1).night().date()).isAfter(date.plusDays(13));
            }
        }
    }

    @Test
    void replacingANightThatIsNotThereIsRefused() {
        NightHistory history = NightHistory.of(List.of(), List.of());
        Random random = new Random(1);
        assertThatThrownBy(() -> history.replace(randomNight(random, DAY), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(DAY.toString());
        assertThatThrownBy(() -> history.rowsChangedBy(DAY)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Night randomNight(Random random, LocalDate date) {
        LocalTime wake = LocalTime.of(5 + random.nextInt(5), random.nextInt(60));
        LocalTime bed = LocalTime.of(22, 0).plusMinutes(random.nextInt(180));
        return new Night(date, bed, bed.plusMinutes(5), 10, 1, random.nextInt(90), wake, wake.plusMinutes(5),
                3, 3, false, "", ZONE);
    }
}
