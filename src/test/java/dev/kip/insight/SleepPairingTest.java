package dev.kip.insight;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SleepPairingTest {

    private static final LocalDate D = LocalDate.of(2024, 5, 10);
    private static final List<SessionPerformance> SESSION_ON_D = List.of(new SessionPerformance(D, 1, 102.5));

    /** Nights keyed by wake-up date: the night ending on D (slept 9–10 May) is 480 min, and so on back. */
    private static Map<LocalDate, Integer> nights() {
        Map<LocalDate, Integer> m = new HashMap<>();
        m.put(D, 480);
        m.put(D.minusDays(1), 420);
        m.put(D.minusDays(2), 360);
        m.put(D.minusDays(3), 300);
        return m;
    }

    private static List<Double> sleep(Map<LocalDate, Integer> nights, int lag, int window) {
        return SleepPairing.pair(nights, SESSION_ON_D, lag, window).stream().map(SleepPerformancePair::sleepMin).toList();
    }

    @Test
    void atLagZeroASessionPairsWithTheNightThatEndedThatMorning() {
        List<SleepPerformancePair> pairs = SleepPairing.pair(nights(), SESSION_ON_D, 0, 1);
        assertThat(pairs).containsExactly(new SleepPerformancePair(D, 480, 102.5));
    }

    @Test
    void eachLagStepsOneNightBack() {
        assertThat(sleep(nights(), 1, 1)).containsExactly(420.0);
        assertThat(sleep(nights(), 2, 1)).containsExactly(360.0);
        assertThat(sleep(nights(), 3, 1)).containsExactly(300.0);
        assertThat(sleep(nights(), 4, 1)).isEmpty(); // no night ending 6 May
    }

    @Test
    void windowThreeAveragesTheNightsThatExistButNeedsTwo() {
        Map<LocalDate, Integer> nights = nights();
        // lag 0: nights D−2 … D = (360 + 420 + 480) / 3 = 420; lag 1: D−3 … D−1 = (300 + 360 + 420) / 3 = 360
        assertThat(sleep(nights, 0, 3)).containsExactly(420.0);
        assertThat(sleep(nights, 1, 3)).containsExactly(360.0);
        // lag 2: D−4 (missing), D−3, D−2 → (300 + 360) / 2 = 330
        assertThat(sleep(nights, 2, 3)).containsExactly(330.0);
        // lag 3: only D−3 exists → too few nights
        assertThat(sleep(nights, 3, 3)).isEmpty();

        nights.remove(D.minusDays(1));
        // D−2, D: (360 + 480) / 2 = 420
        assertThat(sleep(nights, 0, 3)).containsExactly(420.0);
    }

    @Test
    void aMissingNightGivesNoPairAtWindowOne() {
        Map<LocalDate, Integer> nights = nights();
        nights.remove(D);
        assertThat(sleep(nights, 0, 1)).isEmpty();
    }

    @Test
    void badLagOrWindowIsRejected() {
        assertThatThrownBy(() -> SleepPairing.pair(nights(), SESSION_ON_D, 0, 2)).hasMessageContaining("window");
        assertThatThrownBy(() -> SleepPairing.pair(nights(), SESSION_ON_D, -1, 1)).hasMessageContaining("lag");
    }

    @Test
    void correlationsByLagFindTheLagThatCarriesTheAssociation() {
        // 20 weekly sessions. Night before the session (lag 1) rises with performance; the night ending on the
        // session day (lag 0) falls as performance rises; nights 2 and 3 back were not recorded.
        Map<LocalDate, Integer> nights = new HashMap<>();
        List<SessionPerformance> sessions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            LocalDate day = D.plusWeeks(i);
            sessions.add(new SessionPerformance(day, i, 90 + i));
            nights.put(day, 500 - 5 * i);
            nights.put(day.minusDays(1), 380 + 4 * i);
        }
        SortedMap<Integer, Correlation> byLag = SleepPairing.correlationsByLag(nights, sessions, 1);

        assertThat(byLag).containsOnlyKeys(0, 1, 2, 3);
        assertThat(byLag.get(0).rho()).isEqualTo(-1.0);
        assertThat(byLag.get(1).rho()).isEqualTo(1.0);
        assertThat(byLag.get(1).n()).isEqualTo(20);
        assertThat(byLag.get(2).n()).isZero();
        assertThat(byLag.get(2).pairsNeeded()).isEqualTo(14);
        assertThat(byLag.get(3).rho()).isNull();
    }
}
