package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TrendsVerdictTest {
    static final LocalDate TO = LocalDate.of(2026, 11, 23);
    static final LocalDate FROM = TO.minusDays(83);

    static SortedMap<Integer, Correlation> lags(Correlation... byLag) {
        SortedMap<Integer, Correlation> m = new TreeMap<>();
        for (int i = 0; i < byLag.length; i++) {
            m.put(i, byLag[i]);
        }
        return m;
    }

    static Correlation inconclusive(int n) {
        return new Correlation(n, 0.21, -0.09, 0.47);
    }

    @Test
    void anIntervalThatIncludesZeroIsNoClearLinkHoweverLargeRhoLooks() {
        TrendsVerdict v = TrendsVerdict.of(lags(new Correlation(41, 0.29, -0.02, 0.55), inconclusive(41),
                inconclusive(40), inconclusive(40)), FROM, TO, "your strength");
        assertThat(v.kind()).isEqualTo(TrendsVerdict.Kind.NO_CLEAR_LINK);
        assertThat(v.sentence()).startsWith("No clear link between your sleep and your strength in these 12 weeks"
                + " (41 sessions): the 95 % interval includes zero");
        assertThat(v.standOut()).isEmpty();
        assertThat(v.caution()).isEqualTo("Four nights are compared, so one of them can look strong by chance alone;"
                + " here none stands out: every interval includes zero.");
    }

    @Test
    void anIntervalAboveZeroSaysLongerSleepWentWithStrongerSessionsAndTheMirror() {
        TrendsVerdict up = TrendsVerdict.of(lags(new Correlation(41, 0.42, 0.15, 0.63), inconclusive(41),
                new Correlation(40, -0.35, -0.58, -0.04), inconclusive(40)), FROM, TO, "your Back Squat");
        assertThat(up.kind()).isEqualTo(TrendsVerdict.Kind.LONGER_SLEEP_STRONGER);
        assertThat(up.sentence()).isEqualTo("Sessions after longer sleep tended to be stronger in these 12 weeks"
                + " (41 sessions; the 95 % interval lies above zero) — an association, not proof of cause.");
        assertThat(up.standOut()).containsExactly(0, 2);
        assertThat(up.caution()).contains("only the night before and 2 nights earlier stand out");

        TrendsVerdict down = TrendsVerdict.of(lags(new Correlation(41, -0.42, -0.63, -0.15)), FROM, TO, "your strength");
        assertThat(down.kind()).isEqualTo(TrendsVerdict.Kind.LONGER_SLEEP_WEAKER);
        assertThat(down.sentence()).startsWith("Sessions after longer sleep tended to be weaker in these 12 weeks");
        assertThat(down.caution()).as("one night compared: nothing to caution about").isEmpty();
    }

    @Test
    void belowTheMinimumItCountsTheSessions() {
        TrendsVerdict v = TrendsVerdict.of(lags(new Correlation(9, null, null, null), new Correlation(9, null, null, null)),
                FROM, TO, "your strength");
        assertThat(v.kind()).isEqualTo(TrendsVerdict.Kind.NOT_ENOUGH_SESSIONS);
        assertThat(v.sentence()).startsWith("Not enough sessions yet: 9 of the 14 needed");
        assertThat(v.kind().id()).isEqualTo("not-enough-sessions");
    }

    @Test
    void thePeriodIsNamedAsPeopleSayIt() {
        assertThat(TrendsVerdict.period(TO.minusDays(27), TO)).isEqualTo("in these 4 weeks");
        assertThat(TrendsVerdict.period(TO.minusDays(364), TO)).isEqualTo("in this year");
        assertThat(TrendsVerdict.period(TO.minusYears(10).plusDays(1), TO)).isEqualTo("in these 10 years");
        assertThat(TrendsVerdict.period(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 5, 20)))
                .isEqualTo("from 3 Mar 2025 to 20 May 2025");
    }
}
