package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Night;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsualNightTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    static Night night(int daysBack, String bed, String wake, int sol, int awakenings, int waso) {
        LocalTime b = LocalTime.parse(bed);
        LocalTime w = LocalTime.parse(wake);
        return new Night(DAY.minusDays(daysBack), b, b.plusMinutes(10), sol, awakenings, waso, w, w.plusMinutes(15), 4, 3,
                false, "note", ZoneId.of("Europe/Berlin"));
    }

    @Test
    void nothingToLearnFromGivesNoPrefill() {
        assertThat(UsualNight.prefill(List.of(), DAY)).isEmpty();
    }

    @Test
    void oddCountTakesTheMiddleNight() {
        // Bedtimes 22:30, 23:00, 23:45 → 23:00; wakes 06:00, 06:30, 07:10 → 06:30; SOL 5, 10, 30 → 10.
        Night n = UsualNight.prefill(List.of(night(1, "23:45", "06:00", 30, 0, 0), night(2, "22:30", "07:10", 5, 2, 20),
                night(3, "23:00", "06:30", 10, 1, 5)), DAY).orElseThrow();
        assertThat(n).isEqualTo(new Night(DAY, LocalTime.of(23, 0), LocalTime.of(23, 10), 10, 1, 5, LocalTime.of(6, 30),
                LocalTime.of(6, 45), 0, 0, false, "", ZoneId.of("Europe/Berlin")));
    }

    @Test
    void bedtimesAroundMidnightStayAroundMidnight() {
        // 23:50 and 00:10: the median is midnight, not noon (the plain-minutes mean of 1430 and 10 would be 12:00).
        Night n = UsualNight.prefill(List.of(night(1, "23:50", "07:00", 10, 1, 5), night(2, "00:10", "07:00", 20, 1, 5)), DAY)
                .orElseThrow();
        assertThat(n.intoBed()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(n.triedToSleep()).isEqualTo(LocalTime.of(0, 10));
        assertThat(n.solMin()).isEqualTo(15);
    }

    @Test
    void evenCountRoundsTheMeanOfTheMiddleTwoHalfUp() {
        // Wakes 06:00 and 06:01 → 06:00:30 → 06:01; WASO 0 and 1 → 0.5 → 1.
        Night n = UsualNight.prefill(List.of(night(1, "23:00", "06:00", 10, 1, 0), night(2, "23:00", "06:01", 10, 1, 1)), DAY)
                .orElseThrow();
        assertThat(n.finalWake()).isEqualTo(LocalTime.of(6, 1));
        assertThat(n.wasoMin()).isEqualTo(1);
    }

    @Test
    void onlyTheNewestFourteenNightsCount() {
        // 14 recent nights at 22:00 and 20 older ones at 01:00: the old habit is forgotten.
        List<Night> nights = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            nights.add(night(i, "22:00", "06:00", 10, 1, 5));
        }
        for (int i = 15; i <= 34; i++) {
            nights.add(night(i, "01:00", "09:00", 40, 3, 30));
        }
        Night n = UsualNight.prefill(nights, DAY).orElseThrow();
        assertThat(n.intoBed()).isEqualTo(LocalTime.of(22, 0));
        assertThat(n.solMin()).isEqualTo(10);
        assertThat(n.quality()).isZero();
        assertThat(n.note()).isEmpty();
    }
}
